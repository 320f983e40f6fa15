import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  type Clock,
  createFetcher,
  type FetcherOptions,
  type Resolver,
} from "../../../src/integrations/feeds/fetch/index.js";
import { Politeness, PRUNE_EVERY } from "../../../src/integrations/feeds/fetch/politeness.js";
import { startTestServer, type TestServer } from "./server.js";

/** Time moves only when the test says so; sleepers wake when their time has come. */
class ManualClock implements Clock {
  private sleepers: Array<{ at: number; wake: () => void }> = [];
  constructor(private t = 0) {}
  now = () => this.t;
  sleep = (ms: number) =>
    new Promise<void>((wake) => this.sleepers.push({ at: this.t + ms, wake }));
  get sleeping() {
    return this.sleepers.length;
  }
  advance(ms: number) {
    this.t += ms;
    const due = this.sleepers.filter((s) => s.at <= this.t);
    this.sleepers = this.sleepers.filter((s) => s.at > this.t);
    for (const s of due) s.wake();
  }
}

const toLoopback: Resolver = async () => [{ address: "127.0.0.1", family: 4 }];
let server: TestServer;
let clock = new ManualClock();
const fetcherFor = (options: Partial<FetcherOptions> = {}) =>
  createFetcher({
    version: "1",
    allowPrivateNetworks: true,
    resolver: toLoopback,
    perHostDelayMs: 0,
    ...options,
  });
const url = (host: string, path: string) => `http://${host}:${server.port}${path}`;

beforeAll(async () => {
  server = await startTestServer(
    {
      "/feed.xml": { body: "<rss/>" },
      "/429": { status: 429, headers: { "retry-after": "120" } },
      "/429-forever": { status: 429, headers: { "retry-after": "999999999" } },
      "/429-bare": { status: 429 },
      "/503-date": () => ({
        status: 503,
        headers: { "retry-after": new Date(clock.now() + 90_000).toUTCString() },
      }),
    },
    { now: () => clock.now() },
  );
});
afterAll(() => server.close());

/** Peak number of requests a fresh server sees in flight when `fetches` run at once. */
async function peakInFlight(options: Partial<FetcherOptions>, hosts: string[], perHost: number) {
  const probe = await startTestServer({ "/slow": { body: "x", delayMs: 150 } });
  const f = fetcherFor(options);
  const all = hosts.flatMap((h) =>
    Array.from({ length: perHost }, () => f.fetch({ url: `http://${h}:${probe.port}/slow` })),
  );
  const results = await Promise.all(all);
  await probe.close();
  expect(results.filter((r) => r.status === "ok")).toHaveLength(all.length);
  return probe.maxInFlight;
}

describe("concurrency limits", () => {
  it("keeps at most maxPerHost requests in flight per host", async () => {
    expect(await peakInFlight({ maxPerHost: 2 }, ["one.test"], 6)).toBe(2);
    // Control: without the limit the server really sees them all at once.
    expect(await peakInFlight({ maxPerHost: 6 }, ["one.test"], 6)).toBe(6);
  });

  it("keeps at most maxConcurrency requests in flight across hosts", async () => {
    const hosts = ["a.test", "b.test", "c.test"];
    expect(await peakInFlight({ maxPerHost: 3, maxConcurrency: 4 }, hosts, 3)).toBe(4);
  });
});

describe("per-host delay", () => {
  it("spaces the starts of requests to one host by perHostDelayMs, other hosts unaffected", async () => {
    clock = new ManualClock(0);
    const f = fetcherFor({ perHostDelayMs: 1000, maxPerHost: 3, clock });
    const first = server.hits.length;
    const pending = [1, 2, 3].map(() => f.fetch({ url: url("paced.test", "/feed.xml") }));
    pending.push(f.fetch({ url: url("other.test", "/feed.xml") }));
    await vi.waitFor(() => expect(server.hits.length - first).toBe(2)); // one per host
    expect(clock.sleeping).toBe(2);
    clock.advance(999);
    expect(clock.sleeping).toBe(2); // not yet
    clock.advance(1);
    await vi.waitFor(() => expect(server.hits.length - first).toBe(3));
    await vi.waitFor(() => expect(clock.sleeping).toBe(1));
    clock.advance(1000);
    const results = await Promise.all(pending);
    expect(results.every((r) => r.status === "ok")).toBe(true);
    const paced = server.hits.slice(first).filter((h) => h.headers.host?.startsWith("paced.test"));
    expect(paced.map((h) => h.at)).toEqual([0, 1000, 2000]);
  });
});

describe("Retry-After", () => {
  it("returns retryAfterMs on 429 and does not ask the host again before then", async () => {
    clock = new ManualClock(1_000_000);
    const f = fetcherFor({ clock });
    const r = await f.fetch({ url: url("limited.test", "/429") });
    expect(r).toMatchObject({
      status: "error",
      kind: "rate-limited",
      httpStatus: 429,
      retryAfterMs: 120_000,
    });
    const hitsAfter429 = server.hits.length;
    clock.advance(60_000);
    const again = await f.fetch({ url: url("limited.test", "/feed.xml") });
    expect(again).toMatchObject({ status: "error", kind: "rate-limited", retryAfterMs: 60_000 });
    expect(server.hits.length).toBe(hitsAfter429); // the server was not asked
    expect((await f.fetch({ url: url("elsewhere.test", "/feed.xml") })).status).toBe("ok");
    clock.advance(60_000);
    expect((await f.fetch({ url: url("limited.test", "/feed.xml") })).status).toBe("ok");
  });

  it("reads an HTTP date on 503 and classifies it as retry", async () => {
    clock = new ManualClock(Date.parse("2025-03-01T12:00:00Z"));
    const r = await fetcherFor({ clock }).fetch({ url: url("busy.test", "/503-date") });
    expect(r).toMatchObject({
      status: "error",
      kind: "retry",
      httpStatus: 503,
      retryAfterMs: 90_000,
    });
  });

  it("caps an absurd Retry-After and ignores a missing one", async () => {
    clock = new ManualClock(0);
    const f = fetcherFor({ clock, maxRetryAfterMs: 3_600_000 });
    const capped = await f.fetch({ url: url("greedy.test", "/429-forever") });
    expect(capped).toMatchObject({ kind: "rate-limited", retryAfterMs: 3_600_000 });
    const bare = await f.fetch({ url: url("bare.test", "/429-bare") });
    expect(bare).toMatchObject({ status: "error", kind: "rate-limited", httpStatus: 429 });
    expect(bare.status === "error" && bare.retryAfterMs).toBeUndefined();
    expect((await f.fetch({ url: url("bare.test", "/feed.xml") })).status).toBe("ok");
  });
});

describe("Politeness host state", () => {
  it("forgets idle hosts but keeps busy, delayed and rate-limited ones", async () => {
    const manual = new ManualClock(1_000);
    const p = new Politeness({
      maxConcurrency: 1000,
      maxPerHost: 1,
      perHostDelayMs: 100,
      clock: manual,
    });
    const busy = await p.acquire("busy.test");
    p.blockFor("limited.test", 60_000);
    for (let i = 0; i < PRUNE_EVERY; i++) (await p.acquire(`h${i}.test`))();
    // Just after their requests, the idle hosts' per-host delay still applies: nothing pruned.
    expect(p.trackedHosts).toBe(PRUNE_EVERY + 2);
    manual.advance(1_000);
    for (let i = 0; i < PRUNE_EVERY; i++) (await p.acquire(`n${i}.test`))();
    // The first batch is gone; busy, limited and the fresh batch (still in their delay) stay.
    expect(p.trackedHosts).toBeLessThanOrEqual(PRUNE_EVERY + 2);
    expect(p.blockedFor("limited.test")).toBeGreaterThan(0);
    // The busy host's slot is still held: a second request must wait for its release.
    let second = false;
    const waiting = p.acquire("busy.test").then((release) => {
      second = true;
      release();
    });
    await Promise.resolve();
    expect(second).toBe(false);
    busy();
    manual.advance(1_000);
    await waiting;
    expect(second).toBe(true);
  });
});
