/**
 * The one OAuth 2 authorization-code flow every network with OAuth uses (RFC 6749 §4.1, PKCE
 * RFC 7636 with S256, loopback redirect as in RFC 8252 §7.3): print the authorize URL, wait on
 * `http://127.0.0.1:PORT/callback` for `code` + `state`, refuse a wrong `state`, exchange the code
 * at the token endpoint, ask the network who the token belongs to. Nothing is opened by itself:
 * the person copies the URL into a browser.
 */
import { createHash, randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { TellerrandError } from "../../domain/errors.js";
import type { PublishFailure } from "../../domain/publishing/failures.js";
import type { OAuthGrant, OAuthSpec } from "../../services/publishing/ports.js";
import { call, failureOf, isFailure } from "./http.js";

export interface OAuthClient {
  clientId: string;
  /** Absent for a public client (X "native app", LinkedIn PKCE app). */
  clientSecret: string | null;
}

export interface TokenSet {
  accessToken: string;
  refreshToken: string | null;
  expiresAt: string | null;
}

/** A PKCE verifier (43 chars of base64url) and its S256 challenge. */
export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}

function usesPkce(spec: OAuthSpec, client: OAuthClient): boolean {
  return spec.pkce === "always" || client.clientSecret === null;
}

/**
 * @example
 * authorizeUrl(spec, client, { redirectUri, state: "s", challenge: "c" });
 */
export function authorizeUrl(
  spec: OAuthSpec,
  client: OAuthClient,
  p: { redirectUri: string; state: string; challenge: string },
): string {
  const url = new URL(spec.authorizeUrl);
  url.searchParams.set("response_type", "code");
  url.searchParams.set("client_id", client.clientId);
  url.searchParams.set("redirect_uri", p.redirectUri);
  url.searchParams.set("scope", spec.scopes.join(" "));
  url.searchParams.set("state", p.state);
  if (usesPkce(spec, client)) {
    url.searchParams.set("code_challenge", p.challenge);
    url.searchParams.set("code_challenge_method", "S256");
  }
  return url.toString();
}

/** POSTs a form to the token endpoint with the client authenticated the network's way. */
async function tokenCall(
  spec: Pick<OAuthSpec, "tokenUrl" | "clientAuth">,
  client: OAuthClient,
  form: Record<string, string>,
  now: number,
): Promise<TokenSet | PublishFailure> {
  const body = new URLSearchParams({ ...form, client_id: client.clientId });
  const headers: Record<string, string> = {
    "content-type": "application/x-www-form-urlencoded",
  };
  if (client.clientSecret !== null && spec.clientAuth === "basic") {
    const basic = Buffer.from(`${client.clientId}:${client.clientSecret}`).toString("base64");
    headers.authorization = `Basic ${basic}`;
  } else if (client.clientSecret !== null) body.set("client_secret", client.clientSecret);
  const r = await call(spec.tokenUrl, { method: "POST", headers, body: body.toString() });
  if (isFailure(r)) return r;
  const t = (r.body ?? {}) as {
    access_token?: string;
    refresh_token?: string;
    expires_in?: number;
    error?: string;
    error_description?: string;
  };
  if (r.status !== 200 || typeof t.access_token !== "string") {
    // RFC 6749 §5.2: invalid_grant and friends mean the grant is gone; only 5xx/429 are worth a retry.
    const kind = r.status >= 500 || r.status === 429 ? "retry" : "disconnect";
    return failureOf(r, `${t.error ?? "token error"}: ${t.error_description ?? ""}`.trim(), kind);
  }
  return {
    accessToken: t.access_token,
    refreshToken: t.refresh_token ?? null,
    expiresAt:
      typeof t.expires_in === "number" ? new Date(now + t.expires_in * 1000).toISOString() : null,
  };
}

/**
 * The refresh-token grant (RFC 6749 §6); a refused refresh comes back as `disconnect`.
 *
 * @example
 * const t = await refreshAccessToken(spec, { clientId, clientSecret: null }, refreshToken);
 */
export function refreshAccessToken(
  spec: Pick<OAuthSpec, "tokenUrl" | "clientAuth">,
  client: OAuthClient,
  refreshToken: string,
): Promise<TokenSet | PublishFailure> {
  return tokenCall(
    spec,
    client,
    { grant_type: "refresh_token", refresh_token: refreshToken },
    Date.now(),
  );
}

export function isTokenSet(t: TokenSet | PublishFailure): t is TokenSet {
  return "accessToken" in t;
}

const PAGE = (msg: string) =>
  `<!doctype html><meta charset="utf-8"><title>Tellerrand</title><p>${msg}</p>`;

/**
 * Listens on the loopback port for the one redirect carrying `code` and the expected `state`.
 * A wrong state or an `error` from the network ends the flow (no second chance for a forged
 * redirect). Port 0 takes any free port (LinkedIn native apps); X needs the registered one.
 */
export async function listenForCode(
  port: number,
  state: string,
  timeoutMs: number,
): Promise<{ redirectUri: string; code: Promise<string>; close(): void }> {
  let settle: { ok(code: string): void; fail(e: Error): void } | undefined;
  const code = new Promise<string>((ok, fail) => {
    settle = { ok, fail };
  });
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname !== "/callback") {
      res.writeHead(404).end();
      return;
    }
    const error = url.searchParams.get("error");
    const got = url.searchParams.get("code");
    let problem: string | null = null;
    if (url.searchParams.get("state") !== state) problem = "the state does not match this login";
    else if (error !== null)
      problem = `${error}: ${url.searchParams.get("error_description") ?? ""}`;
    else if (got === null) problem = "the redirect carries no code";
    res.writeHead(problem === null ? 200 : 400, { "content-type": "text/html; charset=utf-8" });
    res.end(PAGE(problem === null ? "Connected. You can close this tab." : "Login refused."));
    if (problem !== null) settle?.fail(new TellerrandError("usage", `OAuth login: ${problem}`));
    else settle?.ok(got as string);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const timer = setTimeout(
    () => settle?.fail(new TellerrandError("usage", "OAuth login: no redirect arrived in time")),
    timeoutMs,
  );
  const close = () => {
    clearTimeout(timer);
    server.close();
    server.closeAllConnections();
  };
  code.then(close, close);
  const actual = (server.address() as AddressInfo).port;
  return { redirectUri: `http://127.0.0.1:${actual}/callback`, code, close };
}

/**
 * The whole flow: listen, hand the authorize URL to `show` (the CLI prints it), wait for the
 * code, exchange it (with the PKCE verifier), identify the account.
 *
 * @example
 * const grant = await runOAuthFlow(spec, client, { port: 8765, show: (u) => console.log(u) });
 */
export async function runOAuthFlow(
  spec: OAuthSpec,
  client: OAuthClient,
  options: { port: number; show(url: string): void; timeoutMs?: number },
): Promise<OAuthGrant> {
  const state = randomBytes(16).toString("base64url");
  const { verifier, challenge } = pkcePair();
  const listener = await listenForCode(options.port, state, options.timeoutMs ?? 300_000);
  try {
    options.show(
      authorizeUrl(spec, client, { redirectUri: listener.redirectUri, state, challenge }),
    );
    const code = await listener.code;
    const form: Record<string, string> = {
      grant_type: "authorization_code",
      code,
      redirect_uri: listener.redirectUri,
    };
    if (usesPkce(spec, client)) form.code_verifier = verifier;
    const t = await tokenCall(spec, client, form, Date.now());
    if (!isTokenSet(t)) throw new TellerrandError("usage", `OAuth token exchange: ${t.message}`);
    const who = await spec.identify(t.accessToken);
    const secrets: Record<string, string> = { ...who.secrets, token: t.accessToken };
    secrets.clientId = client.clientId;
    if (client.clientSecret !== null) secrets.clientSecret = client.clientSecret;
    if (t.refreshToken !== null) secrets.refreshToken = t.refreshToken;
    return { handle: who.handle, serviceUrl: spec.serviceUrl, secrets, expiresAt: t.expiresAt };
  } finally {
    listener.close();
  }
}
