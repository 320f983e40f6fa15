/**
 * Bluesky provider over XRPC (docs.bsky.app): `com.atproto.server.createSession` (handle + app
 * password) and `refreshSession`, `com.atproto.repo.uploadBlob` for the card thumbnail,
 * `com.atproto.repo.createRecord` of an `app.bsky.feed.post` with RichText facets (UTF-8 byte
 * offsets) and an `app.bsky.embed.external` card, `com.atproto.repo.getRecord` to look a post
 * up. Errors are `{ error, message }`; 429 carries `ratelimit-reset` (epoch seconds).
 */
import { RichText } from "@atproto/api";
import type { PublishFailure } from "../../../domain/publishing/failures.js";
import type {
  AccountCredentials,
  Publisher,
  PublishRequest,
  PublishResult,
  Secrets,
} from "../../../services/publishing/ports.js";
import { call, failureOf, type HttpReply, isFailure } from "../http.js";
import { recordKey } from "./tid.js";

export const DEFAULT_SERVICE = "https://bsky.social";
const COLLECTION = "app.bsky.feed.post";

function base(a: AccountCredentials): string {
  return (a.serviceUrl ?? DEFAULT_SERVICE).replace(/\/+$/, "");
}

function xrpcError(reply: HttpReply): PublishFailure {
  const b = (reply.body ?? {}) as { error?: string; message?: string };
  const message = `${b.error ?? "Error"}: ${b.message ?? reply.text.slice(0, 200)}`;
  const session = b.error === "ExpiredToken" || b.error === "InvalidToken" || reply.status === 401;
  return failureOf(reply, message, session ? "refresh-token" : undefined);
}

async function xrpc(
  a: AccountCredentials,
  method: "GET" | "POST",
  nsid: string,
  init: {
    body?: unknown;
    raw?: { bytes: Buffer; type: string };
    query?: Record<string, string>;
    token?: string;
  } = {},
) {
  const q = init.query === undefined ? "" : `?${new URLSearchParams(init.query)}`;
  const headers: Record<string, string> = {};
  const token = init.token ?? a.secrets.accessJwt;
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  let body: RequestInit["body"];
  if (init.raw !== undefined) {
    headers["content-type"] = init.raw.type;
    body = new Uint8Array(init.raw.bytes);
  } else if (init.body !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(init.body);
  }
  return call(`${base(a)}/xrpc/${nsid}${q}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body }),
  });
}

/** Facets for links, tags and mentions; mentions whose handle does not resolve are dropped. */
async function facets(a: AccountCredentials, text: string) {
  const rt = new RichText({ text });
  rt.detectFacetsWithoutResolution();
  const out = [];
  for (const facet of rt.facets ?? []) {
    const mention = facet.features.find((f) => f.$type === "app.bsky.richtext.facet#mention") as
      | { did: string }
      | undefined;
    if (mention !== undefined) {
      const r = await xrpc(a, "GET", "com.atproto.identity.resolveHandle", {
        query: { handle: mention.did },
      });
      if (isFailure(r) || r.status !== 200) continue;
      mention.did = String((r.body as { did?: unknown }).did);
    }
    out.push(facet);
  }
  return out;
}

function postUrl(a: AccountCredentials, rkey: string): string {
  return `https://bsky.app/profile/${a.handle}/post/${rkey}`;
}

async function existing(
  a: AccountCredentials,
  rkey: string,
): Promise<"found" | "absent" | PublishFailure> {
  const r = await xrpc(a, "GET", "com.atproto.repo.getRecord", {
    query: { repo: a.secrets.did ?? a.handle, collection: COLLECTION, rkey },
  });
  if (isFailure(r)) return r;
  if (r.status === 200) return "found";
  const err = (r.body as { error?: string } | null)?.error;
  return r.status === 400 && err === "RecordNotFound" ? "absent" : xrpcError(r);
}

async function embed(
  req: PublishRequest,
): Promise<Record<string, unknown> | PublishFailure | undefined> {
  if (req.link === null) return undefined;
  const external: Record<string, unknown> = {
    uri: req.link.url,
    title: req.link.title,
    description: req.link.description,
  };
  if (req.link.image !== null) {
    const r = await xrpc(req.account, "POST", "com.atproto.repo.uploadBlob", {
      raw: { bytes: req.link.image.bytes, type: req.link.image.mimeType },
    });
    if (isFailure(r)) return r;
    if (r.status !== 200) return xrpcError(r);
    external.thumb = (r.body as { blob: unknown }).blob;
  }
  return { $type: "app.bsky.embed.external", external };
}

async function publish(req: PublishRequest): Promise<PublishResult> {
  const a = req.account;
  if (a.secrets.accessJwt === undefined || a.secrets.did === undefined) {
    return {
      status: "failed",
      failure: { kind: "refresh-token", message: "no Bluesky session yet" },
    };
  }
  const rkey = recordKey(req.firstAttemptAt, req.idempotencyKey);
  const before = await existing(a, rkey);
  if (before === "found")
    return {
      status: "published",
      remoteId: `at://${a.secrets.did}/${COLLECTION}/${rkey}`,
      url: postUrl(a, rkey),
    };
  if (before !== "absent") return { status: "failed", failure: before };
  const card = await embed(req);
  if (card !== undefined && "kind" in card)
    return { status: "failed", failure: card as PublishFailure };
  const record: Record<string, unknown> = {
    $type: COLLECTION,
    text: req.text,
    facets: await facets(a, req.text),
    createdAt: req.firstAttemptAt,
  };
  if (req.lang !== null && req.lang !== "und") record.langs = [req.lang];
  if (card !== undefined) record.embed = card;
  const r = await xrpc(a, "POST", "com.atproto.repo.createRecord", {
    body: { repo: a.secrets.did, collection: COLLECTION, rkey, record },
  });
  if (isFailure(r)) return { status: "failed", failure: r };
  if (r.status !== 200) return { status: "failed", failure: xrpcError(r) };
  return {
    status: "published",
    remoteId: String((r.body as { uri?: unknown }).uri),
    url: postUrl(a, rkey),
  };
}

async function session(
  a: AccountCredentials,
): Promise<{ secrets: Secrets; expiresAt: null } | { failure: PublishFailure }> {
  const store = (b: unknown) => {
    const s = b as { accessJwt: string; refreshJwt: string; did: string };
    return {
      secrets: { ...a.secrets, accessJwt: s.accessJwt, refreshJwt: s.refreshJwt, did: s.did },
      expiresAt: null,
    };
  };
  if (a.secrets.refreshJwt !== undefined) {
    const r = await xrpc(a, "POST", "com.atproto.server.refreshSession", {
      token: a.secrets.refreshJwt,
    });
    if (!isFailure(r) && r.status === 200) return store(r.body);
  }
  const r = await xrpc(a, "POST", "com.atproto.server.createSession", {
    body: { identifier: a.handle, password: a.secrets.appPassword ?? "" },
    token: "",
  });
  if (isFailure(r)) return { failure: r };
  if (r.status === 200) return store(r.body);
  const f = xrpcError(r);
  // A refused app password cannot be fixed by retrying: the person must reconnect.
  return { failure: f.kind === "retry" ? f : { ...f, kind: "disconnect" } };
}

/**
 * @example
 * const bluesky = blueskyPublisher();
 * await bluesky.refresh({ handle: "me.bsky.social", serviceUrl: null, secrets: { appPassword: "xxxx-xxxx-xxxx-xxxx" } });
 */
export function blueskyPublisher(): Publisher {
  return {
    limits: async () => ({}),
    publish,
    async reconcile(req) {
      const rkey = recordKey(req.firstAttemptAt, req.idempotencyKey);
      const r = await existing(req.account, rkey);
      if (r === "found")
        return {
          status: "found",
          remoteId: `at://${req.account.secrets.did}/${COLLECTION}/${rkey}`,
          url: postUrl(req.account, rkey),
        };
      if (r === "absent") return { status: "absent" };
      return { status: "unknown", reason: r.message };
    },
    refresh: session,
    async verify(a) {
      // A fresh session proves the app password; its tokens are kept, so the first post needs none.
      const s = await session({ ...a, secrets: { appPassword: a.secrets.appPassword ?? "" } });
      return "failure" in s ? s : { handle: a.handle, secrets: s.secrets };
    },
  };
}
