import { afterEach, describe, expect, it } from "vitest";
import { facebookPagePublisher } from "../../../src/integrations/publishers/facebook/index.js";
import type { PublishRequest } from "../../../src/services/publishing/ports.js";
import { type FakeFacebook, startFakeFacebook } from "../../fakes/publishers/facebook.js";

let fake: FakeFacebook;
afterEach(async () => {
  await fake?.close();
});

function request(secrets: Record<string, string>, text = "Sommerfest im Verein"): PublishRequest {
  return {
    account: { handle: "1234", serviceUrl: fake.url, secrets },
    text,
    link: { url: "https://blog.example.com/p", title: "T", description: "", image: null },
    idempotencyKey: "tellerrand-1-facebook",
    firstAttemptAt: new Date(Date.now() - 1000).toISOString(),
    lang: "de",
  };
}

const error = (code: number, message: string) => ({
  error: { message, type: "OAuthException", code, fbtrace_id: "x" },
});

describe("Facebook Page provider", () => {
  it("posts message and link to the Page feed with the Page token", async () => {
    fake = await startFakeFacebook({ pageId: "1234", pageToken: "pt" });
    const r = await facebookPagePublisher().publish(request({ token: "pt" }));
    expect(r).toEqual({
      status: "published",
      remoteId: "1234_100",
      url: "https://www.facebook.com/1234_100",
    });
    expect(fake.posts[0]).toMatchObject({
      message: "Sommerfest im Verein",
      link: "https://blog.example.com/p",
    });
  });

  it("sorts Graph error codes: rate limits retry, 100 bad request, 10/200 disconnect", async () => {
    fake = await startFakeFacebook({ pageId: "1234", pageToken: "pt" });
    const usage = JSON.stringify({
      "1234": [{ type: "pages", call_count: 100, estimated_time_to_regain_access: 7 }],
    });
    fake.script(
      "/v23.0/1234/feed",
      ...[4, 17, 32, 613].map((code) => ({
        status: 400,
        headers: { "x-business-use-case-usage": usage },
        body: error(code, "Application request limit reached"),
      })),
      { status: 400, body: error(100, "(#100) Invalid parameter") },
      { status: 403, body: error(200, "(#200) Permissions error") },
      { status: 400, body: error(10, "(#10) Application does not have permission") },
    );
    const p = facebookPagePublisher();
    for (let i = 0; i < 4; i += 1) {
      const r = await p.publish(request({ token: "pt" }));
      expect(r.status === "failed" && r.failure).toMatchObject({
        kind: "retry",
        retryAfterMs: 7 * 60_000,
      });
    }
    const bad = await p.publish(request({ token: "pt" }));
    expect(bad.status === "failed" && bad.failure.kind).toBe("bad-request");
    expect(bad.status === "failed" && bad.failure.message).toContain("Invalid parameter");
    for (let i = 0; i < 2; i += 1) {
      const r = await p.publish(request({ token: "pt" }));
      expect(r.status === "failed" && r.failure.kind).toBe("disconnect");
    }
    expect(fake.posts).toHaveLength(0);
  });

  it("answers code 190 with a refresh: a new Page token from the user token, else reconnect", async () => {
    fake = await startFakeFacebook({ pageId: "1234", pageToken: "pt", userToken: "ut" });
    const p = facebookPagePublisher();
    const expired = await p.publish(request({ token: "old" }));
    expect(expired.status === "failed" && expired.failure.kind).toBe("refresh-token");
    const none = await p.refresh(request({ token: "old" }).account);
    expect("failure" in none && none.failure.kind).toBe("disconnect");
    const renewed = await p.refresh(request({ token: "old", userToken: "ut" }).account);
    if ("failure" in renewed) throw new Error(renewed.failure.message);
    expect(renewed.secrets.token).toBe("pt-renewed");
    expect(await p.publish(request(renewed.secrets))).toMatchObject({ status: "published" });
  });

  it("settles a duplicate (506) and a crash by the Page's recent posts", async () => {
    fake = await startFakeFacebook({ pageId: "1234", pageToken: "pt" });
    const p = facebookPagePublisher();
    const req = request({ token: "pt" });
    const since = new Date(Date.now() - 5000).toISOString();
    expect(await p.reconcile(req, since, new Date())).toEqual({ status: "absent" });
    const first = await p.publish(req);
    expect(await p.publish(req)).toMatchObject({
      status: "published",
      remoteId: first.status === "published" ? first.remoteId : "",
    });
    expect(fake.posts).toHaveLength(1);
    expect(await p.reconcile(req, since, new Date())).toMatchObject({
      status: "found",
      remoteId: "1234_100",
    });
    const old = { ...req, firstAttemptAt: new Date(Date.now() + 3600_000).toISOString() };
    const dup = await p.publish(old);
    expect(dup.status === "failed" && dup.failure.kind).toBe("bad-request");
  });
});
