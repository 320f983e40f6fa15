import { afterEach, describe, expect, it } from "vitest";
import { blueskyPublisher } from "../../../src/integrations/publishers/bluesky/index.js";
import { recordKey } from "../../../src/integrations/publishers/bluesky/tid.js";
import { waitFromHeaders } from "../../../src/integrations/publishers/http.js";
import { linkedInPublisher } from "../../../src/integrations/publishers/linkedin/index.js";
import { mastodonPublisher } from "../../../src/integrations/publishers/mastodon/index.js";
import type { PublishRequest } from "../../../src/services/publishing/ports.js";
import { startFakeBluesky } from "../../fakes/publishers/bluesky.js";
import { startFakeLinkedIn } from "../../fakes/publishers/linkedin.js";
import { startFakeMastodon } from "../../fakes/publishers/mastodon.js";

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

function request(
  serviceUrl: string,
  secrets: Record<string, string>,
  handle = "me",
): PublishRequest {
  return {
    account: { handle, serviceUrl, secrets },
    text: "hello",
    link: null,
    idempotencyKey: "tellerrand-1-x",
    firstAttemptAt: "2026-03-02T08:00:00.000Z",
    lang: "en",
  };
}

describe("rate-limit headers", () => {
  const now = Date.parse("2026-03-02T08:00:00Z");
  it("reads Retry-After seconds and dates, and reset headers as ISO or epoch seconds", () => {
    expect(waitFromHeaders(new Headers({ "retry-after": "120" }), now)).toBe(120_000);
    expect(
      waitFromHeaders(new Headers({ "retry-after": "Mon, 02 Mar 2026 08:01:00 GMT" }), now),
    ).toBe(60_000);
    expect(
      waitFromHeaders(new Headers({ "x-ratelimit-reset": "2026-03-02T08:05:00.000Z" }), now),
    ).toBe(300_000);
    expect(waitFromHeaders(new Headers({ "ratelimit-reset": String(now / 1000 + 30) }), now)).toBe(
      30_000,
    );
    expect(waitFromHeaders(new Headers(), now)).toBeUndefined();
  });
});

describe("Mastodon provider", () => {
  it("reads the instance limit and sends the Idempotency-Key; a repeat returns the same status", async () => {
    const fake = await startFakeMastodon({ token: "t", maxCharacters: 640 });
    closers.push(() => fake.close());
    const p = mastodonPublisher();
    const req = request(fake.url, { token: "t" });
    expect(await p.limits(req.account)).toEqual({ maxLength: 640 });
    const a = await p.publish(req);
    const b = await p.publish(req);
    expect(a).toEqual(b);
    expect(fake.statuses).toHaveLength(1);
    expect(fake.statuses[0]?.language).toBe("en");
  });

  it("classifies 429 with its reset, and a network error, as retry", async () => {
    const fake = await startFakeMastodon({ token: "t" });
    closers.push(() => fake.close());
    fake.script("/api/v1/statuses", {
      status: 429,
      headers: { "x-ratelimit-reset": new Date(Date.now() + 60_000).toISOString() },
      body: { error: "Too many requests" },
    });
    const r = await mastodonPublisher().publish(request(fake.url, { token: "t" }));
    expect(r.status === "failed" && r.failure.kind).toBe("retry");
    expect(r.status === "failed" && (r.failure.retryAfterMs ?? 0)).toBeGreaterThan(50_000);
    const down = await mastodonPublisher().publish(request("http://127.0.0.1:1", { token: "t" }));
    expect(down.status === "failed" && down.failure.kind).toBe("retry");
  });
});

describe("Bluesky provider", () => {
  it("derives a 13-character, sortable TID per entry", () => {
    const k1 = recordKey("2026-03-02T08:00:00.000Z", "tellerrand-1-bluesky");
    expect(k1).toMatch(/^[234567a-z]{13}$/);
    expect(recordKey("2026-03-02T08:00:00.000Z", "tellerrand-1-bluesky")).toBe(k1);
    expect(recordKey("2026-03-02T08:00:01.000Z", "tellerrand-1-bluesky") > k1).toBe(true);
  });

  it("asks for a session first, and sorts 429 and bad requests", async () => {
    const fake = await startFakeBluesky({ handle: "me.bsky.social", appPassword: "pw" });
    closers.push(() => fake.close());
    const p = blueskyPublisher();
    const none = await p.publish(request(fake.url, { appPassword: "pw" }, "me.bsky.social"));
    expect(none.status === "failed" && none.failure.kind).toBe("refresh-token");
    const s = await p.refresh({
      handle: "me.bsky.social",
      serviceUrl: fake.url,
      secrets: { appPassword: "pw" },
    });
    if ("failure" in s) throw new Error("login failed");
    const req = { ...request(fake.url, s.secrets, "me.bsky.social") };
    fake.script("/xrpc/com.atproto.repo.getRecord", {
      status: 429,
      headers: { "ratelimit-reset": String(Math.floor(Date.now() / 1000) + 60) },
      body: { error: "RateLimitExceeded", message: "slow down" },
    });
    const limited = await p.publish(req);
    expect(limited.status === "failed" && limited.failure.kind).toBe("retry");
    const tooLong = await p.publish({ ...req, text: "x".repeat(301) });
    expect(tooLong.status === "failed" && tooLong.failure).toMatchObject({
      kind: "bad-request",
      httpStatus: 400,
    });
  });
});

describe("LinkedIn provider", () => {
  it("sends the required headers and sorts revoked tokens as disconnect", async () => {
    const fake = await startFakeLinkedIn({ token: "good" });
    closers.push(() => fake.close());
    const p = linkedInPublisher();
    const ok = await p.publish(request(fake.url, { token: "good" }, "urn:li:person:1"));
    expect(ok).toMatchObject({ status: "published", remoteId: "urn:li:share:7001" });
    const revoked = await p.publish(request(fake.url, { token: "bad" }, "urn:li:person:1"));
    expect(revoked.status === "failed" && revoked.failure.kind).toBe("disconnect");
    fake.script("/rest/posts", {
      status: 503,
      headers: { "retry-after": "30" },
      body: { status: 503, message: "busy" },
    });
    const busy = await p.publish(request(fake.url, { token: "good" }, "urn:li:person:1"));
    expect(busy.status === "failed" && busy.failure).toMatchObject({
      kind: "retry",
      retryAfterMs: 30_000,
    });
    expect(await p.reconcile(request(fake.url, { token: "good" }), "", new Date())).toMatchObject({
      status: "unknown",
    });
  });
});
