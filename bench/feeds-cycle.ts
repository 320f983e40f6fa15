/**
 * Fetch-cycle benchmark (not a test): 2,000 subscribed feeds on a loopback server in a child
 * process (so the figures are the client's), 10% answering 500, 30% answering 304 to the stored
 * ETag, the rest 200 with 20 fresh items each. One full `runFetchCycle` with the real fetcher,
 * parser and SQLite store (a file in a temp folder), with the config's default politeness.
 * Host names `h0.bench` … `h99.bench` (20 feeds each) resolve to 127.0.0.1 through the
 * fetcher's injectable resolver, so per-host limits apply as they would on the internet.
 *
 * Run: npx tsx bench/feeds-cycle.ts [--feeds 2000] [--hosts 100]
 * Targets: wall time ≤ 30 s, peak RSS ≤ 200 MB.
 */
import { fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createApp } from "../src/app.js";
import { VERSION } from "../src/cli/context.js";
import { configSchema } from "../src/config/schema.js";
import { createFetcher } from "../src/integrations/feeds/fetch/index.js";
import { runFetchCycle } from "../src/services/feeds/refresh.js";
import { feedContext } from "../src/services/feeds/wiring.js";

const { values } = parseArgs({
  options: {
    feeds: { type: "string", default: "2000" },
    hosts: { type: "string", default: "100" },
    serve: { type: "boolean", default: false },
  },
});
const FEEDS = Number(values.feeds);
const HOSTS = Number(values.hosts);

/** What feed n does: every 10th fails, 3 of every 10 answer 304, the rest serve items. */
function role(n: number): "fail" | "304" | "ok" {
  const r = n % 10;
  return r === 0 ? "fail" : r <= 3 ? "304" : "ok";
}

function rss(n: number): string {
  const items = Array.from({ length: 20 }, (_, i) => {
    const body = `Post ${i} of feed ${n}. `.repeat(40);
    const day = new Date(Date.UTC(2026, 0, 1 + i)).toUTCString();
    return `<item><guid>urn:f${n}:${i}</guid><title>Feed ${n} post ${i}</title><link>https://f${n}.example/p/${i}?utm_source=rss</link><pubDate>${day}</pubDate><description><![CDATA[<p>${body}</p><script>x()</script>]]></description></item>`;
  }).join("");
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed ${n}</title><link>https://f${n}.example/</link>${items}</channel></rss>`;
}

function serve(): void {
  const server = createServer((req, res) => {
    const n = Number(/\/f\/(\d+)\.xml/.exec(req.url ?? "")?.[1] ?? -1);
    const kind = role(n);
    if (n < 0 || kind === "fail") return void res.writeHead(500).end("boom");
    if (kind === "304" && req.headers["if-none-match"] === '"v1"')
      return void res.writeHead(304).end();
    res.writeHead(200, { "content-type": "application/rss+xml", etag: '"v1"' }).end(rss(n));
  });
  server.listen(0, "127.0.0.1", () => {
    process.send?.((server.address() as AddressInfo).port);
  });
  process.on("disconnect", () => process.exit(0));
}

async function bench(): Promise<void> {
  const child = fork(process.argv[1] as string, ["--serve"], { stdio: "inherit" });
  const port = await new Promise<number>((resolve) =>
    child.once("message", (m) => resolve(Number(m))),
  );
  const dir = mkdtempSync(join(tmpdir(), "tellerrand-bench-feeds-"));
  const config = configSchema.parse({ dataDir: dir, feeds: { allowPrivateNetworks: true } });
  const app = await createApp(config);
  const fetcher = createFetcher({
    version: VERSION,
    allowPrivateNetworks: true,
    maxConcurrency: config.feeds.maxConcurrency,
    maxPerHost: config.feeds.perHostConcurrency,
    perHostDelayMs: config.feeds.perHostDelayMs,
    totalTimeoutMs: config.feeds.timeoutMs,
    maxBodyBytes: config.feeds.maxBodyBytes,
    resolver: async () => [{ address: "127.0.0.1", family: 4 }],
  });
  const ctx = feedContext(app, VERSION, { fetcher });
  // Time spent parsing and storing (synchronous parts of the cycle), to see where time goes.
  const spent = { parseMs: 0, storeMs: 0 };
  const parse = ctx.deps.parse;
  ctx.deps.parse = (bytes, options) => {
    const t = performance.now();
    try {
      return parse(bytes, options);
    } finally {
      spent.parseMs += performance.now() - t;
    }
  };
  const store = ctx.articles.store.bind(ctx.articles);
  ctx.articles.store = async (...args) => {
    const t = performance.now();
    try {
      return await store(...args);
    } finally {
      spent.storeMs += performance.now() - t;
    }
  };
  const seeded = new Date().toISOString();
  for (let n = 0; n < FEEDS; n++) {
    const { feed } = await ctx.feeds.add(
      { url: `http://h${n % HOSTS}.bench:${port}/f/${n}.xml` },
      seeded,
    );
    if (role(n) === "304") {
      await ctx.feeds.recordSuccess(feed.id, {
        fetchedAt: seeded,
        nextCheckAt: seeded,
        etag: '"v1"',
      });
    }
  }
  const rssBeforeMiB = process.memoryUsage().rss / 1048576;
  let peak = process.memoryUsage().rss;
  let peakHeap = 0;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peak = Math.max(peak, m.rss);
    peakHeap = Math.max(peakHeap, m.heapTotal);
  }, 20);
  const started = performance.now();
  const s = await runFetchCycle(ctx, { all: true });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const maxRssMiB = process.resourceUsage().maxRSS / 1024;
  console.log(
    JSON.stringify(
      {
        feeds: s.feeds,
        updated: s.updated,
        notModified: s.notModified,
        errors: s.errors,
        inserted: s.inserted,
        parseSeconds: Number((spent.parseMs / 1000).toFixed(2)),
        storeSeconds: Number((spent.storeMs / 1000).toFixed(2)),
        wallSeconds: Number(seconds.toFixed(2)),
        rssBeforeCycleMiB: Number(rssBeforeMiB.toFixed(1)),
        peakRssMiBDuringCycle: Number((peak / 1048576).toFixed(1)),
        peakHeapTotalMiB: Number((peakHeap / 1048576).toFixed(1)),
        processMaxRssMiB: Number(maxRssMiB.toFixed(1)),
        politeness: {
          maxConcurrency: config.feeds.maxConcurrency,
          perHost: config.feeds.perHostConcurrency,
          perHostDelayMs: config.feeds.perHostDelayMs,
          hosts: HOSTS,
        },
      },
      null,
      2,
    ),
  );
  await app.close();
  child.disconnect();
  rmSync(dir, { recursive: true, force: true });
}

if (values.serve) serve();
else await bench();
