import type { Context } from "hono";
import { html } from "hono/html";
import { SqlPeopleStore } from "../../db/people-store.js";
import { TellerrandError } from "../../domain/errors.js";
import {
  CATEGORIES,
  type Category,
  MARKS,
  type Mark,
  type TriageEntry,
  type TriageResult,
} from "../../domain/people/index.js";
import { markContact } from "../../services/triage.js";
import { MARK_UNAFFECTED, triageModel } from "../data/people.js";
import { keepingUnaffected, type WriteEffect } from "../data/store-cache.js";
import { withMark } from "../data/triage-marks.js";
import type { DashboardEnv, DashboardPage } from "../env.js";
import { HttpError } from "../http/errors.js";
import { emptyState } from "../views/common.js";
import { csrfField, type Html, layout, type PageOptions } from "../views/layout.js";
import { englishReason, intParam, roleText, safeLink } from "../views/people.js";

type C = Context<DashboardEnv>;
const MARK_ACTIONS = [...MARKS, "clear"] as const;
/** Rows per category when no filter narrows the list (30,000 rows would be a 20 MB page). */
const PER_CATEGORY = 25;
const FILTERED = 50;

interface TriageQuery {
  category: Category | null;
  q: string;
}

function query(get: (name: string) => string | undefined): TriageQuery {
  const category = get("category") ?? "";
  return {
    category: (CATEGORIES as readonly string[]).includes(category) ? (category as Category) : null,
    q: (get("q") ?? "").trim().slice(0, 200),
  };
}

/** Lower-cased name, title and company per entry, built once per (shared, cached) result. */
const searchable = new WeakMap<TriageResult, string[]>();
function searchTexts(r: TriageResult): string[] {
  let texts = searchable.get(r);
  if (texts === undefined) {
    texts = r.entries.map((e) =>
      `${e.name}\u0000${e.title ?? ""}\u0000${e.company ?? ""}`.toLowerCase(),
    );
    searchable.set(r, texts);
  }
  return texts;
}

/**
 * The entries a query selects: one category or all, and a case-insensitive search over name,
 * title and company; at most `limit` per category. Also the count per category that matched.
 */
export function selectEntries(r: TriageResult, q: TriageQuery, limit: number) {
  const needle = q.q.toLowerCase();
  const matched: Record<Category, number> = { "door-opener": 0, core: 0, dormant: 0, ballast: 0 };
  const shown: TriageEntry[] = [];
  const texts = needle === "" ? [] : searchTexts(r);
  for (const [i, e] of r.entries.entries()) {
    if (q.category !== null && e.category !== q.category) continue;
    if (needle !== "" && !(texts[i] ?? "").includes(needle)) continue;
    matched[e.category]++;
    if (matched[e.category] <= limit) shown.push(e);
  }
  return { matched, shown };
}

function markForm(c: C, e: TriageEntry, q: TriageQuery): Html {
  const t = c.var.t;
  const buttons = MARK_ACTIONS.map(
    (m) =>
      html`<button type="submit" name="mark" value="${m}"${e.mark === m ? html` aria-pressed="true"` : ""}>${t(`mark.${m}`)}</button>`,
  );
  return html`<form method="post" action="/triage/${e.id}/mark" class="marks" aria-label="${t("triage.markGroup", { name: e.name })}">${csrfField(c)}
<input type="hidden" name="category" value="${q.category ?? ""}"><input type="hidden" name="q" value="${q.q}">${buttons}</form>`;
}

function row(c: C, e: TriageEntry, q: TriageQuery): Html {
  const t = c.var.t;
  const nums = `${t.num(e.relevance.score, 2)} · ${t.num(e.bridge.score, 2)} · ${t(`tie.${e.tie.grade}`)} ${t.num(e.tie.score, 2)}`;
  const mark =
    e.mark === null
      ? ""
      : html`<br><strong class="mark">${t("triage.markedAs", { mark: t(`mark.${e.mark}`) })}</strong>`;
  return html`<tr id="contact-${e.id}" data-category="${e.category}"><td>${safeLink(e.url, e.name)}${mark}</td><td>${roleText(e.title, e.company)}</td>
<td class="num">${nums}</td><td>${englishReason(t, e.reason)}</td><td>${markForm(c, e, q)}</td></tr>`;
}

function filterForm(c: C, q: TriageQuery): Html {
  const t = c.var.t;
  const options = [null, ...CATEGORIES].map(
    (k) =>
      html`<option value="${k ?? ""}"${k === q.category ? html` selected` : ""}>${k === null ? t("triage.all") : t(`triage.cat.${k}`)}</option>`,
  );
  return html`<form method="get" action="/triage" id="triage-filter" class="filters"><fieldset><legend>${t("triage.filter")}</legend>
<label for="triage-category">${t("triage.category")}</label><select id="triage-category" name="category">${options}</select>
<label for="triage-q">${t("triage.search")}</label><input type="search" id="triage-q" name="q" value="${q.q}">
<p><button type="submit">${t("triage.apply")}</button></p></fieldset></form>`;
}

function section(c: C, cat: Category, rows: TriageEntry[], matched: number, q: TriageQuery): Html {
  const t = c.var.t;
  const table =
    rows.length === 0
      ? html`<p>${t("triage.none")}</p>`
      : html`<table><thead><tr><th>${t("triage.name")}</th><th>${t("triage.role")}</th><th class="num">${t("triage.numbers")}</th><th>${t("triage.reason")}</th><th>${t("triage.mark")}</th></tr></thead>
<tbody>${rows.map((e) => row(c, e, q))}</tbody></table>`;
  const more =
    matched > rows.length
      ? html`<p class="muted">${t("triage.more", { n: matched - rows.length })}</p>`
      : "";
  return html`<section id="cat-${cat}" aria-labelledby="cat-${cat}-h"><h2 id="cat-${cat}-h">${t(`triage.cat.${cat}`)} (${matched})</h2>${table}${more}</section>`;
}

async function render(c: C, q: TriageQuery, notice?: PageOptions["notice"]) {
  const t = c.var.t;
  let r: TriageResult;
  try {
    r = await triageModel(c.var.deps.app());
  } catch (error) {
    if (error instanceof TellerrandError && error.code === "not-found")
      return c.html(layout(c, { title: t("triage.title"), body: emptyState(t) }));
    throw error;
  }
  const narrowed = q.category !== null || q.q !== "";
  const limit = intParam(c.req.query("limit"), narrowed ? FILTERED : PER_CATEGORY, 1, 1000);
  const { matched, shown } = selectEntries(r, q, limit);
  const th = r.thresholds;
  const body = html`<p id="triage-summary">${t("triage.summary", { n: r.entries.length, date: r.asOf, door: r.counts["door-opener"], core: r.counts.core, dormant: r.counts.dormant, ballast: r.counts.ballast })}</p>
<p class="muted">${t("triage.thresholds", { rel: t.num(th.relevantMin, 2), bridge: t.num(th.bridgeMin, 2), days: th.dormantAfterDays })}${t.lang === "en" ? "" : ` ${t("common.reasonNote")}`}</p>
${filterForm(c, q)}${CATEGORIES.filter((k) => q.category === null || q.category === k).map((k) =>
  section(
    c,
    k,
    shown.filter((e) => e.category === k),
    matched[k],
    q,
  ),
)}`;
  return c.html(layout(c, { title: t("triage.title"), body, notice }));
}

function contactId(c: C): number {
  const id = Number(c.req.param("id"));
  if (!Number.isSafeInteger(id) || id <= 0)
    throw new HttpError(404, "not-found", "no such contact");
  return id;
}

/** A mark keeps what it cannot affect and moves the one contact in the cached triage. */
function markEffect(id: number, mark: { mark: Mark; markedAt: string } | null) {
  return (key: string): WriteEffect =>
    key === "triage" ? (v: unknown) => withMark(v as TriageResult, id, mark) : MARK_UNAFFECTED(key);
}

/**
 * Marks a contact through the triage service (or clears its mark); the triage cache is keyed
 * on the store's version, so the next view already respects it.
 */
async function applyMark(c: C, id: number, action: string, note: string | null) {
  if (!(MARK_ACTIONS as readonly string[]).includes(action))
    throw new HttpError(400, "usage", `mark "${action}" is not one of ${MARK_ACTIONS.join(", ")}`);
  const app = c.var.deps.app();
  const store = new SqlPeopleStore(app.db);
  if (action === "clear") {
    const found = (await store.findContacts(String(id))).find((f) => f.id === id);
    if (found === undefined) throw new TellerrandError("not-found", `no current contact #${id}`);
    const cleared = await keepingUnaffected(app, markEffect(id, null), () => store.clearMark(id));
    return { id, name: found.name, mark: null, cleared };
  }
  const at = new Date().toISOString();
  const r = await keepingUnaffected(
    app,
    markEffect(id, { mark: action as Mark, markedAt: at }),
    () => markContact(store, String(id), action as Mark, note, at),
  );
  return { ...r, cleared: false };
}

async function markFromForm(c: C) {
  const t = c.var.t;
  const form = await c.req.parseBody();
  const text = (name: string) =>
    typeof form[name] === "string" ? (form[name] as string) : undefined;
  const action = text("mark") ?? "";
  const r = await applyMark(c, contactId(c), action, null);
  const message =
    r.mark !== null
      ? t("triage.marked", { name: r.name, mark: t(`mark.${r.mark}`) })
      : t(r.cleared ? "triage.cleared" : "triage.noMark", { name: r.name });
  return render(c, query(text), { kind: "ok", text: message });
}

/** Triage: the contacts per placement with reasons and numbers, filters, and marks. */
export const triagePage: DashboardPage = {
  path: "/triage",
  nav: "nav.triage",
  routes(app) {
    app.get("/triage", (c) =>
      render(
        c,
        query((n) => c.req.query(n)),
      ),
    );
    app.post("/triage/:id{[0-9]+}/mark", markFromForm);
    app.get("/api/triage", async (c) => {
      const r = await triageModel(c.var.deps.app());
      const limit = intParam(c.req.query("limit"), 100, 1, 50_000);
      const { matched, shown } = selectEntries(
        r,
        query((n) => c.req.query(n)),
        limit,
      );
      return c.json({
        asOf: r.asOf,
        thresholds: r.thresholds,
        counts: r.counts,
        matched,
        entries: shown,
      });
    });
    app.post("/api/triage/:id{[0-9]+}/mark", async (c) => {
      const body = (await c.req.json().catch(() => ({}))) as { mark?: unknown; note?: unknown };
      const note = typeof body.note === "string" ? body.note : null;
      const r = await applyMark(
        c,
        contactId(c),
        typeof body.mark === "string" ? body.mark : "",
        note,
      );
      return c.json({ id: r.id, name: r.name, mark: r.mark, cleared: r.cleared });
    });
  },
};
