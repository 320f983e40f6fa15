import type { Context } from "hono";
import { html } from "hono/html";
import { TellerrandError } from "../../domain/errors.js";
import { NETWORK_SPECS } from "../../domain/publishing/networks.js";
import { composeDrafts } from "../../services/publishing/compose.js";
import type { PublishingContext } from "../../services/publishing/context.js";
import {
  approveEntry,
  cancelEntry,
  entryOrThrow,
  scheduleEntry,
} from "../../services/publishing/outbox.js";
import type { OutboxEntry } from "../../services/publishing/ports.js";
import { publishNow } from "../../services/publishing/run.js";
import { liveCounts, publishingFor } from "../data/publishing.js";
import type { DashboardEnv, DashboardPage } from "../env.js";
import { HttpError } from "../http/errors.js";
import { type Html, layout, type PageOptions } from "../views/layout.js";
import { composeForm, draftCard, entryTable } from "../views/outbox.js";

type C = Context<DashboardEnv>;
/** Drafts shown side by side: the newest ones that still have an entry to act on. */
const OPEN_DRAFTS = 5;
const OPEN_STATES = new Set(["draft", "approved", "scheduled", "failed", "needs-attention"]);
const ACTIONS = ["approve", "schedule", "publish", "cancel"] as const;
type Action = (typeof ACTIONS)[number];

async function draftRows(c: C, ctx: PublishingContext, entries: OutboxEntry[]): Promise<Html[]> {
  const t = c.var.t;
  const byDraft = new Map<number, OutboxEntry[]>();
  for (const e of entries) byDraft.set(e.draftId, [...(byDraft.get(e.draftId) ?? []), e]);
  const open = [...byDraft]
    .filter(([, es]) => es.some((e) => OPEN_STATES.has(e.state)))
    .sort((a, b) => b[0] - a[0])
    .slice(0, OPEN_DRAFTS);
  const out: Html[] = [];
  for (const [id, es] of open) {
    const draft = await ctx.outbox.getDraft(id);
    const cards = es
      .sort((a, b) => a.id - b.id)
      .map((e) => {
        const prefix = NETWORK_SPECS[e.network].shareUrl;
        const share =
          prefix === null || draft?.url == null
            ? null
            : `${prefix}${encodeURIComponent(draft.url)}`;
        return draftCard(c, e, share);
      });
    const head = draft?.title ?? draft?.url ?? (draft?.comment.split("\n")[0] ?? "").slice(0, 60);
    out.push(
      html`<section class="draft" id="draft-${id}" aria-labelledby="draft-${id}-h"><h3 id="draft-${id}-h">${t("outbox.drafts")} #${id}: ${head}</h3><div class="cards">${cards}</div></section>`,
    );
  }
  return out;
}

async function render(
  c: C,
  notice?: PageOptions["notice"],
  form = { text: "", url: "" },
  status = 200,
) {
  const t = c.var.t;
  const ctx = publishingFor(c.var.deps);
  const entries = await ctx.outbox.listEntries();
  const drafts = await draftRows(c, ctx, entries);
  const newest = [...entries].sort((a, b) => b.id - a.id);
  const body = html`${composeForm(c, ctx.policy.networks, form.text, form.url)}
<section aria-labelledby="drafts-h" id="drafts"><h2 id="drafts-h">${t("outbox.drafts")}</h2>${drafts.length === 0 ? html`<p>${t("outbox.none")}</p>` : drafts}</section>
<section aria-labelledby="entries-h"><h2 id="entries-h">${t("outbox.entries")}</h2>${entryTable(c, newest)}</section>
<script src="/static/compose.js" defer></script>`;
  return c.html(layout(c, { title: t("outbox.title"), body, notice }), status as 200);
}

function composeInput(text: string, url: string) {
  return {
    ...(url.trim() === "" ? {} : { url: url.trim() }),
    ...(text.trim() === "" ? {} : { text }),
  };
}

async function compose(c: C) {
  const form = await c.req.parseBody();
  const text = typeof form.text === "string" ? form.text : "";
  const url = typeof form.url === "string" ? form.url : "";
  try {
    const r = await composeDrafts(publishingFor(c.var.deps), composeInput(text, url));
    return render(c, { kind: "ok", text: c.var.t("outbox.composed", { n: r.entries.length }) });
  } catch (error) {
    if (!(error instanceof TellerrandError)) throw error;
    return render(c, { kind: "error", text: error.message }, { text, url }, 400);
  }
}

function entryId(c: C): number {
  const id = Number(c.req.param("id"));
  if (!Number.isSafeInteger(id) || id <= 0) throw new HttpError(404, "not-found", "no such entry");
  return id;
}

function scheduleTime(value: unknown): Date | undefined {
  if (typeof value !== "string" || value.trim() === "") return undefined;
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new TellerrandError("usage", `"${value}" is not a time`);
  return at;
}

/** Runs one outbox action through the publishing services; returns the entry afterwards. */
async function act(c: C, action: Action, id: number, at: Date | undefined): Promise<OutboxEntry> {
  const ctx = publishingFor(c.var.deps);
  switch (action) {
    case "approve":
      return approveEntry(ctx, id);
    case "schedule":
      return scheduleEntry(ctx, id, at);
    case "cancel":
      return cancelEntry(ctx, id);
    case "publish":
      await publishNow(ctx, id);
      return entryOrThrow(ctx, id);
  }
}

async function actFromForm(c: C, action: Action) {
  const t = c.var.t;
  const form = await c.req.parseBody();
  try {
    const e = await act(c, action, entryId(c), scheduleTime(form.at));
    const text = t("outbox.done", {
      id: e.id,
      network: NETWORK_SPECS[e.network].label,
      state: t(`state.${e.state}`),
    });
    return render(c, { kind: "ok", text });
  } catch (error) {
    if (!(error instanceof TellerrandError) || error.code === "not-found") throw error;
    return render(c, { kind: "error", text: error.message }, undefined, 400);
  }
}

function registerApi(app: Parameters<DashboardPage["routes"]>[0]) {
  app.get("/api/outbox", async (c) => {
    const state = c.req.query("state");
    const all = await publishingFor(c.var.deps).outbox.listEntries();
    return c.json(state === undefined ? all : all.filter((e) => e.state === state));
  });
  app.post("/api/outbox/compose", async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as {
      text?: unknown;
      url?: unknown;
      dryRun?: unknown;
    };
    const text = typeof body.text === "string" ? body.text : "";
    const url = typeof body.url === "string" ? body.url : "";
    const r = await composeDrafts(publishingFor(c.var.deps), {
      ...composeInput(text, url),
      store: body.dryRun !== true,
    });
    return c.json(r);
  });
  for (const action of ACTIONS) {
    app.post(`/api/outbox/:id{[0-9]+}/${action}`, async (c) => {
      const body = (await c.req.json().catch(() => ({}))) as { at?: unknown };
      return c.json(await act(c, action, entryId(c), scheduleTime(body.at)));
    });
  }
  app.post("/api/publishing/count", async (c) => {
    const type = c.req.header("content-type") ?? "";
    const body = type.includes("json")
      ? ((await c.req.json().catch(() => ({}))) as Record<string, unknown>)
      : await c.req.parseBody();
    const text = typeof body.text === "string" ? body.text.slice(0, 100_000) : "";
    const url = typeof body.url === "string" ? body.url.trim() : "";
    return c.json({
      counts: liveCounts(publishingFor(c.var.deps).policy.networks, text, url || null),
    });
  });
}

/** Outbox: compose, drafts per network side by side with counters and verdicts, actions. */
export const outboxPage: DashboardPage = {
  path: "/outbox",
  nav: "nav.outbox",
  routes(app) {
    app.get("/outbox", (c) => render(c));
    app.post("/outbox/compose", compose);
    for (const action of ACTIONS)
      app.post(`/outbox/:id{[0-9]+}/${action}`, (c) => actFromForm(c, action));
    registerApi(app);
  },
};
