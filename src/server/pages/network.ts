import type { Context } from "hono";
import { html } from "hono/html";
import type { DimensionReport, HorizonReport } from "../../domain/horizon/index.js";
import {
  type NetworkData,
  networkData,
  SEGMENT_COLUMNS,
  type SegmentColumns,
  segmentContacts,
  segmentGrid,
} from "../data/network.js";
import type { DashboardEnv, DashboardPage } from "../env.js";
import { HttpError } from "../http/errors.js";
import type { Translator } from "../i18n/index.js";
import { emptyState } from "../views/common.js";
import { type Html, layout } from "../views/layout.js";
import { rawSvg } from "../views/raw-svg.js";
import { axisLabel, segmentGridSvg } from "../views/segment-grid.js";
import { barChartSvg, columnChartSvg, lineChartSvg } from "../views/svg-charts.js";

const DIMS = ["employer", "function", "seniority", "industry"] as const;
const TOP_ROWS = 10;
/** Contacts per drill-down page unless `limit` says otherwise, and the most it may say. */
export const SEGMENT_LIMIT_DEFAULT = 100;
export const SEGMENT_LIMIT_MAX = 1000;

/**
 * The map's columns: as asked, else industries when at least half the contacts have one (the
 * horizon score's own coverage rule), else employers: a map of "unknown" shows nothing.
 */
function columnsParam(c: Context<DashboardEnv>, data?: NetworkData | null): SegmentColumns {
  const industries = data?.report.dimensions.industry.coverage ?? 1;
  const value = c.req.query("cols") ?? (industries >= 0.5 ? "industry" : "employer");
  if (!(SEGMENT_COLUMNS as readonly string[]).includes(value)) {
    throw new HttpError(400, "usage", `cols must be one of ${SEGMENT_COLUMNS.join(", ")}`);
  }
  return value as SegmentColumns;
}

async function load(c: Context<DashboardEnv>): Promise<NetworkData | null> {
  return networkData(c.var.deps.app());
}

function dimensionSection(t: Translator, key: (typeof DIMS)[number], d: DimensionReport): Html {
  const title = t(`dim.${key}`);
  const summary = html`<p>${t("network.known", { known: d.known, total: d.known + d.unknown, coverage: t.pct(d.coverage), eff: t.num(d.effectiveNumber), top3: t.pct(d.top3Share) })}${d.lowSample ? html` <span class="warn">${t("network.lowSample")}</span>` : ""}</p>`;
  if (d.known === 0) {
    return html`<section aria-labelledby="dim-${key}"><h3 id="dim-${key}">${title}</h3>${summary}</section>`;
  }
  const rows = d.shares.slice(0, TOP_ROWS).map((r) => ({
    label: t.label(key, r.key, r.label),
    fraction: r.share,
    valueText: `${t.pct(r.share)} (${r.count})`,
  }));
  const rest = d.shares.slice(TOP_ROWS);
  if (rest.length > 0) {
    const count = rest.reduce((s, r) => s + r.count, 0);
    rows.push({
      label: t("network.other", { n: rest.length }),
      fraction: count / d.known,
      valueText: `${t.pct(count / d.known)} (${count})`,
    });
  }
  const chart = barChartSvg(
    rows,
    `${title}: ${rows.map((r) => `${r.label} ${r.valueText}`).join(", ")}`,
  );
  return html`<section aria-labelledby="dim-${key}"><h3 id="dim-${key}">${title}</h3>${summary}<figure>${rawSvg(chart)}</figure></section>`;
}

function developmentSection(t: Translator, report: HorizonReport): Html {
  const rows = report.byYear;
  if (rows.length === 0) return html``;
  const added = columnChartSvg(
    rows.map((r) => ({ label: String(r.year), value: r.added })),
    `${t("network.added")}: ${rows.map((r) => `${r.year} ${r.added}`).join(", ")}`,
  );
  const eff = rows.map((r) => (r.employer.known === 0 ? null : r.employer.effectiveNumber));
  const effChart = lineChartSvg(
    rows.map((r) => String(r.year)),
    [{ name: t("network.effEmployers"), color: "#1f5f99", values: eff }],
    {
      ariaLabel: `${t("network.effEmployers")}: ${rows.map((r, i) => `${r.year} ${eff[i] === null ? "–" : t.num(eff[i] ?? 0)}`).join(", ")}`,
      yMax: Math.ceil(Math.max(1, ...eff.map((v) => v ?? 0))),
      format: (v) => v.toFixed(0),
    },
  );
  return html`<section aria-labelledby="development-h"><h2 id="development-h">${t("network.development")}</h2>
<figure>${rawSvg(added)}<figcaption>${t("network.added")}</figcaption></figure>
<figure>${rawSvg(effChart)}<figcaption>${t("network.effEmployers")}</figcaption></figure></section>`;
}

function segmentsSection(c: Context<DashboardEnv>, data: NetworkData, cols: SegmentColumns): Html {
  const t = c.var.t;
  const options = SEGMENT_COLUMNS.map(
    (k) =>
      html`<option value="${k}"${k === cols ? html` selected` : ""}>${t(`network.cols.${k}`)}</option>`,
  );
  const grid = segmentGrid(data.contacts, cols);
  return html`<section aria-labelledby="segments-h"><h2 id="segments-h">${t("network.segments")}</h2>
<form method="get" action="/network#segments-h" class="inline" id="cols-form"><label for="cols-select">${t("network.cols")}</label>
<select id="cols-select" name="cols" data-autosubmit>${options}</select><button type="submit" class="js-hide">${t("network.show")}</button></form>
<p>${t("network.segmentsIntro", { cols: t(`network.cols.${cols}`) })}</p>
<figure>${segmentGridSvg(t, grid)}</figure></section>`;
}

async function page(c: Context<DashboardEnv>) {
  const t = c.var.t;
  const data = await load(c);
  const cols = columnsParam(c, data);
  const body =
    data === null
      ? emptyState(t)
      : html`<p class="muted">${t("overview.asOf", { date: data.report.asOf, n: data.report.contacts })}</p>
<section aria-labelledby="composition-h"><h2 id="composition-h">${t("network.composition")}</h2>${DIMS.map((k) => dimensionSection(t, k, data.report.dimensions[k]))}</section>
${developmentSection(t, data.report)}${segmentsSection(c, data, cols)}`;
  return c.html(layout(c, { title: t("network.title"), body }));
}

function intParam(
  c: Context<DashboardEnv>,
  name: string,
  fallback: number,
  min: number,
  max: number,
) {
  const raw = c.req.query(name);
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new HttpError(400, "usage", `${name} must be a whole number from ${min} to ${max}`);
  }
  return value;
}

function segmentQuery(c: Context<DashboardEnv>) {
  const fn = c.req.query("fn");
  const col = c.req.query("col");
  if (fn === undefined || col === undefined) {
    throw new HttpError(400, "usage", "fn and col are required");
  }
  const limit = intParam(c, "limit", SEGMENT_LIMIT_DEFAULT, 1, SEGMENT_LIMIT_MAX);
  const offset = intParam(c, "offset", 0, 0, Number.MAX_SAFE_INTEGER);
  return { cols: columnsParam(c), fn, col, limit, offset };
}

type SegmentQuery = ReturnType<typeof segmentQuery>;

/** The same segment at another offset (null past either end), under `base`. */
function pageHref(base: string, q: SegmentQuery, offset: number, total: number): string | null {
  if (offset < 0 || offset >= total || offset === q.offset) return null;
  const params = new URLSearchParams({ cols: q.cols, fn: q.fn, col: q.col });
  params.set("limit", String(q.limit));
  params.set("offset", String(offset));
  return `${base}?${params.toString()}`;
}

function pagerNav(t: Translator, q: SegmentQuery, total: number): Html {
  // Past the end, "previous" leads to the last page.
  const before = Math.min(Math.max(0, q.offset - q.limit), Math.max(0, total - q.limit));
  const prev = q.offset > 0 ? pageHref("/network/segment", q, before, total) : null;
  const next = pageHref("/network/segment", q, q.offset + q.limit, total);
  if (prev === null && next === null) return html``;
  const link = (href: string | null, rel: string, text: string) =>
    href === null ? "" : html` <a href="${href}" rel="${rel}" id="segment-${rel}">${text}</a>`;
  return html`<nav aria-label="${t("network.showing", { from: q.offset + 1, to: Math.min(total, q.offset + q.limit), n: total })}" class="pager">${link(prev, "prev", t("network.prev", { n: q.limit }))}${link(next, "next", t("network.next", { n: Math.min(q.limit, total - q.offset - q.limit) }))}</nav>`;
}

async function segmentPage(c: Context<DashboardEnv>) {
  const t = c.var.t;
  const q = segmentQuery(c);
  const data = await load(c);
  if (data === null) return c.html(layout(c, { title: t("network.title"), body: emptyState(t) }));
  const grid = segmentGrid(data.contacts, q.cols);
  const name = (axis: "row" | "col", key: string) => {
    const list = axis === "row" ? grid.rows : grid.cols;
    const a = list.find((x) => x.key === key) ?? { key, label: key, count: 0 };
    return axisLabel(t, grid, axis, a);
  };
  const title = t("network.segment", { fn: name("row", q.fn), col: name("col", q.col) });
  const contacts = segmentContacts(data.contacts, q.cols, q.fn, q.col);
  const rows = contacts
    .slice(q.offset, q.offset + q.limit)
    .map(
      (p) =>
        html`<tr><td>${[p.firstName, p.lastName].filter(Boolean).join(" ")}</td><td>${p.position ?? ""}</td><td>${p.orgName ?? p.company ?? ""}</td><td>${p.connectedOn}</td></tr>`,
    );
  const table =
    contacts.length === 0
      ? html`<p>${t("network.noContacts")}</p>`
      : html`<table id="segment-contacts"><thead><tr><th>${t("network.name")}</th><th>${t("network.position")}</th><th>${t("network.company")}</th><th>${t("network.connected")}</th></tr></thead><tbody>${rows}</tbody></table>`;
  const back = `/network?cols=${q.cols}#segments-h`;
  const shown =
    contacts.length > q.limit || q.offset > 0
      ? html` · ${t("network.showing", { from: Math.min(contacts.length, q.offset + 1), to: Math.min(contacts.length, q.offset + q.limit), n: contacts.length })}`
      : "";
  const pager = pagerNav(t, q, contacts.length);
  const body = html`<p>${t("network.contactsIn", { n: contacts.length })}${shown}</p>${table}${pager}<p><a href="${back}">${t("network.back")}</a></p>`;
  return c.html(layout(c, { title, body }));
}

async function api(c: Context<DashboardEnv>) {
  const data = await load(c);
  if (data === null) throw new HttpError(404, "not-found", "nothing imported yet");
  const cols = columnsParam(c, data);
  const { report } = data;
  return c.json({
    asOf: report.asOf,
    contacts: report.contacts,
    dimensions: report.dimensions,
    byYear: report.byYear,
    flow: report.flow,
    segments: segmentGrid(data.contacts, cols),
  });
}

async function segmentApi(c: Context<DashboardEnv>) {
  const q = segmentQuery(c);
  const data = await load(c);
  if (data === null) throw new HttpError(404, "not-found", "nothing imported yet");
  const contacts = segmentContacts(data.contacts, q.cols, q.fn, q.col);
  return c.json({
    ...q,
    count: contacts.length,
    next: pageHref("/api/network/segment", q, q.offset + q.limit, contacts.length),
    contacts: contacts.slice(q.offset, q.offset + q.limit).map((p) => ({
      id: p.id,
      firstName: p.firstName,
      lastName: p.lastName,
      position: p.position,
      company: p.orgName ?? p.company,
      jobFunction: p.jobFunction,
      seniority: p.seniority,
      industry: p.industry,
      connectedOn: p.connectedOn,
    })),
  });
}

/** The network: composition per dimension, development per year, segment map and drill-down. */
export const networkPage: DashboardPage = {
  path: "/network",
  nav: "nav.network",
  routes(app) {
    app.get("/network", page);
    app.get("/network/segment", segmentPage);
    app.get("/api/network", api);
    app.get("/api/network/segment", segmentApi);
  },
};
