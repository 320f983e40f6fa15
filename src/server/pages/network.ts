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
/** Contacts listed per segment; the count is always complete. */
const SEGMENT_LIST_MAX = 500;

function columnsParam(c: Context<DashboardEnv>): SegmentColumns {
  const value = c.req.query("cols") ?? "industry";
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
  const cols = columnsParam(c);
  const data = await load(c);
  const body =
    data === null
      ? emptyState(t)
      : html`<p class="muted">${t("overview.asOf", { date: data.report.asOf, n: data.report.contacts })}</p>
<section aria-labelledby="composition-h"><h2 id="composition-h">${t("network.composition")}</h2>${DIMS.map((k) => dimensionSection(t, k, data.report.dimensions[k]))}</section>
${developmentSection(t, data.report)}${segmentsSection(c, data, cols)}`;
  return c.html(layout(c, { title: t("network.title"), body }));
}

function segmentQuery(c: Context<DashboardEnv>) {
  const fn = c.req.query("fn");
  const col = c.req.query("col");
  if (fn === undefined || col === undefined) {
    throw new HttpError(400, "usage", "fn and col are required");
  }
  return { cols: columnsParam(c), fn, col };
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
    .slice(0, SEGMENT_LIST_MAX)
    .map(
      (p) =>
        html`<tr><td>${[p.firstName, p.lastName].filter(Boolean).join(" ")}</td><td>${p.position ?? ""}</td><td>${p.orgName ?? p.company ?? ""}</td><td>${p.connectedOn}</td></tr>`,
    );
  const table =
    contacts.length === 0
      ? html`<p>${t("network.noContacts")}</p>`
      : html`<table id="segment-contacts"><thead><tr><th>${t("network.name")}</th><th>${t("network.position")}</th><th>${t("network.company")}</th><th>${t("network.connected")}</th></tr></thead><tbody>${rows}</tbody></table>`;
  const back = `/network?cols=${q.cols}#segments-h`;
  const body = html`<p>${t("network.contactsIn", { n: contacts.length })}</p>${table}<p><a href="${back}">${t("network.back")}</a></p>`;
  return c.html(layout(c, { title, body }));
}

async function api(c: Context<DashboardEnv>) {
  const cols = columnsParam(c);
  const data = await load(c);
  if (data === null) throw new HttpError(404, "not-found", "nothing imported yet");
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
    contacts: contacts.map((p) => ({
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
