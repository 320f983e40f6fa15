import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.js";
import { configSchema } from "../../src/config/schema.js";
import { SqlFeedStore } from "../../src/db/feed-store.js";
import { withColdBudget } from "../../src/server/data/cold-budget.js";
import { cachedUntilChange } from "../../src/server/data/store-cache.js";
import { startWarmUp } from "../../src/server/data/warm-up.js";
import { type Harness, harness } from "./harness.js";

let app: App;
beforeAll(async () => {
  app = await createApp(configSchema.parse({ dataDir: "/nonexistent" }), ":memory:");
});
afterAll(() => app.close());

const slow = (ms: number, value: string) =>
  new Promise<string>((resolve) => setTimeout(() => resolve(value), ms));

/** A handler that renders a cached model, as the page routes do. */
function handlerOver(key: string, compute: () => Promise<string>) {
  return async (request: Request) => {
    const value = await cachedUntilChange(app, key, compute);
    return new Response(`page ${value} ${request.method}`, { status: 200 });
  };
}

describe("withColdBudget", () => {
  it("answers 'still computing' with Retry-After and a refresh when a model is not ready", async () => {
    const served = withColdBudget(
      handlerOver("slow", () => slow(400, "A")),
      20,
    );
    const res = await served(
      new Request("http://localhost/network", { headers: { "accept-language": "de" } }),
    );
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("2");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    const text = await res.text();
    expect(text).toContain('http-equiv="refresh"');
    expect(text).toContain("Wird noch berechnet");
    // The computation went on and is shared: once done, the page is served from it.
    await slow(450, "");
    expect(await (await served(new Request("http://localhost/network"))).text()).toBe("page A GET");
  });

  it("answers the API with a JSON 503 in English, and never cuts a write short", async () => {
    const served = withColdBudget(
      handlerOver("slow2", () => slow(300, "B")),
      20,
    );
    const res = await served(new Request("http://localhost/api/network"));
    expect(res.status).toBe(503);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("warming");
    expect(body.error.message).toContain("still computing");
    const post = await withColdBudget(
      handlerOver("slow3", () => slow(100, "C")),
      20,
    )(new Request("http://localhost/x", { method: "POST" }));
    expect(await post.text()).toBe("page C POST");
  });

  it("passes a ready model straight through", async () => {
    const served = withColdBudget(
      handlerOver("fast", async () => "D"),
      20,
    );
    const res = await served(new Request("http://localhost/"));
    expect([res.status, await res.text()]).toEqual([200, "page D GET"]);
  });
});

describe("startWarmUp", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h.close());

  it("fills the models after the start and again after the store changed", async () => {
    const a = h.deps.app();
    const warm = startWarmUp(() => a, 20);
    await warm.idle();
    const cached = (key: string) =>
      cachedUntilChange(a, key, () => Promise.reject(new Error(`${key} was not warm`)));
    for (const key of ["reportsPerSnapshot", "networkData", "triage", "invitations"]) {
      await expect(cached(key), key).resolves.toBeDefined();
    }
    await new SqlFeedStore(a.db).add({ url: "https://a.example/feed.xml" }, "2026-01-01T00:00Z");
    await expect(cached("networkData")).rejects.toThrow("was not warm");
    // The poll sees the change and a new round fills the models again (rounds are awaited,
    // not timed: a loaded machine only makes this loop turn more often).
    for (let i = 0; i < 100; i++) {
      await slow(30, "");
      await warm.idle();
      const ok = await cached("networkData").then(
        () => true,
        () => false,
      );
      if (ok) break;
    }
    warm.stop();
    await expect(cached("networkData")).resolves.toBeDefined();
    await expect(cached("triage")).resolves.toBeDefined();
  });
});
