import type { Context } from "hono";
import { html } from "hono/html";
import { SqlDigestStore } from "../../db/digest-store.js";
import { FEEDBACK_ACTIONS, isFeedbackAction } from "../../domain/digest/feedback.js";
import type { DigestView, DigestViewItem } from "../../domain/digest/index.js";
import { articleById, digestModel } from "../data/digest.js";
import { FEEDBACK_UNAFFECTED } from "../data/people.js";
import { keepingUnaffected } from "../data/store-cache.js";
import type { DashboardEnv, DashboardPage } from "../env.js";
import { HttpError } from "../http/errors.js";
import { articleBody } from "../views/article-html.js";
import { csrfField, type Html, layout, type PageOptions } from "../views/layout.js";
import { englishReason, safeLink } from "../views/people.js";

type C = Context<DashboardEnv>;

function feedbackForm(c: C, i: { id: number; title: string }, showHidden: boolean): Html {
  const t = c.var.t;
  const buttons = FEEDBACK_ACTIONS.map(
    (a) =>
      html`<button type="submit" name="action" value="${a}">${t(`digest.action.${a}`)}</button>`,
  );
  return html`<form method="post" action="/digest/${i.id}/feedback" class="marks" aria-label="${t("digest.actions", { title: i.title })}">${csrfField(c)}
<input type="hidden" name="hidden" value="${showHidden ? "1" : ""}">${buttons}</form>`;
}

function item(c: C, i: DigestViewItem, showHidden: boolean): Html {
  const t = c.var.t;
  const w = i.why;
  const why = t("digest.why", {
    score: t.num(w.score, 3),
    relevance: t.num(w.relevance, 2),
    novelty: t.num(w.novelty, 2),
    freshness: t.num(w.freshness, 2),
    quality: t.num(w.quality, 2),
    taste: t.num(w.taste, 2),
  });
  const topics =
    i.topics.length === 0 ? "" : html` · ${t("digest.topics", { topics: i.topics.join(", ") })}`;
  return html`<li class="article" id="item-${i.id}"><h3><a href="/digest/article/${i.id}">${i.title}</a></h3>
<p class="muted">${i.source} · ${i.publishedAt.slice(0, 16).replace("T", " ")}${topics}</p>
<p class="muted small">${why}</p>${feedbackForm(c, i, showHidden)}</li>`;
}

function hiddenList(c: C, view: DigestView): Html {
  const t = c.var.t;
  const rows = view.hidden.map(
    (h) =>
      html`<li id="hidden-${h.id}"><a href="/digest/article/${h.id}">${h.title}</a> <span class="muted">(${h.source})</span>: ${englishReason(t, h.reason)}</li>`,
  );
  return html`<section id="hidden" aria-labelledby="hidden-h"><h2 id="hidden-h">${t("digest.hidden")}</h2>
${rows.length === 0 ? html`<p>${t("digest.hiddenNone")}</p>` : html`<ul>${rows}</ul>`}</section>`;
}

async function render(c: C, showHidden: boolean, notice?: PageOptions["notice"]) {
  const t = c.var.t;
  const view = await digestModel(c.var.deps.app(), showHidden);
  const hiddenCount = Object.values(view.counts.hidden).reduce((a, b) => a + b, 0);
  const sections = (["core", "beyond"] as const).map((s) => {
    const items = view.items.filter((i) => i.section === s);
    return items.length === 0
      ? ""
      : html`<section id="section-${s}" aria-labelledby="section-${s}-h"><h2 id="section-${s}-h">${t(`digest.${s}`)}</h2><ol class="digest">${items.map((i) => item(c, i, showHidden))}</ol></section>`;
  });
  const toggle = html`<p><a id="hidden-toggle" href="/digest${showHidden ? "" : "?hidden=1"}">${t(showHidden ? "digest.hideHidden" : "digest.showHidden")}</a></p>`;
  const body = html`<p id="digest-summary">${t("digest.summary", { candidates: view.counts.candidates, since: view.since.slice(0, 16).replace("T", " "), shown: view.items.length, hidden: hiddenCount, held: Math.max(0, view.counts.visible - view.items.length) })}</p>
${toggle}${view.items.length === 0 ? html`<p id="no-articles">${t("digest.none")}</p>` : sections}${showHidden ? hiddenList(c, view) : ""}`;
  return c.html(layout(c, { title: t("digest.title"), body, notice }));
}

function articleId(c: C): number {
  const id = Number(c.req.param("id"));
  if (!Number.isSafeInteger(id) || id <= 0)
    throw new HttpError(404, "not-found", "no such article");
  return id;
}

async function feedback(c: C, id: number, action: string): Promise<void> {
  if (!isFeedbackAction(action))
    throw new HttpError(
      400,
      "usage",
      `action "${action}" is not one of ${FEEDBACK_ACTIONS.join(", ")}`,
    );
  const app = c.var.deps.app();
  const store = new SqlDigestStore(app.db);
  const at = new Date().toISOString();
  const ok = await keepingUnaffected(app, FEEDBACK_UNAFFECTED, () =>
    store.addFeedback(id, action, at),
  );
  if (!ok) throw new HttpError(404, "not-found", `no article #${id}`);
}

async function article(c: C) {
  const t = c.var.t;
  const a = await articleById(c.var.deps.app(), articleId(c));
  if (a === undefined) throw new HttpError(404, "not-found", "no such article");
  // Only the sanitised contentHtml is embedded as markup (see articleBody); all else is escaped.
  const content =
    a.contentHtml !== null
      ? html`<div class="content"${a.lang === null ? "" : html` lang="${a.lang}"`}>${articleBody(a.contentHtml, t)}</div>`
      : html`<p>${a.summaryText ?? a.contentText ?? t("digest.noBody")}</p>`;
  const source =
    a.url === null || !/^https?:\/\//i.test(a.url)
      ? ""
      : html` · ${safeLink(a.url, t("digest.source"))}`;
  const body = html`<p class="muted">${a.feedTitle ?? ""} · ${(a.publishedAt ?? a.sortAt).slice(0, 16).replace("T", " ")}${source}</p>
<article class="article" id="article-${a.id}">${content}</article>
${feedbackForm(c, { id: a.id, title: a.title ?? `#${a.id}` }, false)}<p><a href="/digest">${t("digest.back")}</a></p>`;
  return c.html(layout(c, { title: a.title ?? `#${a.id}`, body }));
}

/** Digest: today's articles with their scores, hidden ones with reasons, and feedback. */
export const digestPage: DashboardPage = {
  path: "/digest",
  nav: "nav.digest",
  routes(app) {
    app.get("/digest", (c) => render(c, c.req.query("hidden") === "1"));
    app.get("/digest/article/:id{[0-9]+}", article);
    app.post("/digest/:id{[0-9]+}/feedback", async (c) => {
      const form = await c.req.parseBody();
      const action = typeof form.action === "string" ? form.action : "";
      const id = articleId(c);
      await feedback(c, id, action);
      const label = isFeedbackAction(action) ? c.var.t(`digest.action.${action}`) : action;
      return render(c, form.hidden === "1", {
        kind: "ok",
        text: c.var.t("digest.noted", { id, action: label }),
      });
    });
    app.get("/api/digest", async (c) =>
      c.json(await digestModel(c.var.deps.app(), c.req.query("hidden") === "1")),
    );
    app.get("/api/articles/:id{[0-9]+}", async (c) => {
      const a = await articleById(c.var.deps.app(), articleId(c));
      if (a === undefined) throw new HttpError(404, "not-found", "no such article");
      return c.json(a);
    });
    app.post("/api/digest/:id{[0-9]+}/feedback", async (c) => {
      const body = (await c.req.json().catch(() => ({}))) as { action?: unknown };
      const action = typeof body.action === "string" ? body.action : "";
      const id = articleId(c);
      await feedback(c, id, action);
      return c.json({ articleId: id, action });
    });
  },
};
