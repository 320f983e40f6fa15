import type { Context } from "hono";
import { html } from "hono/html";
import { NETWORK_SPECS, NETWORKS, type NetworkId } from "../../domain/publishing/networks.js";
import type { DashboardEnv } from "../env.js";
import type { MessageKey } from "../i18n/index.js";
import { csrfField, type Html } from "./layout.js";

/** One field of a token login form; `secret` fields are password inputs, never filled again. */
export interface LoginField {
  name: LoginFieldName;
  label: MessageKey;
  type: "text" | "url" | "password";
  required: boolean;
}

export type LoginFieldName =
  | "instance"
  | "service"
  | "handle"
  | "token"
  | "appPassword"
  | "refreshToken"
  | "clientId"
  | "clientSecret"
  | "expiresAt";

const f = (
  name: LoginFieldName,
  label: MessageKey,
  type: LoginField["type"],
  required = false,
): LoginField => ({ name, label, type, required });

/** What each network's token login asks for: the same as `tellerrand accounts connect`. */
const OAUTH_EXTRAS = [
  f("refreshToken", "settings.field.refreshToken", "password"),
  f("clientId", "settings.field.clientId", "text"),
  f("clientSecret", "settings.field.clientSecret", "password"),
  f("expiresAt", "settings.field.expiresAt", "text"),
];
export const LOGIN_FIELDS: Record<NetworkId, readonly LoginField[]> = {
  mastodon: [
    f("instance", "settings.field.instance", "url", true),
    f("token", "settings.field.token", "password", true),
  ],
  bluesky: [
    f("handle", "settings.field.blueskyHandle", "text", true),
    f("appPassword", "settings.field.appPassword", "password", true),
    f("service", "settings.field.service", "url"),
  ],
  facebook: [
    f("handle", "settings.field.pageId", "text", true),
    f("token", "settings.field.pageToken", "password", true),
  ],
  linkedin: [
    f("token", "settings.field.token", "password", true),
    f("handle", "settings.field.memberUrn", "text"),
    ...OAUTH_EXTRAS,
  ],
  x: [
    f("token", "settings.field.token", "password", true),
    f("handle", "settings.field.handleOptional", "text"),
    ...OAUTH_EXTRAS,
  ],
};

/** The state of a browser-started OAuth login, per network. */
export interface OAuthLoginView {
  network: NetworkId;
  /** Where the person logs in; null once the flow failed. */
  loginUrl: string | null;
  state: "waiting" | "failed";
  error: string | null;
}

/** What the connect forms show: OAuth per network, and the typed values of a refused login. */
export interface ConnectModel {
  /** Networks with an OAuth login here → whether the config names its client id. */
  oauth: Partial<Record<NetworkId, { configured: boolean }>>;
  logins: OAuthLoginView[];
  /** The refused login's network and its non-secret values, shown again. */
  draft?: { network: NetworkId; values: Partial<Record<LoginFieldName, string>> };
}

function loginForm(c: Context<DashboardEnv>, m: ConnectModel, network: NetworkId): Html {
  const t = c.var.t;
  const typed = m.draft?.network === network ? m.draft.values : {};
  const fields = LOGIN_FIELDS[network].map((field) => {
    const id = `connect-${network}-${field.name}`;
    // Secrets are never written back into the page, not even after a refused login.
    const value = field.type === "password" ? "" : (typed[field.name] ?? "");
    return html`<p><label for="${id}">${t(field.label)}</label>
<input type="${field.type}" id="${id}" name="${field.name}" value="${value}" autocomplete="off"${field.required ? html` required` : ""}></p>`;
  });
  const label = NETWORK_SPECS[network].label;
  return html`<form method="post" action="/settings/accounts/connect" id="connect-${network}">${csrfField(c)}
<input type="hidden" name="network" value="${network}">${fields}
<p><button type="submit">${t("settings.connectSubmit", { network: label })}</button></p></form>`;
}

function oauthPart(c: Context<DashboardEnv>, m: ConnectModel, network: NetworkId): Html | string {
  const o = m.oauth[network];
  if (o === undefined) return "";
  const t = c.var.t;
  const label = NETWORK_SPECS[network].label;
  const login = m.logins.find((l) => l.network === network);
  const status =
    login === undefined
      ? ""
      : login.state === "waiting"
        ? html`<p class="notice" id="oauth-${network}-waiting" role="status">${t("settings.oauthWaiting", { network: label })}
<a href="${login.loginUrl ?? ""}" rel="noopener noreferrer" id="oauth-${network}-link">${t("settings.oauthLink", { network: label })}</a></p>`
        : html`<p class="warn" id="oauth-${network}-failed">${t("settings.oauthFailed", { network: label, reason: login.error ?? "" })}</p>`;
  const button = o.configured
    ? html`<button type="submit">${t("settings.oauthStart", { network: label })}</button>`
    : html`<button type="submit" disabled aria-describedby="oauth-${network}-hint">${t("settings.oauthStart", { network: label })}</button>
<br><span class="muted small" id="oauth-${network}-hint">${t("settings.oauthNoClient", { key: `publishing.${network}ClientId`, network: label })}</span>`;
  return html`<form method="post" action="/settings/accounts/oauth/${network}" id="oauth-${network}">${csrfField(c)}<p>${button}</p></form>${status}
<p class="muted small">${t("settings.tokenInstead")}</p>`;
}

/**
 * The "connect an account" part of Settings: per network an OAuth button where the network
 * logs in by OAuth, and a token login form with the fields `tellerrand accounts connect` takes.
 *
 * @example
 * html`${connectSection(c, { oauth: { x: { configured: true } }, logins: [] })}`;
 */
export function connectSection(c: Context<DashboardEnv>, m: ConnectModel): Html {
  const t = c.var.t;
  const cards = NETWORKS.map(
    (n) =>
      html`<fieldset id="connect-${n}-card"><legend>${NETWORK_SPECS[n].label}</legend>${oauthPart(c, m, n)}${loginForm(c, m, n)}</fieldset>`,
  );
  return html`<h3 id="connect-h">${t("settings.connectTitle")}</h3>
<p class="muted">${t("settings.connectIntro")}</p><div class="cards">${cards}</div>`;
}

/**
 * The model with a refused connect form's values (the `draft` of a failed post), if any.
 *
 * @example
 * withDraft(m, { section: "connect", network: "mastodon", values: { instance: "https://…" } });
 */
export function withDraft(
  m: ConnectModel,
  draft: Record<string, unknown> | undefined,
): ConnectModel {
  const network = draft?.network;
  if (
    draft?.section !== "connect" ||
    typeof network !== "string" ||
    !NETWORKS.includes(network as NetworkId)
  ) {
    return m;
  }
  const values = (draft.values ?? {}) as Partial<Record<LoginFieldName, string>>;
  return { ...m, draft: { network: network as NetworkId, values } };
}
