/**
 * A loopback Bluesky PDS following the XRPC contract (docs.bsky.app): createSession /
 * refreshSession (access tokens expire: 400 `ExpiredToken`), uploadBlob, createRecord (fails
 * when the rkey exists), getRecord (400 `RecordNotFound`), resolveHandle.
 */
import { json, type LoopbackServer, startLoopback } from "./server.js";

export interface FakeBluesky extends LoopbackServer {
  records: Map<string, Record<string, unknown>>;
  blobs: Buffer[];
  /** Make the current access token expire. */
  expireAccess(): void;
}

export async function startFakeBluesky(options: {
  handle: string;
  appPassword: string;
}): Promise<FakeBluesky> {
  const did = "did:plc:fake123";
  const records = new Map<string, Record<string, unknown>>();
  const blobs: Buffer[] = [];
  let access = "";
  let refresh = "";
  let n = 0;
  const issue = () => {
    n += 1;
    access = `access-${n}`;
    refresh = `refresh-${n}`;
    return { accessJwt: access, refreshJwt: refresh, handle: options.handle, did };
  };
  const authed = (h: string | undefined) => h === `Bearer ${access}` && access !== "";
  const server = await startLoopback((req, res) => {
    const url = new URL(req.path, "http://x");
    const nsid = url.pathname.replace("/xrpc/", "");
    const body = () => JSON.parse(req.body.toString("utf8") || "{}");
    switch (nsid) {
      case "com.atproto.server.createSession": {
        const b = body();
        if (b.identifier !== options.handle || b.password !== options.appPassword) {
          return json(res, 401, {
            error: "AuthenticationRequired",
            message: "Invalid identifier or password",
          });
        }
        return json(res, 200, issue());
      }
      case "com.atproto.server.refreshSession":
        if (req.headers.authorization !== `Bearer ${refresh}` || refresh === "") {
          return json(res, 400, { error: "ExpiredToken", message: "Token has expired" });
        }
        return json(res, 200, issue());
      case "com.atproto.identity.resolveHandle":
        return url.searchParams.get("handle") === "alice.bsky.social"
          ? json(res, 200, { did: "did:plc:alice" })
          : json(res, 400, { error: "InvalidRequest", message: "Unable to resolve handle" });
      case "com.atproto.repo.getRecord": {
        const r = records.get(url.searchParams.get("rkey") ?? "");
        return r === undefined
          ? json(res, 400, { error: "RecordNotFound", message: "Could not locate record" })
          : json(res, 200, {
              uri: `at://${did}/app.bsky.feed.post/${url.searchParams.get("rkey")}`,
              value: r,
            });
      }
    }
    if (!authed(req.headers.authorization as string | undefined)) {
      return json(res, 400, { error: "ExpiredToken", message: "Token has expired" });
    }
    if (nsid === "com.atproto.repo.uploadBlob") {
      if (req.body.length > 1_000_000)
        return json(res, 400, { error: "BlobTooLarge", message: "too large" });
      blobs.push(req.body);
      return json(res, 200, {
        blob: {
          $type: "blob",
          ref: { $link: `bafkrei${blobs.length}` },
          mimeType: req.headers["content-type"],
          size: req.body.length,
        },
      });
    }
    if (nsid === "com.atproto.repo.createRecord") {
      const b = body();
      if (b.repo !== did || b.collection !== "app.bsky.feed.post")
        return json(res, 400, { error: "InvalidRequest", message: "bad repo or collection" });
      if (records.has(b.rkey))
        return json(res, 400, { error: "InvalidRequest", message: "Record already exists" });
      const text = String(b.record?.text ?? "");
      if ([...new Intl.Segmenter().segment(text)].length > 300 || Buffer.byteLength(text) > 3000) {
        return json(res, 400, {
          error: "InvalidRequest",
          message:
            "Invalid app.bsky.feed.post record: Record/text must not be longer than 300 graphemes",
        });
      }
      records.set(b.rkey, b.record);
      return json(res, 200, { uri: `at://${did}/app.bsky.feed.post/${b.rkey}`, cid: "bafyfake" });
    }
    json(res, 404, { error: "MethodNotImplemented", message: nsid });
  });
  return Object.assign(server, {
    records,
    blobs,
    expireAccess: () => {
      access = `expired-${n}`;
    },
  });
}
