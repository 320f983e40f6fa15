import type { Context } from "hono";
import { html } from "hono/html";
import type { Config } from "../../config/schema.js";
import { NETWORK_SPECS, NETWORKS } from "../../domain/publishing/networks.js";
import type { EffectiveProfile } from "../../services/profile.js";
import type { AccountView } from "../../services/publishing/accounts.js";
import type { DashboardEnv } from "../env.js";
import { csrfField, type Html } from "./layout.js";
import { type ConnectModel, connectSection, withDraft } from "./settings-accounts.js";
import {
  checkboxes,
  type FieldContext,
  inputField,
  selectField,
  textareaField,
} from "./settings-fields.js";

/** What the Settings page shows, and what `GET /api/settings` answers. */
export interface SettingsModel {
  profile: EffectiveProfile;
  politics: Config["politics"];
  digest: Pick<Config["digest"], "limit" | "ownEmployerCap" | "beyondShare">;
  routing: Pick<Config["publishing"], (typeof NETWORKS)[number]>;
  /** Connected accounts (secrets masked); null when they cannot be read (`accountsError`). */
  accounts: AccountView[] | null;
  accountsError?: string;
  /** The connect forms: OAuth logins per network and their state. */
  connect: ConnectModel;
  /** Whether the forms can save (the dashboard knows its config file). */
  editable: boolean;
  /** Leaves an env var or flag sets → the variable: shown disabled. */
  locked: Record<string, string>;
}

const lines = (items: readonly string[]) => items.join("\n");

function form(c: Context<DashboardEnv>, section: string, f: FieldContext, fields: Html): Html {
  const t = c.var.t;
  return html`<form method="post" action="/settings" id="${section}-form">${csrfField(c)}
<input type="hidden" name="section" value="${section}">${fields}
<p><button type="submit" id="${section}-save"${f.editable ? "" : html` disabled`}>${t("settings.save")}</button></p></form>`;
}

function profileSection(c: Context<DashboardEnv>, m: SettingsModel, f: FieldContext): Html {
  const t = c.var.t;
  const p = m.profile;
  const src = (s: "config" | "export" | "none") => t(`settings.source.${s}`);
  const listHint = t("settings.listHint");
  const fields = html`${inputField(f, "profile.name", t("settings.name"), p.name, { hint: src(p.sources.name) })}
${textareaField(f, "profile.currentEmployers", t("settings.current"), lines(p.currentEmployers), `${listHint} (${src(p.sources.employers)})`)}
${textareaField(f, "profile.pastEmployers", t("settings.past"), lines(p.pastEmployers), listHint)}
${textareaField(f, "profile.goals", t("settings.goals"), p.goals)}
${textareaField(f, "profile.interests", t("settings.interests"), p.interests, t("settings.interestsHint"))}`;
  return html`<section aria-labelledby="profile-h" id="profile"><h2 id="profile-h">${t("settings.profile")}</h2>${form(c, "profile", f, fields)}</section>`;
}

function politicsSection(c: Context<DashboardEnv>, m: SettingsModel, f: FieldContext): Html {
  const t = c.var.t;
  const levels = (["partisan", "strict"] as const).map((v) => ({
    value: v,
    label: t(`settings.strict.${v}`),
  }));
  const hint = t("settings.wordsHint");
  const fields = html`${selectField(f, "politics.strictness", t("settings.strictness"), m.politics.strictness, levels)}
${textareaField(f, "politics.keepWords", t("settings.keepWords"), lines(m.politics.keepWords), hint)}
${textareaField(f, "politics.blockWords", t("settings.blockWords"), lines(m.politics.blockWords), hint)}`;
  return html`<section aria-labelledby="politics-h" id="politics"><h2 id="politics-h">${t("settings.politics")}</h2>${form(c, "politics", f, fields)}</section>`;
}

function digestSection(c: Context<DashboardEnv>, m: SettingsModel, f: FieldContext): Html {
  const t = c.var.t;
  const share = { type: "number" as const, step: "0.05", min: "0", max: "1" };
  const fields = html`${inputField(f, "digest.limit", t("settings.digestLimit"), String(m.digest.limit), { type: "number", step: "1", min: "1", max: "500" })}
${inputField(f, "digest.ownEmployerCap", t("settings.ownEmployerCap"), String(m.digest.ownEmployerCap), share)}
${inputField(f, "digest.beyondShare", t("settings.beyondShare"), String(m.digest.beyondShare), share)}`;
  return html`<section aria-labelledby="digest-h" id="digest-settings"><h2 id="digest-h">${t("settings.digest")}</h2>${form(c, "digest", f, fields)}</section>`;
}

/** Whether a box is ticked: from the failed form's draft when there is one. */
function ticked(f: FieldContext, path: string, value: string, stored: boolean): boolean {
  if (f.draft === undefined || f.draft.section !== "routing") return stored;
  const typed = f.draft[path];
  return Array.isArray(typed) ? typed.includes(value) : typed === value;
}

function networkFieldset(c: Context<DashboardEnv>, m: SettingsModel, f: FieldContext, n: string) {
  const t = c.var.t;
  const rules = m.routing[n as keyof SettingsModel["routing"]];
  const base = `publishing.${n}`;
  const kinds = (["professional", "private", "any"] as const).map((k) => ({
    value: k,
    label: t(`settings.kind.${k}`),
    checked: ticked(f, `${base}.kinds`, k, rules.kinds.includes(k)),
  }));
  const politics = [
    {
      value: "true",
      label: t("settings.allowPolitics"),
      checked: ticked(f, `${base}.politics`, "true", rules.politics),
    },
  ];
  return html`<fieldset id="routing-${n}"><legend>${NETWORK_SPECS[n as keyof typeof NETWORK_SPECS].label}</legend>
<fieldset><legend>${t("settings.kinds")}</legend>${checkboxes(f, `${base}.kinds`, kinds)}</fieldset>
<p>${checkboxes(f, `${base}.politics`, politics)}</p>
${inputField(f, `${base}.maxPerDay`, t("settings.maxPerDay"), String(rules.maxPerDay), { type: "number", step: "1", min: "1" })}
${inputField(f, `${base}.slots`, t("settings.slots"), rules.slots.join(", "), { hint: t("settings.slotsHint") })}</fieldset>`;
}

function routingSection(c: Context<DashboardEnv>, m: SettingsModel, f: FieldContext): Html {
  const t = c.var.t;
  const fields = html`<p class="muted">${t("settings.routingIntro")}</p><div class="cards">${NETWORKS.map((n) => networkFieldset(c, m, f, n))}</div>`;
  return html`<section aria-labelledby="routing-h" id="routing"><h2 id="routing-h">${t("settings.routing")}</h2>${form(c, "routing", f, fields)}</section>`;
}

function accountsSection(c: Context<DashboardEnv>, m: SettingsModel, f: FieldContext): Html {
  const t = c.var.t;
  const head = html`<h2 id="accounts-h">${t("settings.accounts")}</h2>`;
  if (m.accounts === null) {
    return html`<section aria-labelledby="accounts-h" id="accounts">${head}<p class="warn">${t("settings.accountsError", { message: m.accountsError ?? "" })}</p></section>`;
  }
  const connect = connectSection(c, withDraft(m.connect, f.draft));
  if (m.accounts.length === 0) {
    return html`<section aria-labelledby="accounts-h" id="accounts">${head}<p>${t("settings.noAccountsYet")}</p>${connect}</section>`;
  }
  const rows = m.accounts.map(
    (
      a,
    ) => html`<tr id="account-${a.id}"><td>${NETWORK_SPECS[a.network].label}</td><td>${a.handle}</td>
<td>${a.warning === null ? "" : html`<span class="warn">${a.warning}</span>`}</td>
<td><form method="post" action="/settings/accounts/${a.id}/remove" class="inline">${csrfField(c)}
<button type="submit" aria-label="${t("settings.disconnectLabel", { handle: a.handle })}">${t("settings.disconnect")}</button></form></td></tr>`,
  );
  return html`<section aria-labelledby="accounts-h" id="accounts">${head}
<table><thead><tr><th scope="col">${t("settings.network")}</th><th scope="col">${t("settings.handle")}</th><th scope="col"></th><th scope="col"></th></tr></thead><tbody>${rows}</tbody></table>
<p class="muted">${t("settings.disconnectHint")}</p>${connect}</section>`;
}

function dataSection(c: Context<DashboardEnv>): Html {
  const t = c.var.t;
  const word = t("settings.wipeWord");
  return html`<section aria-labelledby="data-h"><h2 id="data-h">${t("settings.data")}</h2>
<p><a href="/settings/export" download id="data-export">${t("settings.export")}</a></p>
<h3>${t("settings.wipe")}</h3><p class="warn">${t("settings.wipeWarn")}</p>
<form method="post" action="/settings/wipe" id="wipe-form" data-confirm="${t("settings.wipeWarn")}">${csrfField(c)}
<label for="wipe-confirm">${t("settings.wipeConfirm", { word })}</label>
<input type="text" id="wipe-confirm" name="confirm" autocomplete="off" required>
<p><button type="submit" class="danger">${t("settings.wipeSubmit")}</button></p></form></section>`;
}

/**
 * The Settings page body: one form per section (profile, politics, digest, routing), the
 * connected accounts, export and wipe. Locked fields are disabled with the env var's name.
 *
 * @example
 * layout(c, { title: t("settings.title"), body: settingsBody(c, model, f, "/home/me/.config/tellerrand/config.toml") });
 */
export function settingsBody(
  c: Context<DashboardEnv>,
  m: SettingsModel,
  f: FieldContext,
  configFile: string | undefined,
): Html {
  const t = c.var.t;
  const intro =
    configFile === undefined
      ? html`<p class="muted" id="settings-file">${t("settings.readonly")}</p>`
      : html`<p class="muted" id="settings-file">${t("settings.fileNote", { file: configFile })}</p>`;
  return html`${intro}${profileSection(c, m, f)}${politicsSection(c, m, f)}${digestSection(c, m, f)}
${routingSection(c, m, f)}${accountsSection(c, m, f)}${dataSection(c)}`;
}
