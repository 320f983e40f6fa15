/**
 * Fetcher-only benchmark (not a test): the fetch part of a feeds cycle, without parsing or
 * storage, so its share of bench/feeds-cycle.ts is visible. 2,000 feeds on a loopback server in
 * a child process (the figures are the client's): 10% answer 500, 30% answer 304 to the ETag
 * sent, the rest 200 with a ~60 KB RSS body (half of them gzip). Host names h0.bench … h99.bench
 * resolve to 127.0.0.1 through the injectable resolver, so per-host limits apply.
 *
 * Run: npx tsx bench/feeds-fetch.ts [--feeds 2000] [--hosts 100] [--delay 250] [--concurrency 16]
 */
import { fork } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { createFetcher, type FetchResult } from "../src/integrations/feeds/fetch/index.js";

const { values } = parseArgs({
  options: {
    feeds: { type: "string", default: "2000" },
    hosts: { type: "string", default: "100" },
    delay: { type: "string", default: "250" },
    concurrency: { type: "string", default: "16" },
    serve: { type: "boolean", default: false },
  },
});

const items = Array.from(
  { length: 20 },
  (_, i) =>
    `<item><guid>urn:${i}</guid><title>Post ${i}</title><description>${"Some text. ".repeat(250)}</description></item>`,
).join("");
const BODY = Buffer.from(
  `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>${items}</channel></rss>`,
);
const GZIPPED = gzipSync(BODY);

function serve(): void {
  const server = createServer((req, res) => {
    const n = Number(/\/f\/(\d+)\.xml/.exec(req.url ?? "")?.[1] ?? -1);
    const r = n % 10;
    if (n < 0 || r === 0) return void res.writeHead(500).end("boom");
    if (r <= 3 && req.headers["if-none-match"] === '"v1"') return void res.writeHead(304).end();
    const gzip = n % 2 === 0 && /gzip/.test(String(req.headers["accept-encoding"]));
    const headers = { "content-type": "application/rss+xml", etag: '"v1"' };
    if (gzip) res.writeHead(200, { ...headers, "content-encoding": "gzip" }).end(GZIPPED);
    else res.writeHead(200, headers).end(BODY);
  });
  server.listen(0, "127.0.0.1", () => process.send?.((server.address() as AddressInfo).port));
  process.on("disconnect", () => process.exit(0));
}

async function bench(): Promise<void> {
  const child = fork(process.argv[1] as string, ["--serve"], { stdio: "inherit" });
  const port = await new Promise<number>((resolve) =>
    child.once("message", (m) => resolve(Number(m))),
  );
  const fetcher = createFetcher({
    version: "bench",
    allowPrivateNetworks: true,
    maxConcurrency: Number(values.concurrency),
    perHostDelayMs: Number(values.delay),
    resolver: async () => [{ address: "127.0.0.1", family: 4 }],
  });
  const feeds = Number(values.feeds);
  const hosts = Number(values.hosts);
  const counts: Record<string, number> = {};
  let bytes = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: feeds }, async (_, n) => {
      const url = `http://h${n % hosts}.bench:${port}/f/${n}.xml`;
      const r: FetchResult = await fetcher.fetch({ url, etag: n % 10 <= 3 ? '"v1"' : null });
      const key = r.status === "error" ? `error:${r.kind}` : r.status;
      counts[key] = (counts[key] ?? 0) + 1;
      if (r.status === "ok") bytes += r.body.length; // the bodies are dropped, as a parser would
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const minimumByDelay = (Math.ceil(feeds / hosts) - 1) * (Number(values.delay) / 1000);
  console.log(
    JSON.stringify({
      feeds,
      hosts,
      counts,
      decodedMiB: Number((bytes / 1048576).toFixed(1)),
      wallSeconds: Number(seconds.toFixed(2)),
      floorFromPerHostDelaySeconds: minimumByDelay,
      processMaxRssMiB: Number((process.resourceUsage().maxRSS / 1024).toFixed(1)),
    }),
  );
  child.disconnect();
}

if (values.serve) serve();
else await bench();
