import type { Context } from "hono";
import { html } from "hono/html";
import { TellerrandError } from "../../domain/errors.js";
import { FEED_KINDS, type FeedRecord, isFeedKind } from "../../services/feeds/ports.js";
import { addFeed, exportOpml, importOpml } from "../../services/feeds/subscriptions.js";
import type { DashboardEnv, DashboardPage } from "../env.js";
import { HttpError } from "../http/errors.js";
import type { Translator } from "../i18n/index.js";
import { articleBody } from "../views/article-html.js";
import { csrfField, type Html, layout, type PageOptions } from "../views/layout.js";

/** Largest OPML upload accepted (subscription lists are a few kB). */
export const MAX_OPML_BYTES = 2 * 1024 * 1024;
const LATEST_ARTICLES = 20;

function stateCell(t: Translator, f: FeedRecord): Html {
  const state = f.paused
    ? html`<strong>${t("feeds.paused")}</strong>${f.pausedReason === null ? "" : html`: ${f.pausedReason}`}`
    : t("feeds.active");
  const errors =
    f.errorCount > 0
      ? html`<br><span class="warn">${t("feeds.errors", { n: f.errorCount, error: f.lastError ?? "" })}</span>`
      : "";
  return html`${state}${errors}`;
}

function feedRow(c: Context<DashboardEnv>, f: FeedRecord): Html {
  const t = c.var.t;
  const action = f.paused ? "resume" : "pause";
  return html`<tr id="feed-${f.id}"><td><a href="/feeds/${f.id}">${f.title ?? f.url}</a><br><span class="muted">${f.url}</span></td>
<td>${t(`kind.${f.kind}`)}${f.tags.length > 0 ? html`<br><span class="muted">${f.tags.join(", ")}</span>` : ""}</td>
<td class="num">${f.articleCount}</td><td>${stateCell(t, f)}</td><td>${f.lastFetchedAt ?? t("feeds.never")}</td>
<td><form method="post" action="/feeds/${f.id}/${action}">${csrfField(c)}<button type="submit">${t(`feeds.${action}`)}</button></form></td></tr>`;
}

function forms(c: Context<DashboardEnv>): Html {
  const t = c.var.t;
  const kinds = FEED_KINDS.map(
    (k) =>
      html`<option value="${k}"${k === "other-company" ? html` selected` : ""}>${t(`kind.${k}`)}</option>`,
  );
  return html`<section aria-labelledby="add-h"><h2 id="add-h">${t("feeds.add")}</h2>
<form method="post" action="/feeds/add" id="add-feed">${csrfField(c)}
<label for="feed-url">${t("feeds.url")}</label><input type="url" id="feed-url" name="url" required aria-describedby="feed-url-hint">
<p class="muted" id="feed-url-hint">${t("feeds.urlHint")}</p>
<label for="feed-kind">${t("feeds.kind")}</label><select id="feed-kind" name="kind">${kinds}</select>
<p><button type="submit">${t("feeds.addSubmit")}</button></p></form></section>
<section aria-labelledby="opml-h"><h2 id="opml-h">${t("feeds.opml")}</h2>
<form method="post" action="/feeds/opml" enctype="multipart/form-data" id="opml-import">${csrfField(c)}
<label for="opml-file">${t("feeds.import")}</label><input type="file" id="opml-file" name="file" accept=".opml,.xml,text/xml,text/x-opml" required>
<button type="submit">${t("feeds.importSubmit")}</button></form>
<p><a href="/feeds/opml" download id="opml-export">${t("feeds.export")}</a></p></section>`;
}

async function render(c: Context<DashboardEnv>, notice?: PageOptions["notice"], status = 200) {
  const t = c.var.t;
  const feeds = await (await c.var.deps.feeds()).feeds.list();
  const list =
    feeds.length === 0
      ? html`<p id="no-feeds">${t("feeds.none")}</p>`
      : html`<table id="feeds"><thead><tr><th>${t("feeds.feed")}</th><th>${t("feeds.kind")}</th><th class="num">${t("feeds.articles")}</th><th>${t("feeds.state")}</th><th>${t("feeds.lastFetched")}</th><th></th></tr></thead>
<tbody>${feeds.map((f) => feedRow(c, f))}</tbody></table>`;
  const body = html`<section aria-labelledby="list-h"><h2 id="list-h">${t("feeds.list")}</h2>${list}</section>${forms(c)}`;
  return c.html(layout(c, { title: t("feeds.title"), body, notice }), status as 200);
}

/** Runs a form action; a `TellerrandError` (bad URL, not a feed) is shown on the page. */
async function attempt(c: Context<DashboardEnv>, work: () => Promise<string>) {
  try {
    return render(c, { kind: "ok", text: await work() });
  } catch (error) {
    if (!(error instanceof TellerrandError)) throw error;
    return render(c, { kind: "error", text: error.message }, 400);
  }
}

async function add(c: Context<DashboardEnv>) {
  const t = c.var.t;
  const form = await c.req.parseBody();
  const url = typeof form.url === "string" ? form.url : "";
  const kind = typeof form.kind === "string" && isFeedKind(form.kind) ? form.kind : undefined;
  return attempt(c, async () => {
    const ctx = await c.var.deps.feeds();
    const r = await addFeed(ctx, { url, ...(kind === undefined ? {} : { kind }) });
    const title = r.feed.title ?? r.feed.url;
    const text = r.created
      ? t("feeds.added", { title, n: r.inserted })
      : t("feeds.already", { title });
    const others = r.otherFeeds.map((o) => o.url).join(", ");
    return others === "" ? text : `${text} ${t("feeds.alsoAnnounced", { urls: others })}`;
  });
}

async function uploadOpml(c: Context<DashboardEnv>) {
  const t = c.var.t;
  const form = await c.req.parseBody();
  const file = form.file;
  if (typeof file === "string" || file === undefined) {
    throw new HttpError(400, "usage", "no OPML file was sent");
  }
  if (file.size > MAX_OPML_BYTES)
    throw new HttpError(413, "too-large", "the OPML file is too large");
  const bytes = Buffer.from(await file.arrayBuffer());
  return attempt(c, async () => {
    const r = await importOpml(await c.var.deps.feeds(), bytes, file.name || "upload.opml");
    return t("feeds.imported", { added: r.added, existing: r.existing, skipped: r.skipped.length });
  });
}

function feedId(c: Context<DashboardEnv>): number {
  const id = Number(c.req.param("id"));
  if (!Number.isSafeInteger(id) || id <= 0) throw new HttpError(404, "not-found", "no such feed");
  return id;
}

async function setPaused(c: Context<DashboardEnv>, paused: boolean) {
  const ctx = await c.var.deps.feeds();
  const feed = await ctx.feeds.get(feedId(c));
  if (feed === undefined) throw new HttpError(404, "not-found", "no such feed");
  await ctx.feeds.setPaused(feed.id, paused, paused ? "paused by you" : null);
  return render(c, { kind: "ok", text: c.var.t(paused ? "feeds.paused.ok" : "feeds.resumed.ok") });
}

async function detail(c: Context<DashboardEnv>) {
  const t = c.var.t;
  const ctx = await c.var.deps.feeds();
  const feed = await ctx.feeds.get(feedId(c));
  if (feed === undefined) throw new HttpError(404, "not-found", "no such feed");
  const articles = await ctx.articles.list({ feedId: feed.id, limit: LATEST_ARTICLES });
  // Only the sanitised contentHtml is embedded as markup (see articleBody); all else is escaped.
  const items = articles.map(
    (a) =>
      html`<article class="article" id="article-${a.id}"><h3>${a.url === null || !/^https?:\/\//i.test(a.url) ? (a.title ?? "") : html`<a href="${a.url}" rel="noopener noreferrer">${a.title ?? a.url}</a>`}</h3>
<p class="muted">${a.publishedAt ?? a.sortAt}${a.lang === null ? "" : ` · ${a.lang}`}</p>
${a.contentHtml === null ? html`<p>${a.summaryText ?? a.contentText ?? ""}</p>` : html`<div class="content">${articleBody(a.contentHtml, t)}</div>`}</article>`,
  );
  const body = html`<p class="muted">${feed.url}</p><p>${stateCell(t, feed)}</p>
<h2>${t("feeds.latest")}</h2>${items.length === 0 ? html`<p>${t("feeds.noArticles")}</p>` : items}`;
  return c.html(layout(c, { title: feed.title ?? feed.url, body }));
}

async function download(c: Context<DashboardEnv>) {
  const opml = await exportOpml(await c.var.deps.feeds());
  c.header("Content-Type", "text/x-opml; charset=utf-8");
  c.header("Content-Disposition", 'attachment; filename="tellerrand-subscriptions.opml"');
  return c.body(opml);
}

/** Feeds: subscriptions with errors and pauses, add by URL, OPML in and out. */
export const feedsPage: DashboardPage = {
  path: "/feeds",
  nav: "nav.feeds",
  routes(app) {
    app.get("/feeds", (c) => render(c));
    app.post("/feeds/add", add);
    app.get("/feeds/opml", download);
    app.post("/feeds/opml", uploadOpml);
    app.get("/feeds/:id{[0-9]+}", detail);
    app.post("/feeds/:id{[0-9]+}/pause", (c) => setPaused(c, true));
    app.post("/feeds/:id{[0-9]+}/resume", (c) => setPaused(c, false));
    app.get("/api/feeds", async (c) => c.json(await (await c.var.deps.feeds()).feeds.list()));
    app.get("/api/feeds/:id{[0-9]+}/articles", async (c) => {
      const ctx = await c.var.deps.feeds();
      const limit = Math.min(200, Math.max(1, Number(c.req.query("limit") ?? 50) || 50));
      return c.json(await ctx.articles.list({ feedId: feedId(c), limit }));
    });
  },
};
