import type { Context, Hono } from "hono";
import { TellerrandError } from "../../../domain/errors.js";
import {
  isNetwork,
  NETWORK_SPECS,
  NETWORKS,
  type NetworkId,
} from "../../../domain/publishing/networks.js";
import {
  type AccountView,
  connectWithOAuth,
  connectWithToken,
  loginSecrets,
  oauthClientFor,
  type TokenLogin,
} from "../../../services/publishing/accounts.js";
import { publishingFor } from "../../data/publishing.js";
import type { DashboardEnv, ServerDeps } from "../../env.js";
import { HttpError } from "../../http/errors.js";
import type { PageOptions } from "../../views/layout.js";
import {
  type ConnectModel,
  LOGIN_FIELDS,
  type LoginFieldName,
  type OAuthLoginView,
} from "../../views/settings-accounts.js";

/** Renders the Settings page with a notice (and the refused form's draft): settings.ts's `render`. */
export type SettingsRender = (
  c: Context<DashboardEnv>,
  notice?: PageOptions["notice"],
  status?: 200 | 400,
  failed?: { draft?: Record<string, unknown> },
) => Promise<Response>;

/** Browser-started OAuth logins, per dashboard (its deps) and network; one at a time each. */
const pending = new WeakMap<ServerDeps, Map<NetworkId, OAuthLoginView>>();

function loginsOf(deps: ServerDeps): Map<NetworkId, OAuthLoginView> {
  let m = pending.get(deps);
  if (m === undefined) {
    m = new Map();
    pending.set(deps, m);
  }
  return m;
}

/**
 * What the connect forms need: which networks log in by OAuth (and whether the config names
 * the client), and the OAuth logins under way or failed.
 *
 * @example
 * const m = connectModel(c.var.deps); m.oauth.x?.configured;
 */
export function connectModel(deps: ServerDeps): ConnectModel {
  const publishers = publishingFor(deps).publishers;
  const config = deps.app().config.publishing;
  const oauth: ConnectModel["oauth"] = {};
  for (const n of NETWORKS) {
    const client = oauthClientFor(config, n);
    if (client !== undefined && publishers[n]?.oauth !== undefined) {
      oauth[n] = { configured: client.clientId !== "" };
    }
  }
  return { oauth, logins: [...loginsOf(deps).values()] };
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** An instance or PDS URL the server will call: http(s) only, no trailing slash. */
function serviceUrl(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new TellerrandError("usage", `"${raw}" is not a URL (https://…)`);
  }
  if (url.username !== "" || url.password !== "") {
    // Like the feed fetcher: no credentials in URLs, and the typed password is not echoed.
    throw new TellerrandError("usage", "the URL must not carry a user name or password");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new TellerrandError("usage", `"${raw}" is not an http(s) URL`);
  }
  return url.toString().replace(/\/+$/, "");
}

/**
 * A token login from a form or JSON body, taking only the fields its network's form has.
 *
 * @example
 * loginFrom({ network: "mastodon", instance: "https://social.example", token: "…" });
 */
export function loginFrom(body: Record<string, unknown>): TokenLogin {
  const network = body.network;
  if (typeof network !== "string" || !isNetwork(network)) {
    throw new TellerrandError("usage", `unknown network "${String(network)}"`);
  }
  const allowed = new Set<string>(LOGIN_FIELDS[network].map((f) => f.name));
  const v = (name: LoginFieldName) => (allowed.has(name) ? text(body[name]) : undefined);
  const expires = v("expiresAt");
  if (expires !== undefined && Number.isNaN(Date.parse(expires))) {
    throw new TellerrandError("usage", `expires at: "${expires}" is not a time`);
  }
  return {
    network,
    handle: v("handle") ?? null,
    serviceUrl: serviceUrl(v("instance") ?? v("service")),
    secrets: loginSecrets({
      token: v("token"),
      appPassword: v("appPassword"),
      refreshToken: v("refreshToken"),
      clientId: v("clientId"),
      clientSecret: v("clientSecret"),
    }),
    expiresAt: expires === undefined ? null : new Date(expires).toISOString(),
  };
}

/** The values of a refused form that may be shown again: never a password field. */
function draftOf(body: Record<string, unknown>): Record<string, unknown> {
  const network = typeof body.network === "string" && isNetwork(body.network) ? body.network : null;
  if (network === null) return {};
  const values = Object.fromEntries(
    LOGIN_FIELDS[network]
      .filter((f) => f.type !== "password")
      // A URL with a password in it is not shown again either.
      .map((f) => [f.name, text(body[f.name]) ?? ""])
      .map(([k, v]) => [k, /\/\/[^/]*@/.test(v ?? "") ? "" : v]),
  );
  return { section: "connect", network, values };
}

/**
 * Starts a network's OAuth login in the background: the loopback listener waits for the
 * redirect (as in the CLI); resolves with the provider's login URL once the listener is up.
 */
async function startOAuth(deps: ServerDeps, network: NetworkId): Promise<string> {
  const logins = loginsOf(deps);
  const running = logins.get(network);
  if (running?.state === "waiting" && running.loginUrl !== null) return running.loginUrl;
  const config = deps.app().config.publishing;
  const client = oauthClientFor(config, network);
  const label = NETWORK_SPECS[network].label;
  if (client === undefined) throw new TellerrandError("usage", `${label} has no OAuth login here`);
  if (client.clientId === "") {
    throw new TellerrandError(
      "usage",
      `set publishing.${network}ClientId (your app's OAuth client id) to log in to ${label}`,
    );
  }
  const { runOAuthFlow } = await import("../../../integrations/publishers/oauth.js");
  let shown: (url: string) => void = () => {};
  const url = new Promise<string>((resolve) => {
    shown = resolve;
  });
  const flow = connectWithOAuth(publishingFor(deps), network, (spec) =>
    runOAuthFlow(
      spec,
      { clientId: client.clientId, clientSecret: client.clientSecret || null },
      { port: config.oauthRedirectPort, show: shown },
    ),
  );
  const entry: OAuthLoginView = { network, loginUrl: null, state: "waiting", error: null };
  flow.then(
    () => logins.delete(network),
    (error: unknown) => {
      entry.state = "failed";
      entry.loginUrl = null;
      entry.error = error instanceof Error ? error.message : String(error);
    },
  );
  // A listener that cannot start (port taken) fails the flow before any URL is shown.
  entry.loginUrl = await Promise.race([url, flow.then(() => "")]);
  logins.set(network, entry);
  return entry.loginUrl;
}

/** The refusal of a login as the page shows it; anything that is not the person's input rethrows. */
function refusal(error: unknown): string {
  if (error instanceof TellerrandError && (error.code === "usage" || error.code === "config")) {
    return error.message;
  }
  throw error;
}

async function connectForm(c: Context<DashboardEnv>, render: SettingsRender) {
  const t = c.var.t;
  const body = (await c.req.parseBody()) as Record<string, unknown>;
  let account: AccountView;
  try {
    account = await connectWithToken(publishingFor(c.var.deps), loginFrom(body));
  } catch (error) {
    const text = t("settings.connectFailed", { reason: refusal(error) });
    return render(c, { kind: "error", text }, 400, { draft: draftOf(body) });
  }
  const network = NETWORK_SPECS[account.network].label;
  return render(c, {
    kind: "ok",
    text: t("settings.connected", { network, handle: account.handle }),
  });
}

async function oauthForm(c: Context<DashboardEnv>, render: SettingsRender) {
  const network = c.req.param("network") ?? "";
  if (!isNetwork(network)) throw new HttpError(404, "not-found", "Unknown network.");
  const label = NETWORK_SPECS[network].label;
  try {
    await startOAuth(c.var.deps, network);
  } catch (error) {
    const text = c.var.t("settings.oauthFailed", { network: label, reason: refusal(error) });
    return render(c, { kind: "error", text }, 400);
  }
  return render(c, { kind: "ok", text: c.var.t("settings.oauthStarted", { network: label }) });
}

/** `POST /api/settings/accounts`: a token login, or `{ network, oauth: true }` for a login URL. */
async function apiConnect(c: Context<DashboardEnv>) {
  const body: unknown = await c.req.json().catch(() => undefined);
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    throw new HttpError(400, "usage", 'Send a JSON object like {"network": "mastodon", …}.');
  }
  const b = body as Record<string, unknown>;
  if (b.oauth === true && typeof b.network === "string" && isNetwork(b.network)) {
    const loginUrl = await startOAuth(c.var.deps, b.network);
    return c.json({ network: b.network, loginUrl, state: "waiting" }, 202);
  }
  const account = await connectWithToken(publishingFor(c.var.deps), loginFrom(b));
  return c.json({ account }, 201);
}

/**
 * Mounts connecting accounts on the Settings page: token logins, OAuth logins through the
 * loopback listener (as `tellerrand accounts connect`), and the JSON twin.
 *
 * @example
 * accountRoutes(app, render);
 */
export function accountRoutes(app: Hono<DashboardEnv>, render: SettingsRender): void {
  app.post("/settings/accounts/connect", (c) => connectForm(c, render));
  app.post("/settings/accounts/oauth/:network", (c) => oauthForm(c, render));
  app.post("/api/settings/accounts", apiConnect);
}
