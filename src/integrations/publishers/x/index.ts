/**
 * X provider (docs.x.com): `POST /2/tweets` with a JSON `{ text }` and an OAuth 2 user access
 * token (`Authorization: Bearer`); 201 `{ data: { id, text } }`. Errors are RFC 7807-style
 * problems `{ title, detail, type, status, errors? }`; 429 carries `x-rate-limit-reset` (epoch
 * seconds) and, for the daily posting cap, `x-user-limit-24hour-reset`. Access tokens live two
 * hours, so a 401 is answered with the refresh-token grant at `POST /2/oauth2/token`
 * (`offline.access` scope; refresh tokens rotate). X has no idempotency key: a 403 "duplicate
 * content" and a crash between sending and recording are both settled by looking the text up
 * among the account's recent posts (`GET /2/users/:id/tweets`). X builds the link card itself.
 */
import type { PublishFailure } from "../../../domain/publishing/failures.js";
import type {
  AccountCredentials,
  OAuthSpec,
  Publisher,
  PublishRequest,
  PublishResult,
} from "../../../services/publishing/ports.js";
import { call, failureOf, type HttpReply, isFailure } from "../http.js";
import { isTokenSet, refreshAccessToken } from "../oauth.js";
import { findPost } from "./lookup.js";

export const DEFAULT_API = "https://api.x.com";
export const AUTHORIZE_URL = "https://x.com/i/oauth2/authorize";
export const SCOPES = ["tweet.read", "tweet.write", "users.read", "offline.access"];

function api(a: AccountCredentials): string {
  return (a.serviceUrl ?? DEFAULT_API).replace(/\/+$/, "");
}

interface Problem {
  title?: string;
  detail?: string;
  type?: string;
  errors?: Array<{ message?: string }>;
}

function problemText(reply: HttpReply): string {
  const b = (reply.body ?? {}) as Problem;
  const parts = [b.title, b.detail, ...(b.errors ?? []).map((e) => e.message)].filter(Boolean);
  return parts.length > 0 ? parts.join(": ") : reply.text.slice(0, 200);
}

export function isDuplicate(reply: HttpReply): boolean {
  return reply.status === 403 && /duplicate content/i.test(problemText(reply));
}

/** Sorts an X error reply into a failure class. */
export function xFailure(reply: HttpReply, hasRefresh: boolean): PublishFailure {
  const message = problemText(reply);
  if (reply.status === 401)
    return failureOf(reply, message, hasRefresh ? "refresh-token" : "disconnect");
  const failure = failureOf(reply, message);
  // The daily cap resets later than the 15-minute window: wait for whichever applies.
  const daily = reply.headers.get("x-user-limit-24hour-reset");
  if (
    reply.status === 429 &&
    reply.headers.get("x-user-limit-24hour-remaining") === "0" &&
    daily !== null &&
    /^\d+$/.test(daily)
  ) {
    failure.retryAfterMs = Math.max(failure.retryAfterMs ?? 0, Number(daily) * 1000 - Date.now());
  }
  return failure;
}

function postUrl(a: AccountCredentials, id: string): string {
  const user = a.handle.replace(/^@/, "");
  return user === "" ? `https://x.com/i/web/status/${id}` : `https://x.com/${user}/status/${id}`;
}

async function publish(req: PublishRequest): Promise<PublishResult> {
  const a = req.account;
  const r = await call(`${api(a)}/2/tweets`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${a.secrets.token ?? ""}`,
      "content-type": "application/json",
    },
    body: JSON.stringify({ text: req.text }),
  });
  if (isFailure(r)) return { status: "failed", failure: r };
  if (r.status === 201 || r.status === 200) {
    const id = String((r.body as { data?: { id?: unknown } } | null)?.data?.id ?? "");
    return { status: "published", remoteId: id, url: postUrl(a, id) };
  }
  if (isDuplicate(r)) {
    // Most likely our own earlier send went out; if it is not found, the text itself is the problem.
    const found = await findPost(api(a), a, req.text, req.firstAttemptAt);
    if (found.status === "found")
      return { status: "published", remoteId: found.id, url: postUrl(a, found.id) };
    return { status: "failed", failure: { ...failureOf(r, problemText(r)), kind: "bad-request" } };
  }
  return { status: "failed", failure: xFailure(r, Boolean(a.secrets.refreshToken)) };
}

function oauthSpec(base: string, authorizeUrl: string): OAuthSpec {
  return {
    authorizeUrl,
    tokenUrl: `${base}/2/oauth2/token`,
    scopes: SCOPES,
    pkce: "always",
    clientAuth: "basic",
    serviceUrl: base === DEFAULT_API ? null : base,
    async identify(token) {
      const r = await call(`${base}/2/users/me`, {
        method: "GET",
        headers: { authorization: `Bearer ${token}` },
      });
      const d = isFailure(r)
        ? undefined
        : (r.body as { data?: { id?: string; username?: string } })?.data;
      if (d?.id === undefined) throw new Error("X did not say who the token belongs to (users/me)");
      return { handle: `@${d.username ?? d.id}`, secrets: { userId: d.id } };
    },
  };
}

/**
 * @example
 * const x = xPublisher();
 * await x.publish({ account: { handle: "@me", serviceUrl: null, secrets: { token } }, text: "Hi", ... });
 */
export function xPublisher(options: { api?: string; authorizeUrl?: string } = {}): Publisher {
  const base = (options.api ?? DEFAULT_API).replace(/\/+$/, "");
  const spec = oauthSpec(base, options.authorizeUrl ?? AUTHORIZE_URL);
  return {
    limits: async () => ({}),
    publish,
    async reconcile(req, lastAttemptAt) {
      const found = await findPost(api(req.account), req.account, req.text, lastAttemptAt);
      if (found.status !== "found") return found;
      return { status: "found", remoteId: found.id, url: postUrl(req.account, found.id) };
    },
    async refresh(a) {
      const { refreshToken, clientId } = a.secrets;
      if (refreshToken === undefined || clientId === undefined) {
        return {
          failure: {
            kind: "disconnect",
            message: "X token expired and no refresh token is stored; reconnect",
          },
        };
      }
      const t = await refreshAccessToken(
        { tokenUrl: `${api(a)}/2/oauth2/token`, clientAuth: "basic" },
        { clientId, clientSecret: a.secrets.clientSecret ?? null },
        refreshToken,
      );
      if (!isTokenSet(t)) return { failure: t };
      return {
        secrets: {
          ...a.secrets,
          token: t.accessToken,
          refreshToken: t.refreshToken ?? refreshToken,
        },
        expiresAt: t.expiresAt,
      };
    },
    oauth: spec,
  };
}
