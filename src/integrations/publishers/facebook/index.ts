/**
 * Facebook Pages provider (Meta for Developers, Pages API "Get Started" and Graph API
 * "Handling Errors"). A personal profile has no posting API: it gets the text and a sharer link
 * from compose and the hand-over path; a Page posts with `POST /{version}/{page-id}/feed`
 * (`message`, `link`) and a Page access token, answered `{ id: "<page>_<post>" }`. Facebook
 * builds the link preview itself. Errors are `{ error: { message, type, code, error_subcode,
 * fbtrace_id } }`, sorted by `code`: 190/102 token → refresh (a new Page token from a stored
 * long-lived user token, else reconnect); 1, 2, 4, 17, 32, 341, 368, 613 → retry (with
 * `X-Business-Use-Case-Usage`'s `estimated_time_to_regain_access`, minutes); 100 → bad request;
 * 10 and 200–299 → permission gone; 506 (duplicate post) → look the message up among the Page's
 * recent posts, which is also how an interrupted send is reconciled.
 */
import type { FailureKind, PublishFailure } from "../../../domain/publishing/failures.js";
import type {
  AccountCredentials,
  Publisher,
  PublishRequest,
  PublishResult,
  ReconcileResult,
} from "../../../services/publishing/ports.js";
import { call, failureOf, type HttpReply, isFailure } from "../http.js";

export const DEFAULT_GRAPH = "https://graph.facebook.com";
export const GRAPH_VERSION = "v23.0";

const RETRY_CODES = new Set([1, 2, 4, 17, 32, 341, 368, 613]);

function graph(a: AccountCredentials): string {
  return `${(a.serviceUrl ?? DEFAULT_GRAPH).replace(/\/+$/, "")}/${GRAPH_VERSION}`;
}

interface GraphError {
  message?: string;
  code?: number;
  error_subcode?: number;
}

function graphError(reply: HttpReply): GraphError {
  return ((reply.body ?? {}) as { error?: GraphError }).error ?? {};
}

/** Minutes from `X-Business-Use-Case-Usage` / `X-Page-Usage`, when Facebook says so. */
function regainMs(headers: Headers): number | undefined {
  for (const name of ["x-business-use-case-usage", "x-page-usage", "x-app-usage"]) {
    const raw = headers.get(name);
    if (raw === null) continue;
    const found = /"estimated_time_to_regain_access"\s*:\s*(\d+)/.exec(raw);
    if (found?.[1] !== undefined && Number(found[1]) > 0) return Number(found[1]) * 60_000;
  }
  return undefined;
}

/** Sorts a Graph API error by its code (the HTTP status alone is often just 400). */
export function facebookFailure(reply: HttpReply): PublishFailure {
  const e = graphError(reply);
  const code = e.code ?? 0;
  const message = `(#${code}${e.error_subcode ? `/${e.error_subcode}` : ""}) ${e.message ?? reply.text.slice(0, 200)}`;
  let kind: FailureKind | undefined;
  if (code === 190 || code === 102) kind = "refresh-token";
  else if (RETRY_CODES.has(code)) kind = "retry";
  else if (code === 10 || (code >= 200 && code <= 299)) kind = "disconnect";
  else if (code === 100 || code === 506) kind = "bad-request";
  const failure = failureOf(reply, message, kind);
  const wait = regainMs(reply.headers);
  if (kind === "retry" && wait !== undefined)
    failure.retryAfterMs = Math.max(failure.retryAfterMs ?? 0, wait);
  return failure;
}

function auth(token: string | undefined): Record<string, string> {
  return { authorization: `Bearer ${token ?? ""}` };
}

/** The Page's posts since `since` whose message is exactly ours. */
async function findOnPage(req: PublishRequest, since: string): Promise<ReconcileResult> {
  const a = req.account;
  const url = new URL(`${graph(a)}/${encodeURIComponent(a.handle)}/posts`);
  url.searchParams.set("fields", "id,message,created_time,permalink_url");
  url.searchParams.set("since", String(Math.floor(Date.parse(since) / 1000) - 60));
  const r = await call(url.toString(), { method: "GET", headers: auth(a.secrets.token) });
  if (isFailure(r)) return { status: "unknown", reason: r.message };
  if (r.status !== 200) return { status: "unknown", reason: facebookFailure(r).message };
  const posts = ((r.body as { data?: unknown[] })?.data ?? []) as Array<{
    id: string;
    message?: string;
    permalink_url?: string;
  }>;
  const hit = posts.find((p) => (p.message ?? "").trim() === req.text.trim());
  if (hit === undefined) return { status: "absent" };
  return { status: "found", remoteId: hit.id, url: hit.permalink_url ?? null };
}

async function publish(req: PublishRequest): Promise<PublishResult> {
  const a = req.account;
  const form = new URLSearchParams({ message: req.text });
  if (req.link !== null) form.set("link", req.link.url);
  const r = await call(`${graph(a)}/${encodeURIComponent(a.handle)}/feed`, {
    method: "POST",
    headers: { ...auth(a.secrets.token), "content-type": "application/x-www-form-urlencoded" },
    body: form.toString(),
  });
  if (isFailure(r)) return { status: "failed", failure: r };
  if (r.status === 200) {
    const id = String((r.body as { id?: unknown })?.id ?? "");
    return { status: "published", remoteId: id, url: `https://www.facebook.com/${id}` };
  }
  const failure = facebookFailure(r);
  if (graphError(r).code === 506) {
    const found = await findOnPage(req, req.firstAttemptAt);
    if (found.status === "found")
      return { status: "published", remoteId: found.remoteId, url: found.url };
  }
  return { status: "failed", failure };
}

/**
 * @example
 * const page = facebookPagePublisher();
 * await page.publish({ account: { handle: PAGE_ID, serviceUrl: null, secrets: { token } }, ... });
 */
export function facebookPagePublisher(): Publisher {
  return {
    limits: async () => ({}),
    publish,
    reconcile: (req, lastAttemptAt) => findOnPage(req, lastAttemptAt),
    async refresh(a) {
      const { userToken } = a.secrets;
      if (userToken === undefined) {
        return {
          failure: {
            kind: "disconnect",
            message: "the Page token was refused and no user token is stored; reconnect",
          },
        };
      }
      // A Page token fetched with a long-lived user token does not expire (Access Tokens guide).
      const r = await call(`${graph(a)}/${encodeURIComponent(a.handle)}?fields=access_token`, {
        method: "GET",
        headers: auth(userToken),
      });
      if (isFailure(r)) return { failure: r };
      const token = (r.body as { access_token?: string } | null)?.access_token;
      if (r.status !== 200 || token === undefined)
        return { failure: { ...facebookFailure(r), kind: "disconnect" } };
      return { secrets: { ...a.secrets, token }, expiresAt: null };
    },
  };
}
