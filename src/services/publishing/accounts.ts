import { TellerrandError } from "../../domain/errors.js";
import { NETWORK_SPECS, type NetworkId } from "../../domain/publishing/networks.js";
import type { PublishingContext } from "./context.js";
import type { AccountRecord, OAuthGrant, OAuthSpec, Secrets } from "./ports.js";
import { maskSecret } from "./vault.js";

/** Which secrets each network needs to connect (by token or app password; OAuth flows are open). */
const REQUIRED: Record<NetworkId, string[]> = {
  mastodon: ["token"],
  bluesky: ["appPassword"],
  linkedin: ["token"],
  x: ["token"],
  facebook: ["token"],
};

export interface AccountView extends AccountRecord {
  /** Secret names with masked values: never the values themselves. */
  secrets: Record<string, string>;
  /** A warning when the token expires within two weeks (LinkedIn's last 60 days). */
  warning: string | null;
}

/** Days before expiry from which accounts are flagged. */
export const EXPIRY_WARNING_DAYS = 14;

function warning(a: AccountRecord, now: Date): string | null {
  if (a.expiresAt === null) return null;
  const days = (Date.parse(a.expiresAt) - now.getTime()) / 86_400_000;
  if (days < 0) return `token expired on ${a.expiresAt.slice(0, 10)}: reconnect`;
  if (days < EXPIRY_WARNING_DAYS) return `token expires in ${Math.ceil(days)} days: reconnect soon`;
  return null;
}

/**
 * Stores an account with its secrets encrypted (re-connecting the same handle replaces them).
 *
 * @example
 * await connectAccount(ctx, { network: "mastodon", handle: "@me@social.example", serviceUrl: "https://social.example", secrets: { token } });
 */
export async function connectAccount(
  ctx: PublishingContext,
  input: {
    network: NetworkId;
    handle: string;
    serviceUrl: string | null;
    secrets: Secrets;
    expiresAt: string | null;
  },
): Promise<AccountView> {
  const missing = REQUIRED[input.network].filter((k) => !input.secrets[k]);
  if (missing.length > 0) {
    throw new TellerrandError(
      "usage",
      `connecting ${NETWORK_SPECS[input.network].label} needs ${missing.join(", ")}`,
    );
  }
  if (input.network === "mastodon" && input.serviceUrl === null) {
    throw new TellerrandError("usage", "connecting Mastodon needs --instance URL");
  }
  const now = ctx.now();
  const a = await ctx.accounts.upsert(input, ctx.vault.seal(input.secrets), now.toISOString());
  return view(ctx, a, now);
}

/**
 * Connects an account by the network's OAuth 2 flow: `run` performs it (the CLI passes the
 * loopback flow) with the provider's endpoints; the grant's tokens are stored encrypted.
 *
 * @example
 * await connectWithOAuth(ctx, "x", (spec) => runOAuthFlow(spec, client, { port: 8765, show }));
 */
export async function connectWithOAuth(
  ctx: PublishingContext,
  network: NetworkId,
  run: (spec: OAuthSpec) => Promise<OAuthGrant>,
): Promise<AccountView> {
  const spec = ctx.publishers[network]?.oauth;
  if (spec === undefined) {
    throw new TellerrandError(
      "usage",
      `${NETWORK_SPECS[network].label} has no OAuth login here; connect it with a token`,
    );
  }
  const grant = await run(spec);
  return connectAccount(ctx, { network, ...grant });
}

async function view(ctx: PublishingContext, a: AccountRecord, now: Date): Promise<AccountView> {
  let secrets: Secrets = {};
  try {
    secrets = ctx.vault.open(await ctx.accounts.secrets(a.id));
  } catch {
    return { ...a, secrets: {}, warning: "cannot decrypt its secrets (key file or key changed?)" };
  }
  const masked = Object.fromEntries(
    Object.entries(secrets).map(([k, v]) => [k, k === "did" || k === "userId" ? v : maskSecret(v)]),
  );
  return { ...a, secrets: masked, warning: warning(a, now) };
}

/** Every connected account, secrets masked, with expiry warnings. */
export async function listAccounts(ctx: PublishingContext): Promise<AccountView[]> {
  const now = ctx.now();
  return Promise.all((await ctx.accounts.list()).map((a) => view(ctx, a, now)));
}

export async function removeAccount(ctx: PublishingContext, id: number): Promise<void> {
  if (!(await ctx.accounts.remove(id))) throw new TellerrandError("not-found", `no account #${id}`);
}

/** A login by token or app password, as the CLI's flags and the Settings forms carry it. */
export interface TokenLogin {
  network: NetworkId;
  /** The account's handle; null where the network says whom the token belongs to (X, LinkedIn). */
  handle: string | null;
  serviceUrl: string | null;
  secrets: Secrets;
  expiresAt: string | null;
}

/**
 * The secrets of a login from named fields, empty ones left out.
 *
 * @example
 * loginSecrets({ token: "abc", refreshToken: "" }); // { token: "abc" }
 */
export function loginSecrets(fields: Record<string, string | undefined>): Secrets {
  return Object.fromEntries(
    Object.entries(fields).filter((p): p is [string, string] => p[1] !== undefined && p[1] !== ""),
  );
}

/** The config's OAuth client ids and secrets (`[publishing]`). */
export type OAuthClientConfig = Record<
  "linkedinClientId" | "linkedinClientSecret" | "xClientId" | "xClientSecret",
  string
>;

/**
 * The OAuth client the config names for a network that logs in by OAuth, else undefined.
 *
 * @example
 * oauthClientFor(config.publishing, "x"); // { clientId: "…", clientSecret: "" }
 */
export function oauthClientFor(
  p: OAuthClientConfig,
  network: NetworkId,
): { clientId: string; clientSecret: string } | undefined {
  const clients: Partial<Record<NetworkId, { clientId: string; clientSecret: string }>> = {
    linkedin: { clientId: p.linkedinClientId, clientSecret: p.linkedinClientSecret },
    x: { clientId: p.xClientId, clientSecret: p.xClientSecret },
  };
  return clients[network];
}

/**
 * Asks the network whether it accepts the login: the provider's `verify`, else (no handle
 * given) its OAuth `identify`. Null when the network offers neither (a Facebook Page token).
 */
async function verifyLogin(
  ctx: PublishingContext,
  login: TokenLogin,
): Promise<{ handle: string; secrets: Secrets } | null> {
  const p = ctx.publishers[login.network];
  const label = NETWORK_SPECS[login.network].label;
  const account = {
    handle: login.handle ?? "",
    serviceUrl: login.serviceUrl,
    secrets: login.secrets,
  };
  if (p?.verify !== undefined) {
    const r = await p.verify(account);
    if ("failure" in r)
      throw new TellerrandError("usage", `${label} refused the login: ${r.failure.message}`);
    return r;
  }
  const token = login.secrets.token;
  if (p?.oauth === undefined || token === undefined || login.handle !== null) return null;
  try {
    return await p.oauth.identify(token);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new TellerrandError("usage", `${label} refused the token: ${why}`);
  }
}

/**
 * Connects by token or app password after the network accepted it (nothing is stored when it
 * refuses: the error carries the network's words). Used by the CLI and the dashboard alike.
 *
 * @example
 * await connectWithToken(ctx, { network: "mastodon", handle: null, serviceUrl: "https://social.example", secrets: { token }, expiresAt: null });
 */
export async function connectWithToken(
  ctx: PublishingContext,
  login: TokenLogin,
): Promise<AccountView> {
  const label = NETWORK_SPECS[login.network].label;
  const missing = REQUIRED[login.network].filter((k) => !login.secrets[k]);
  if (missing.length > 0)
    throw new TellerrandError("usage", `connecting ${label} needs ${missing.join(", ")}`);
  if (login.network === "mastodon" && login.serviceUrl === null) {
    throw new TellerrandError("usage", "connecting Mastodon needs the instance URL");
  }
  const who = await verifyLogin(ctx, login);
  const handle = login.handle ?? who?.handle;
  if (handle === undefined || handle === "") {
    throw new TellerrandError(
      "usage",
      `connecting ${label} with a token needs the account's handle`,
    );
  }
  const secrets = { ...login.secrets, ...who?.secrets };
  return connectAccount(ctx, { ...login, handle, secrets });
}
