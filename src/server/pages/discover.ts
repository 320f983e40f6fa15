import type { Context } from "hono";
import { html } from "hono/html";
import { TellerrandError } from "../../domain/errors.js";
import {
  ALL_DISCOVERY_KINDS,
  type DiscoveryKind,
  type DiscoveryResult,
} from "../../services/discovery.js";
import { type DiscoverQuery, discoveryModel } from "../data/people.js";
import type { DashboardEnv, DashboardPage } from "../env.js";
import { emptyState } from "../views/common.js";
import { type Html, layout } from "../views/layout.js";
import { intParam, safeLink } from "../views/people.js";

type C = Context<DashboardEnv>;
const DEFAULT_DIAL = 0.5;

/**
 * The query a GET form sends: the kind, the dial rounded to a tenth (so each position is
 * computed once and cached), and the number of suggestions.
 *
 * @example
 * discoverQuery((n) => ({ kind: "topics", explore: "0.73" })[n]) // { kind: "topics", explore: 0.7, limit: 20 }
 */
export function discoverQuery(get: (name: string) => string | undefined): DiscoverQuery {
  const kind = get("kind") ?? "";
  const raw = Number(get("explore"));
  const explore =
    get("explore") === undefined || !Number.isFinite(raw)
      ? DEFAULT_DIAL
      : Math.min(1, Math.max(0, raw));
  return {
    kind: (ALL_DISCOVERY_KINDS as readonly string[]).includes(kind)
      ? (kind as DiscoveryKind)
      : "people",
    explore: Math.round(explore * 10) / 10,
    limit: intParam(get("limit"), 20, 1, 100),
  };
}

function dialForm(c: C, q: DiscoverQuery): Html {
  const t = c.var.t;
  const kinds = ALL_DISCOVERY_KINDS.map(
    (k) =>
      html`<option value="${k}"${k === q.kind ? html` selected` : ""}>${t(`discover.kind.${k}`)}</option>`,
  );
  return html`<form method="get" action="/discover" id="discover-form" data-autosubmit-form>
<label for="discover-kind">${t("discover.kind")}</label><select id="discover-kind" name="kind" data-autosubmit>${kinds}</select>
<label for="explore">${t("discover.dial")}: <output id="explore-value" for="explore">${t.num(q.explore, 1)}</output></label>
<input type="range" id="explore" name="explore" min="0" max="1" step="0.1" value="${q.explore}" aria-describedby="explore-hint" data-autosubmit>
<p class="muted" id="explore-hint">${t("discover.dialHint")}</p>
<p><button type="submit" class="js-hide">${t("discover.show")}</button></p></form>`;
}

function rows(c: C, r: DiscoveryResult): Html[] {
  const t = c.var.t;
  const nums = (a: number, b: number) => `${t.num(a, 2)} · ${t.num(b, 2)}`;
  const line = (key: string, head: Html, rel: number, nov: number, reason: string) =>
    html`<tr data-key="${key}"><td>${head}</td><td class="num">${nums(rel, nov)}</td><td>${reason}</td></tr>`;
  switch (r.kind) {
    case "people":
      return r.suggestions.map((s) =>
        line(
          s.key,
          html`${safeLink(s.url, s.name)}<br><span class="muted">${[s.title, s.company].filter((p) => p !== null).join(" @ ")}</span>`,
          s.relevance,
          s.novelty,
          s.reason,
        ),
      );
    case "topics":
      return r.suggestions.map((s) =>
        line(
          s.id,
          html`${t.lang === "de" ? s.label.de : s.label.en}`,
          s.relevance,
          s.novelty,
          s.reason,
        ),
      );
    case "sources":
      return r.suggestions.map((s) =>
        line(
          s.key,
          html`${s.label} <span class="muted">(${s.kind})</span>`,
          s.relevance,
          s.novelty,
          s.reason,
        ),
      );
    case "orgs":
      return r.suggestions.map((s) =>
        line(s.key, html`${s.label}`, s.relevance, s.novelty, s.reason),
      );
  }
}

async function render(c: C) {
  const t = c.var.t;
  const q = discoverQuery((n) => c.req.query(n));
  let r: DiscoveryResult;
  try {
    r = await discoveryModel(c.var.deps.app(), { ...q, lang: t.lang });
  } catch (error) {
    if (error instanceof TellerrandError && error.code === "not-found")
      return c.html(layout(c, { title: t("discover.title"), body: emptyState(t) }));
    throw error;
  }
  const pool =
    Object.entries(r.pool)
      .map(([k, v]) => `${v} ${k}`)
      .join(", ") || "0";
  const effect =
    r.kind === "people" && r.suggestions.length > 0
      ? html`<p id="discover-effect">${t("discover.effect", { n: r.suggestions.length, fb: t.num(r.functions.before, 1), fa: t.num(r.functions.after, 1), ib: t.num(r.industries.before, 1), ia: t.num(r.industries.after, 1) })}</p>`
      : "";
  const list = rows(c, r);
  const table =
    list.length === 0
      ? html`<p id="no-suggestions">${t("discover.none")}</p>`
      : html`<table id="suggestions" data-explore="${r.explore}"><thead><tr><th>${t("discover.suggestion")}</th><th class="num">${t("discover.numbers")}</th><th>${t("discover.reason")}</th></tr></thead><tbody>${list}</tbody></table>`;
  const body = html`${dialForm(c, q)}<p id="discover-summary">${t("discover.summary", { dial: t.num(r.explore, 1), min: t.num(r.minRelevance, 2), pool })}</p>${effect}${table}`;
  return c.html(layout(c, { title: t("discover.title"), body }));
}

/** Discover: people, topics and sources, with the exploration dial as a slider. */
export const discoverPage: DashboardPage = {
  path: "/discover",
  nav: "nav.discover",
  routes(app) {
    app.get("/discover", render);
    app.get("/api/discover", async (c) =>
      c.json(
        await discoveryModel(c.var.deps.app(), {
          ...discoverQuery((n) => c.req.query(n)),
          lang: ((l) => (l === "de" || l === "en" ? l : c.var.t.lang))(c.req.query("lang")),
        }),
      ),
    );
  },
};
