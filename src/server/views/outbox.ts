import type { Context } from "hono";
import { html } from "hono/html";
import type { TextCount } from "../../domain/publishing/counters.js";
import { countText } from "../../domain/publishing/counters.js";
import { NETWORK_SPECS, type NetworkId, specFor } from "../../domain/publishing/networks.js";
import type { OutboxEntry } from "../../services/publishing/ports.js";
import type { DashboardEnv } from "../env.js";
import type { Translator } from "../i18n/index.js";
import { csrfField, type Html } from "./layout.js";
import { englishReason } from "./people.js";

type C = Context<DashboardEnv>;

/** "12 of 280 characters left" or "8 characters over the limit of 280". */
export function roomText(t: Translator, count: TextCount): string {
  const unit = t(`outbox.unit.${count.unit}`);
  return count.remaining >= 0
    ? t("outbox.room", { left: count.remaining, limit: count.limit, unit })
    : t("outbox.over", { over: -count.remaining, limit: count.limit, unit });
}

/** The unit names in the person's language, for the live counters' script. */
function units(t: Translator): Record<TextCount["unit"], string> {
  return {
    characters: t("outbox.unit.characters"),
    "weighted characters": t("outbox.unit.weighted characters"),
    graphemes: t("outbox.unit.graphemes"),
    bytes: t("outbox.unit.bytes"),
  };
}

/** The compose form; each network's counter is filled by `/static/compose.js` while typing. */
export function composeForm(c: C, networks: readonly NetworkId[], text = "", url = ""): Html {
  const t = c.var.t;
  const counters = networks.map(
    (n) =>
      html`<li><span class="net">${NETWORK_SPECS[n].label}</span>: <output id="live-${n}" data-network="${n}" for="compose-text compose-url">–</output></li>`,
  );
  return html`<section aria-labelledby="compose-h"><h2 id="compose-h">${t("outbox.compose")}</h2>
<form method="post" action="/outbox/compose" id="compose-form" data-count="/api/publishing/count" data-room="${t("outbox.room")}" data-over="${t("outbox.over")}" data-units="${JSON.stringify(units(t))}">${csrfField(c)}
<label for="compose-url">${t("outbox.url")}</label><input type="url" id="compose-url" name="url" value="${url}">
<label for="compose-text">${t("outbox.text")}</label><textarea id="compose-text" name="text" rows="5" aria-describedby="compose-hint live-counts">${text}</textarea>
<p class="muted" id="compose-hint">${t("outbox.textHint")}</p>
<ul id="live-counts" class="counters" aria-live="polite">${counters}</ul>
<p><button type="submit">${t("outbox.composeSubmit")}</button></p></form></section>`;
}

function actionButton(
  c: C,
  e: OutboxEntry,
  action: string,
  label: string,
  extra: Html | string,
  ids: boolean,
): Html {
  const id = ids ? html` id="${action}-${e.id}"` : "";
  return html`<form method="post" action="/outbox/${e.id}/${action}" class="inline">${csrfField(c)}${extra}<button type="submit"${id}${action === "cancel" ? html` class="secondary"` : ""}>${label}</button></form>`;
}

/**
 * The buttons an entry's state allows (the outbox state machine decides again on submit).
 * Only the draft cards carry ids (`approve-7`, `at-7`): the table repeats the buttons.
 */
export function entryActions(c: C, e: OutboxEntry, ids = false): Html {
  const t = c.var.t;
  const out: Html[] = [];
  if (e.state === "draft" && e.verdict.status !== "blocked")
    out.push(actionButton(c, e, "approve", t("outbox.approve"), "", ids));
  if (e.state === "approved" || e.state === "scheduled") {
    const field = ids ? `at-${e.id}` : `at-row-${e.id}`;
    const at = html`<label for="${field}" class="small">${t("outbox.scheduleAt")}</label><input type="datetime-local" id="${field}" name="at">`;
    out.push(actionButton(c, e, "schedule", t("outbox.schedule"), at, ids));
    out.push(actionButton(c, e, "publish", t("outbox.publish"), "", ids));
  }
  if (["draft", "approved", "scheduled", "failed", "needs-attention"].includes(e.state))
    out.push(actionButton(c, e, "cancel", t("outbox.cancel"), "", ids));
  return html`<div class="actions" role="group" aria-label="${t("outbox.actions", { id: e.id })}">${out}</div>`;
}

/** One network's draft as a card: text, the server's count, the routing verdict, actions. */
export function draftCard(c: C, e: OutboxEntry, shareUrl: string | null): Html {
  const t = c.var.t;
  const count = countText(specFor(e.network), e.text);
  const reasons =
    e.verdict.reasons.length === 0
      ? ""
      : html`<ul class="reasons">${e.verdict.reasons.map((r) => html`<li>${englishReason(t, r)}</li>`)}</ul>`;
  const share =
    shareUrl === null
      ? ""
      : html`<p><a href="${shareUrl}" rel="noopener noreferrer">${t("outbox.shareLink")}</a></p>`;
  return html`<article class="card" id="entry-${e.id}" data-state="${e.state}" aria-labelledby="entry-${e.id}-h">
<h3 id="entry-${e.id}-h">${NETWORK_SPECS[e.network].label} <span class="muted">#${e.id}</span></h3>
<p><span class="badge state" id="state-${e.id}">${t(`state.${e.state}`)}</span> <span class="badge verdict-${e.verdict.status}">${t(`outbox.verdict.${e.verdict.status}`)}</span></p>
<pre class="post">${e.text}</pre><p class="${count.ok ? "muted" : "warn"} small" id="count-${e.id}">${roomText(t, count)}</p>${reasons}${share}${entryActions(c, e, true)}</article>`;
}

/** Every entry, newest first, as a table. */
export function entryTable(c: C, entries: readonly OutboxEntry[]): Html {
  const t = c.var.t;
  if (entries.length === 0) return html`<p id="outbox-empty">${t("outbox.none")}</p>`;
  const rows = entries.map(
    (e) =>
      html`<tr id="row-${e.id}"><td class="num">#${e.id}</td><td>${NETWORK_SPECS[e.network].label}</td><td>${t(`state.${e.state}`)}${e.lastError === null ? "" : html`<br><span class="warn small">${e.lastError}</span>`}</td>
<td>${e.publishedAt ?? e.scheduledAt ?? ""}</td><td>${(e.text.split("\n")[0] ?? "").slice(0, 80)}</td><td>${entryActions(c, e)}</td></tr>`,
  );
  return html`<table id="entries"><thead><tr><th class="num">#</th><th>${t("outbox.network")}</th><th>${t("outbox.state")}</th><th>${t("outbox.when")}</th><th>${t("outbox.entryText")}</th><th></th></tr></thead><tbody>${rows}</tbody></table>`;
}
