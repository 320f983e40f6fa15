/**
 * LinkedIn provider (Microsoft Learn, LinkedIn Marketing "Posts API" and "Images API"): every
 * call sends `Authorization: Bearer`, `LinkedIn-Version: YYYYMM` and
 * `X-Restli-Protocol-Version: 2.0.0`. The thumbnail is uploaded first
 * (`POST /rest/images?action=initializeUpload`, then `PUT` to the returned `uploadUrl`), because
 * LinkedIn does not fetch previews for API posts; then `POST /rest/posts` with the escaped
 * "little text" commentary and an `article` content (source, title, description, thumbnail).
 * The new post's URN comes back in the `x-restli-id` header (201). Errors are
 * `{ status, serviceErrorCode, code, message }`. A member's own posts cannot be listed without
 * restricted permissions, so an interrupted send cannot be looked up: it needs a person.
 */
import type { PublishFailure } from "../../../domain/publishing/failures.js";
import { escapeLittleText } from "../../../domain/publishing/little-text.js";
import type {
  AccountCredentials,
  LinkCard,
  Publisher,
  PublishRequest,
  PublishResult,
} from "../../../services/publishing/ports.js";
import { call, failureOf, type HttpReply, isFailure } from "../http.js";

export const DEFAULT_API = "https://api.linkedin.com";
/** The default Posts API version (config `publishing.linkedinVersion` overrides it). */
export const LINKEDIN_VERSION = "202506";
export const OAUTH_BASE = "https://www.linkedin.com";
/** Sign In with LinkedIn (OpenID Connect) for the member id, plus posting on their behalf. */
export const SCOPES = ["openid", "profile", "w_member_social"];

function api(a: AccountCredentials): string {
  return (a.serviceUrl ?? DEFAULT_API).replace(/\/+$/, "");
}

function headers(a: AccountCredentials, version: string): Record<string, string> {
  return {
    authorization: `Bearer ${a.secrets.token ?? ""}`,
    "linkedin-version": version,
    "x-restli-protocol-version": "2.0.0",
    "content-type": "application/json",
  };
}

function linkedInError(reply: HttpReply): PublishFailure {
  const b = (reply.body ?? {}) as { code?: string; message?: string; serviceErrorCode?: number };
  const message = `${b.code ?? b.serviceErrorCode ?? "error"}: ${b.message ?? reply.text.slice(0, 200)}`;
  if (reply.status === 401) {
    return failureOf(
      reply,
      message,
      b.code === "EXPIRED_ACCESS_TOKEN" ? "refresh-token" : "disconnect",
    );
  }
  return failureOf(reply, message);
}

async function uploadThumbnail(
  a: AccountCredentials,
  card: LinkCard,
  version: string,
): Promise<string | null | PublishFailure> {
  if (card.image === null) return null;
  const init = await call(`${api(a)}/rest/images?action=initializeUpload`, {
    method: "POST",
    headers: headers(a, version),
    body: JSON.stringify({ initializeUploadRequest: { owner: a.handle } }),
  });
  if (isFailure(init)) return init;
  if (init.status !== 200) return linkedInError(init);
  const value = (init.body as { value?: { uploadUrl?: string; image?: string } }).value;
  if (value?.uploadUrl === undefined || value.image === undefined)
    return { kind: "retry", message: "initializeUpload answered without uploadUrl" };
  const put = await call(value.uploadUrl, {
    method: "PUT",
    headers: {
      authorization: `Bearer ${a.secrets.token ?? ""}`,
      "content-type": card.image.mimeType,
    },
    body: new Uint8Array(card.image.bytes),
  });
  if (isFailure(put)) return put;
  if (put.status < 200 || put.status >= 300) return linkedInError(put);
  return value.image;
}

async function publish(req: PublishRequest, version: string): Promise<PublishResult> {
  const a = req.account;
  const body: Record<string, unknown> = {
    author: a.handle,
    commentary: escapeLittleText(req.text),
    visibility: "PUBLIC",
    distribution: {
      feedDistribution: "MAIN_FEED",
      targetEntities: [],
      thirdPartyDistributionChannels: [],
    },
    lifecycleState: "PUBLISHED",
    isReshareDisabledByAuthor: false,
  };
  if (req.link !== null) {
    const thumb = await uploadThumbnail(a, req.link, version);
    if (thumb !== null && typeof thumb !== "string") return { status: "failed", failure: thumb };
    const article: Record<string, unknown> = {
      source: req.link.url,
      title: req.link.title,
      description: req.link.description,
    };
    if (thumb !== null) article.thumbnail = thumb;
    body.content = { article };
  }
  const r = await call(`${api(a)}/rest/posts`, {
    method: "POST",
    headers: headers(a, version),
    body: JSON.stringify(body),
  });
  if (isFailure(r)) return { status: "failed", failure: r };
  if (r.status !== 201) return { status: "failed", failure: linkedInError(r) };
  const urn = r.headers.get("x-restli-id") ?? "";
  return {
    status: "published",
    remoteId: urn,
    url: urn === "" ? null : `https://www.linkedin.com/feed/update/${urn}/`,
  };
}

/**
 * @example
 * const linkedin = linkedInPublisher();
 * await linkedin.publish({ account: { handle: "urn:li:person:abc", serviceUrl: null, secrets: { token } }, ... });
 */
export function linkedInPublisher(
  options: { oauthBase?: string; api?: string; version?: string } = {},
): Publisher {
  const version = options.version ?? LINKEDIN_VERSION;
  const oauthBase = (options.oauthBase ?? OAUTH_BASE).replace(/\/+$/, "");
  const apiBase = (options.api ?? DEFAULT_API).replace(/\/+$/, "");
  return {
    limits: async () => ({}),
    publish: (req) => publish(req, version),
    oauth: {
      authorizeUrl: `${oauthBase}/oauth/v2/authorization`,
      tokenUrl: `${oauthBase}/oauth/v2/accessToken`,
      scopes: SCOPES,
      pkce: "without-secret",
      clientAuth: "body",
      serviceUrl: apiBase === DEFAULT_API ? null : apiBase,
      async identify(token) {
        // OpenID Connect userinfo: `sub` is the member id the Posts API wants as author URN.
        const r = await call(`${apiBase}/v2/userinfo`, {
          method: "GET",
          headers: { authorization: `Bearer ${token}` },
        });
        const sub = isFailure(r) ? undefined : (r.body as { sub?: string } | null)?.sub;
        if (sub === undefined) throw new Error("LinkedIn did not say who the token belongs to");
        return { handle: `urn:li:person:${sub}`, secrets: {} };
      },
    },
    reconcile: async () => ({
      status: "unknown",
      reason: "LinkedIn offers no lookup of a member's posts to this app; check your profile",
    }),
    async refresh(a) {
      const { refreshToken, clientId, clientSecret } = a.secrets;
      if (refreshToken === undefined || clientId === undefined || clientSecret === undefined) {
        return {
          failure: {
            kind: "disconnect",
            message: "LinkedIn token expired and no refresh token is stored; reconnect",
          },
        };
      }
      const oauth = (options.oauthBase ?? a.serviceUrl ?? "https://www.linkedin.com").replace(
        /\/+$/,
        "",
      );
      const r = await call(`${oauth}/oauth/v2/accessToken`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          grant_type: "refresh_token",
          refresh_token: refreshToken,
          client_id: clientId,
          client_secret: clientSecret,
        }).toString(),
      });
      if (isFailure(r)) return { failure: r };
      if (r.status !== 200)
        return { failure: { ...failureOf(r, r.text.slice(0, 200)), kind: "disconnect" } };
      const t = r.body as { access_token: string; expires_in: number; refresh_token?: string };
      return {
        secrets: {
          ...a.secrets,
          token: t.access_token,
          ...(t.refresh_token === undefined ? {} : { refreshToken: t.refresh_token }),
        },
        expiresAt: new Date(Date.now() + t.expires_in * 1000).toISOString(),
      };
    },
  };
}
