import { afterEach, describe, expect, it } from "vitest";
import { xPublisher } from "../../../src/integrations/publishers/x/index.js";
import { samePost } from "../../../src/integrations/publishers/x/lookup.js";
import type { PublishRequest } from "../../../src/services/publishing/ports.js";
import { type FakeX, startFakeX } from "../../fakes/publishers/x.js";

let fake: FakeX;
afterEach(async () => {
  await fake?.close();
});

function request(
  secrets: Record<string, string>,
  text = "hello & <b> https://blog.example.com/p",
): PublishRequest {
  return {
    account: { handle: "@me_dev", serviceUrl: fake.url, secrets },
    text,
    link: null,
    idempotencyKey: "tellerrand-1-x",
    firstAttemptAt: new Date(Date.now() - 1000).toISOString(),
    lang: "en",
  };
}

describe("X provider", () => {
  it("posts with the Bearer user token and returns the post's id and URL", async () => {
    fake = await startFakeX({ token: "tok" });
    const r = await xPublisher().publish(request({ token: "tok" }));
    expect(r).toMatchObject({ status: "published", remoteId: fake.tweets[0]?.id });
    expect(r.status === "published" && r.url).toBe(
      `https://x.com/me_dev/status/${fake.tweets[0]?.id}`,
    );
    const sent = fake.received.find((q) => q.path === "/2/tweets");
    expect(JSON.parse(sent?.body.toString() ?? "{}")).toEqual({
      text: "hello & <b> https://blog.example.com/p",
    });
    expect(sent?.headers["content-type"]).toBe("application/json");
  });

  it("sorts 429 by x-rate-limit-reset and by the 24-hour cap, 5xx and network errors as retry", async () => {
    fake = await startFakeX({ token: "tok" });
    const now = Math.floor(Date.now() / 1000);
    fake.script(
      "/2/tweets",
      {
        status: 429,
        headers: { "x-rate-limit-reset": String(now + 120) },
        body: {
          title: "Too Many Requests",
          detail: "Too Many Requests",
          type: "about:blank",
          status: 429,
        },
      },
      {
        status: 429,
        headers: {
          "x-rate-limit-reset": String(now + 60),
          "x-user-limit-24hour-remaining": "0",
          "x-user-limit-24hour-reset": String(now + 3600),
        },
        body: {
          title: "Too Many Requests",
          detail: "Too Many Requests",
          type: "about:blank",
          status: 429,
        },
      },
      {
        status: 503,
        body: {
          title: "Service Unavailable",
          detail: "over capacity",
          type: "about:blank",
          status: 503,
        },
      },
    );
    const p = xPublisher();
    const a = await p.publish(request({ token: "tok" }));
    expect(a.status === "failed" && a.failure.kind).toBe("retry");
    expect(a.status === "failed" && a.failure.retryAfterMs).toBeGreaterThan(110_000);
    const b = await p.publish(request({ token: "tok" }));
    expect(b.status === "failed" && b.failure.retryAfterMs).toBeGreaterThan(3_500_000);
    const c = await p.publish(request({ token: "tok" }));
    expect(c.status === "failed" && c.failure).toMatchObject({ kind: "retry", httpStatus: 503 });
    const d = await p.publish({
      ...request({ token: "tok" }),
      account: { handle: "@me", serviceUrl: "http://127.0.0.1:1", secrets: { token: "tok" } },
    });
    expect(d.status === "failed" && d.failure.kind).toBe("retry");
    expect(fake.tweets).toHaveLength(0);
  });

  it("answers 401 with a refresh when a refresh token is stored, else disconnect; refresh rotates", async () => {
    fake = await startFakeX({ token: "tok", clientId: "cid", clientSecret: "csecret" });
    const p = xPublisher();
    const expired = await p.publish(
      request({ token: "old", refreshToken: "refresh-1", clientId: "cid" }),
    );
    expect(expired.status === "failed" && expired.failure.kind).toBe("refresh-token");
    const bare = await p.publish(request({ token: "old" }));
    expect(bare.status === "failed" && bare.failure.kind).toBe("disconnect");
    const account = {
      handle: "@me_dev",
      serviceUrl: fake.url,
      secrets: {
        token: "old",
        refreshToken: "refresh-1",
        clientId: "cid",
        clientSecret: "csecret",
      },
    };
    const r = await p.refresh(account);
    if ("failure" in r) throw new Error(r.failure.message);
    expect(r.secrets).toMatchObject({ token: fake.token, refreshToken: fake.refreshToken });
    expect(Date.parse(r.expiresAt ?? "") - Date.now()).toBeGreaterThan(7_000_000);
    const tokenCall = fake.received.find((q) => q.path === "/2/oauth2/token");
    expect(tokenCall?.headers.authorization).toBe(
      `Basic ${Buffer.from("cid:csecret").toString("base64")}`,
    );
    // The old refresh token was rotated away: using it again is refused → disconnect.
    const again = await p.refresh(account);
    expect("failure" in again && again.failure.kind).toBe("disconnect");
    expect(await p.publish(request(r.secrets))).toMatchObject({ status: "published" });
  });

  it("keeps X's message on a bad request", async () => {
    fake = await startFakeX({ token: "tok" });
    const r = await xPublisher().publish(request({ token: "tok" }, "y".repeat(281)));
    expect(r.status === "failed" && r.failure).toMatchObject({
      kind: "bad-request",
      httpStatus: 400,
    });
    expect(r.status === "failed" && r.failure.message).toContain(
      "length must be between 1 and 280",
    );
  });

  it("settles a duplicate-content 403 by finding our own post, else as a bad request", async () => {
    fake = await startFakeX({ token: "tok" });
    const p = xPublisher();
    const first = await p.publish(request({ token: "tok", userId: "2244994945" }));
    const second = await p.publish(request({ token: "tok", userId: "2244994945" }));
    expect(second).toEqual(first);
    expect(fake.tweets).toHaveLength(1);
    // The same text posted long before our first attempt is someone else's doing: bad request.
    const later = {
      ...request({ token: "tok" }),
      firstAttemptAt: new Date(Date.now() + 3600_000).toISOString(),
    };
    const dup = await p.publish(later);
    expect(dup.status === "failed" && dup.failure).toMatchObject({
      kind: "bad-request",
      httpStatus: 403,
    });
    expect(dup.status === "failed" && dup.failure.message).toContain("duplicate content");
  });

  it("reconciles by the account's recent posts: found, absent, or unknown on a refused read", async () => {
    fake = await startFakeX({ token: "tok" });
    const p = xPublisher();
    const req = request({ token: "tok" });
    const since = new Date(Date.now() - 5000).toISOString();
    expect(await p.reconcile(req, since, new Date())).toEqual({ status: "absent" });
    await p.publish(req);
    const found = await p.reconcile(req, since, new Date());
    expect(found).toMatchObject({ status: "found", remoteId: fake.tweets[0]?.id });
    expect(fake.received.some((q) => q.path === "/2/users/me")).toBe(true);
    fake.timelineForbidden = true;
    const unknown = await p.reconcile(req, since, new Date());
    expect(unknown.status).toBe("unknown");
    expect(unknown.status === "unknown" && unknown.reason).toContain("HTTP 403");
  });

  it("matches texts X changed (t.co links, HTML escapes) and not other links", () => {
    const post = {
      id: "1",
      text: "a &amp; b https://t.co/abc",
      entities: {
        urls: [
          {
            start: 10,
            end: 27,
            url: "https://t.co/abc",
            expanded_url: "https://blog.example.com/p",
          },
        ],
      },
    };
    expect(samePost("a & b https://blog.example.com/p", post)).toBe(true);
    expect(samePost("a & b https://blog.example.com/q", post)).toBe(false);
    expect(samePost("a & c https://blog.example.com/p", post)).toBe(false);
  });
});
