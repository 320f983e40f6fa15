/**
 * Mastodon provider. Contract (docs.joinmastodon.org): `POST /api/v1/statuses` with
 * `Authorization: Bearer`, form fields `status`, `language`, `visibility`, and the
 * `Idempotency-Key` header (the server keeps keys for one hour and answers a repeat with the
 * original status); `GET /api/v2/instance` for `configuration.statuses.max_characters`;
 * errors as `{ "error": "…" }`; 429 with `X-RateLimit-*` headers (reset as ISO time).
 * Mastodon builds link previews itself, so the card is just the URL in the text.
 */
import type {
  AccountCredentials,
  Publisher,
  PublishRequest,
  PublishResult,
  ReconcileResult,
} from "../../../services/publishing/ports.js";
import { call, failureOf, isFailure } from "../http.js";

/** Keys are kept one hour by Mastodon; we stay well inside it. */
export const IDEMPOTENCY_WINDOW_MS = 50 * 60_000;

function base(account: AccountCredentials): string {
  if (account.serviceUrl === null) throw new Error("a Mastodon account needs its instance URL");
  return account.serviceUrl.replace(/\/+$/, "");
}

function errorMessage(body: unknown, text: string): string {
  const e = (body as { error?: unknown } | null)?.error;
  return typeof e === "string" ? e : text.slice(0, 200);
}

/**
 * @example
 * const mastodon = mastodonPublisher();
 * await mastodon.publish({ account, text: "Hello", link: null, idempotencyKey: "k", firstAttemptAt: now, lang: "en" });
 */
export function mastodonPublisher(): Publisher {
  async function publish(req: PublishRequest): Promise<PublishResult> {
    const form = new URLSearchParams({ status: req.text, visibility: "public" });
    if (req.lang !== null && req.lang !== "und") form.set("language", req.lang);
    const reply = await call(`${base(req.account)}/api/v1/statuses`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${req.account.secrets.token ?? ""}`,
        "idempotency-key": req.idempotencyKey,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: form.toString(),
    });
    if (isFailure(reply)) return { status: "failed", failure: reply };
    if (reply.status >= 200 && reply.status < 300) {
      const s = reply.body as { id?: unknown; url?: unknown };
      return {
        status: "published",
        remoteId: String(s.id),
        url: typeof s.url === "string" ? s.url : null,
      };
    }
    // Mastodon tokens do not expire: a 401 means revoked, so the account must be reconnected.
    return { status: "failed", failure: failureOf(reply, errorMessage(reply.body, reply.text)) };
  }
  return {
    async limits(account) {
      const reply = await call(`${base(account)}/api/v2/instance`, {
        method: "GET",
        timeoutMs: 10_000,
      });
      if (isFailure(reply) || reply.status !== 200) return {};
      const max = (reply.body as { configuration?: { statuses?: { max_characters?: unknown } } })
        ?.configuration?.statuses?.max_characters;
      return typeof max === "number" && max > 0 ? { maxLength: max } : {};
    },
    publish,
    async verify(account) {
      // GET /api/v1/accounts/verify_credentials: the token's own account (`acct` is local).
      const reply = await call(`${base(account)}/api/v1/accounts/verify_credentials`, {
        method: "GET",
        headers: { authorization: `Bearer ${account.secrets.token ?? ""}` },
        timeoutMs: 10_000,
      });
      if (isFailure(reply)) return { failure: reply };
      const acct = (reply.body as { acct?: unknown } | null)?.acct;
      if (reply.status !== 200 || typeof acct !== "string") {
        return { failure: failureOf(reply, errorMessage(reply.body, reply.text), "disconnect") };
      }
      const host = new URL(base(account)).host;
      return { handle: acct.includes("@") ? `@${acct}` : `@${acct}@${host}`, secrets: {} };
    },
    async reconcile(req, lastAttemptAt, now): Promise<ReconcileResult> {
      // Within the key's lifetime a repeat is answered with the original status, never a second.
      if (now.getTime() - Date.parse(lastAttemptAt) > IDEMPOTENCY_WINDOW_MS) {
        return { status: "unknown", reason: "the Idempotency-Key has expired on the instance" };
      }
      const r = await publish(req);
      if (r.status === "published") return { status: "found", remoteId: r.remoteId, url: r.url };
      return { status: "unknown", reason: r.failure.message };
    },
    async refresh() {
      return {
        failure: {
          kind: "disconnect",
          message: "Mastodon tokens do not expire; reconnect the account",
        },
      };
    },
  };
}
