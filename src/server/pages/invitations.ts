import type { Context } from "hono";
import { html } from "hono/html";
import { TellerrandError } from "../../domain/errors.js";
import type { InvitationAdvice } from "../../domain/people/index.js";
import type { InvitationsResult } from "../../services/invitations.js";
import { invitationsModel } from "../data/people.js";
import type { DashboardEnv, DashboardPage } from "../env.js";
import { emptyState } from "../views/common.js";
import { type Html, layout } from "../views/layout.js";
import { englishReason, safeLink } from "../views/people.js";

type C = Context<DashboardEnv>;

function row(c: C, i: InvitationAdvice, n: number): Html {
  const t = c.var.t;
  const d = i.horizon.delta;
  const delta = `${d >= 0 ? "+" : "−"}${t.num(Math.abs(d), 2)}`;
  const effect = t("invitations.effect", {
    before: t.num(i.horizon.before, 2),
    after: t.num(i.horizon.after, 2),
    delta,
  });
  const unknown = i.known ? "" : html`<br><span class="muted">${t("invitations.unknown")}</span>`;
  return html`<tr id="invitation-${n}" data-advice="${i.advice}"><td><strong class="advice-${i.advice}">${t(`advice.${i.advice}`)}</strong></td>
<td>${safeLink(i.url, i.name)}${unknown}</td><td>${i.sentAt.slice(0, 10)}</td>
<td class="num">${t.num(i.relevance.score, 2)} · ${t.num(i.bridge.score, 2)}</td><td class="num">${effect}</td><td>${englishReason(t, i.reason)}</td></tr>`;
}

async function render(c: C) {
  const t = c.var.t;
  let r: InvitationsResult;
  try {
    r = await invitationsModel(c.var.deps.app());
  } catch (error) {
    if (error instanceof TellerrandError && error.code === "not-found")
      return c.html(layout(c, { title: t("invitations.title"), body: emptyState(t) }));
    throw error;
  }
  const list =
    r.invitations.length === 0
      ? html`<p id="no-invitations">${t("invitations.none")}</p>`
      : html`<table id="invitations"><thead><tr><th>${t("invitations.advice")}</th><th>${t("invitations.name")}</th><th>${t("invitations.sent")}</th><th class="num">${t("invitations.numbers")}</th><th class="num">${t("invitations.horizon")}</th><th>${t("triage.reason")}</th></tr></thead>
<tbody>${r.invitations.map((i, n) => row(c, i, n))}</tbody></table>`;
  const body = html`<p id="invitations-summary">${t("invitations.summary", { n: r.invitations.length, date: r.asOf, accept: r.counts.accept, consider: r.counts.consider, decline: r.counts.decline, score: t.num(r.horizonScore, 2) })}</p>
${t.lang === "en" ? "" : html`<p class="muted">${t("common.reasonNote")}</p>`}${list}`;
  return c.html(layout(c, { title: t("invitations.title"), body }));
}

/** Invitations: accept / consider / decline with reasons and the effect on the horizon score. */
export const invitationsPage: DashboardPage = {
  path: "/invitations",
  nav: "nav.invitations",
  routes(app) {
    app.get("/invitations", render);
    app.get("/api/invitations", async (c) => c.json(await invitationsModel(c.var.deps.app())));
  },
};
