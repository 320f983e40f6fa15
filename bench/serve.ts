/**
 * Dashboard benchmark (not a test): a store with a 30,000-connection export (two snapshots, so
 * the trend has work to do) and 100,000 articles, then every page and `/api` route timed
 * server-side with `app.request()` (no sockets): median and p95 of N requests after warm-up,
 * and the process's peak RSS; the first request per page after a start and after another
 * connection committed (an import), both blocking (what the computation costs) and as `serve`
 * answers them (cold budget of 150 ms plus background warm-up).
 *
 * Run: npm run bench:serve [-- --connections 30000 --articles 100000 --runs 20 --warmup 3]
 *      (`--dir D` keeps the filled store in D and reuses it on the next run)
 * Target: ≤ 150 ms per page (median and p95).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { createApp, databaseFile } from "../src/app.js";
import { configSchema } from "../src/config/schema.js";
import { SqlArticleStore } from "../src/db/article-store.js";
import { SqlFeedStore } from "../src/db/feed-store.js";
import { openLinkedInExport } from "../src/integrations/importers/linkedin/index.js";
import { writeSampleExport } from "../src/integrations/importers/linkedin/sample/index.js";
import { createDashboard } from "../src/server/app.js";
import { withColdBudget } from "../src/server/data/cold-budget.js";
import { offThreadCounts, stopWorker, useWorkerThreads } from "../src/server/data/off-thread.js";
import { startWarmUp } from "../src/server/data/warm-up.js";
import { realDeps } from "../src/server/start.js";
import type { ArticleInput } from "../src/services/feeds/ports.js";
import { importLinkedInExport } from "../src/services/import-linkedin.js";

const { values } = parseArgs({
  options: {
    connections: { type: "string", default: "30000" },
    messages: { type: "string", default: "20000" },
    articles: { type: "string", default: "100000" },
    feeds: { type: "string", default: "200" },
    runs: { type: "string", default: "20" },
    warmup: { type: "string", default: "3" },
    /**
     * The digest's look-back: the synthetic articles end on 2026-11-20, so the default "1d" of
     * the config would find none today; 10d takes a few thousand (analysed on the first view).
     */
    "digest-since": { type: "string", default: "10d" },
    /** Keep the store in this folder and reuse it when it is already filled. */
    dir: { type: "string" },
    /** Skip timing the cold requests as `serve` answers them (cold budget and warm-up). */
    "blocking-only": { type: "boolean", default: false },
    /** Internal: fill this folder's store and exit (run in a child, for a separate peak RSS). */
    fill: { type: "string" },
  },
});
const TARGET_MS = 150;
const n = (name: keyof typeof values) => Number(values[name]);
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const peakRss = () => process.resourceUsage().maxRSS * 1024;
const seconds = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

/** One synthetic article: a few paragraphs of sanitised HTML, as the feed parser stores them. */
function article(feed: number, i: number, day: number): ArticleInput {
  const text = `Article ${i} of feed ${feed} about caching, queues and the long tail of latency. `;
  const when = new Date(Date.UTC(2026, 10, 20) - day * 3_600_000).toISOString();
  return {
    guid: `f${feed}-a${i}`,
    url: `https://feed${feed}.example/posts/${i}`,
    canonicalUrl: `https://feed${feed}.example/posts/${i}`,
    contentHash: `h-${feed}-${i}`,
    title: `Post ${i} from feed ${feed}: what we learned`,
    authors: [`Author ${feed % 17}`],
    categories: ["engineering", `topic-${i % 12}`],
    enclosures: [],
    publishedAt: when,
    updatedAt: null,
    summaryText: text,
    contentText: text.repeat(8),
    contentHtml: `<p>${text.repeat(4)}</p><p><a href="https://x.example/${i}" rel="noopener noreferrer nofollow">more</a> ${text.repeat(4)}</p>`,
    wordCount: 120,
    lang: "en",
  };
}

const configFor = (dir: string) =>
  configSchema.parse({ dataDir: join(dir, "data"), digest: { since: values["digest-since"] } });

async function fill(dir: string): Promise<void> {
  const config = configFor(dir);
  const app = await createApp(config);
  let t0 = performance.now();
  for (const asOf of ["2025-11-20", "2026-11-20"]) {
    const zip = join(dir, `Complete_LinkedInDataExport_${asOf.slice(5)}-${asOf.slice(0, 4)}.zip`);
    const connections =
      asOf === "2026-11-20" ? n("connections") : Math.round(n("connections") * 0.8);
    await writeSampleExport({ connections, messages: n("messages"), seed: 7, asOf, output: zip });
    await importLinkedInExport({ open: openLinkedInExport, store: app.linkedin }, zip);
  }
  console.log(`imported two snapshots (${n("connections")} connections now) in ${seconds(t0)}`);
  t0 = performance.now();
  const feeds = new SqlFeedStore(app.db);
  const articles = new SqlArticleStore(app.db);
  const perFeed = Math.ceil(n("articles") / n("feeds"));
  let stored = 0;
  for (let f = 0; f < n("feeds") && stored < n("articles"); f++) {
    const kind = (["media", "other-company", "own-blog", "own-employer"] as const)[f % 4];
    const { feed } = await feeds.add(
      { url: `https://feed${f}.example/feed.xml`, title: `Feed ${f}`, kind },
      new Date().toISOString(),
    );
    const count = Math.min(perFeed, n("articles") - stored);
    const items = Array.from({ length: count }, (_, i) => article(f, i, i * 3 + f));
    const out = await articles.store(feed.id, items, new Date().toISOString(), perFeed);
    stored += out.inserted;
  }
  console.log(`stored ${stored} articles in ${n("feeds")} feeds in ${seconds(t0)}`);
  await app.close();
  console.log(`peak RSS while filling: ${mib(peakRss())}`);
}

interface Timing {
  path: string;
  status: number;
  bytes: number;
  median: number;
  p95: number;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

async function time(request: (path: string) => Promise<Response>, path: string): Promise<Timing> {
  let status = 0;
  let bytes = 0;
  for (let i = 0; i < n("warmup"); i++) await (await request(path)).arrayBuffer();
  const ms: number[] = [];
  for (let i = 0; i < n("runs"); i++) {
    const t0 = performance.now();
    const res = await request(path);
    const body = await res.arrayBuffer(); // the body is part of the work (streamed HTML)
    ms.push(performance.now() - t0);
    status = res.status;
    bytes = body.byteLength;
  }
  ms.sort((a, b) => a - b);
  return { path, status, bytes, median: quantile(ms, 0.5), p95: quantile(ms, 0.95) };
}

const COLD_PATHS = ["/", "/network", "/triage", "/invitations", "/discover", "/digest"];

/** A logged-in dashboard over the store, with `fetch` (Request) and `request` (path) helpers. */
async function dashboard(config: ReturnType<typeof configSchema.parse>) {
  const deps = await realDeps(config, "bench");
  const token = "b".repeat(43);
  const { app } = createDashboard(deps, {
    auth: { loginToken: token, password: "" },
    allowedHosts: null,
  });
  const login = await app.request(`/login?token=${token}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const toRequest = (path: string) =>
    new Request(`http://localhost${path}`, { headers: { cookie } });
  const request = async (path: string) => app.fetch(toRequest(path));
  return { deps, app, cookie, toRequest, request };
}

/**
 * Another connection commits a write, as `tellerrand import` in a terminal does: every model
 * cached by the server is stale from then on (the counters say "changed", not what).
 */
function invalidate(config: ReturnType<typeof configSchema.parse>): void {
  const db = new Database(databaseFile(config.dataDir));
  // A real change: SQLite commits nothing for an update that leaves the row as it was.
  db.prepare(
    `update feeds set title = case when title like '% ' then rtrim(title) else title || ' ' end
     where id = (select min(id) from feeds)`,
  ).run();
  db.close();
}

/** The first request to each page, one after the other: ms and status. */
async function firstRequests(fetch: (path: string) => Promise<Response>): Promise<string> {
  const out: string[] = [];
  // The longest stretch the event loop was held (by any computation) during each request.
  let gap = 0;
  let last = performance.now();
  const monitor = setInterval(() => {
    const now = performance.now();
    gap = Math.max(gap, now - last);
    last = now;
  }, 5);
  for (const path of COLD_PATHS) {
    const t0 = performance.now();
    gap = 0;
    last = t0;
    const res = await fetch(path);
    await res.arrayBuffer();
    gap = Math.max(gap, performance.now() - last);
    const note =
      res.status === 200
        ? ""
        : ` (${res.status}${res.headers.has("retry-after") ? " still computing" : ""})`;
    out.push(
      `${path} ${(performance.now() - t0).toFixed(0)} ms${note} [loop held ${gap.toFixed(0)}]`,
    );
  }
  clearInterval(monitor);
  return out.join(", ");
}

/**
 * As `serve` answers: the cold budget (a page waits at most ~150 ms for a model, then says
 * "still computing") and the background warm-up, after a start and after an invalidation.
 */
async function servedCold(config: ReturnType<typeof configSchema.parse>): Promise<void> {
  useWorkerThreads(true);
  const d = await dashboard(config);
  const served = withColdBudget((r) => d.app.fetch(r));
  const fetch = async (path: string) => served(d.toRequest(path));
  let t0 = performance.now();
  const warm = startWarmUp(() => d.deps.app(), 200);
  console.log(`
served (cold budget + warm-up), first requests after start: ${await firstRequests(fetch)}`);
  await warm.idle();
  console.log(`  warm-up done ${seconds(t0)} after start; then: ${await firstRequests(fetch)}`);
  invalidate(config);
  await new Promise((r) => setTimeout(r, 300)); // the poll notices the change
  t0 = performance.now();
  console.log(`served, first requests after an invalidation: ${await firstRequests(fetch)}`);
  await warm.idle();
  console.log(
    `  warm-up done ${seconds(t0)} after the change; then: ${await firstRequests(fetch)}`,
  );
  warm.stop();
  await warm.idle();
  // The worker's models must be the ones computed on the server's own thread.
  const paths = ["/api/report", "/api/network?cols=employer"];
  paths.push("/api/invitations", "/api/discover", "/api/discover?kind=topics&explore=0.9");
  const fromWorker = await Promise.all(paths.map(async (p) => (await d.request(p)).text()));
  useWorkerThreads(false);
  const plain = await dashboard(config);
  for (const [i, path] of paths.entries()) {
    const same = fromWorker[i] === (await (await plain.request(path)).text());
    console.log(`  ${path} from the worker equals the inline computation: ${same}`);
    if (!same) process.exitCode = 1;
  }
  await plain.deps.close();
  await stopWorker();
  console.log(`  models computed in the worker: ${JSON.stringify(offThreadCounts)}`);
  if (offThreadCounts.fallback > 0) process.exitCode = 1;
  await d.deps.close();
}

async function bench(config: ReturnType<typeof configSchema.parse>) {
  const { deps, app, cookie, request } = await dashboard(config);
  // First requests after start (or after the store changed), each waiting for its models:
  // the computation a cold request costs when nothing was warmed.
  console.log(`
blocking, first request after start: ${await firstRequests(request)}`);
  const network = await (await request("/network")).text();
  const segment = /href="(\/network\/segment\?[^"]+)"/.exec(network)?.[1]?.replaceAll("&amp;", "&");
  const feedId = ((await (await request("/api/feeds")).json()) as Array<{ id: number }>)[0]?.id;
  const pages = ["/", "/network", "/network?cols=employer", segment ?? "/network/segment"];
  pages.push("/triage", "/triage?category=dormant", "/triage?q=engineer", "/invitations");
  pages.push("/discover", "/discover?kind=topics&explore=0.9", "/discover?kind=sources");
  pages.push("/digest", "/digest?hidden=1", "/outbox");
  pages.push("/feeds", `/feeds/${feedId}`, "/settings");
  const apis = ["/api/report", "/api/network", "/api/network?cols=employer"];
  apis.push(
    `/api${segment ?? "/network/segment"}`,
    "/api/feeds",
    `/api/feeds/${feedId}/articles?limit=200`,
  );
  apis.push("/api/settings", "/feeds/opml");
  apis.push("/api/triage", "/api/invitations", "/api/discover", "/api/digest", "/api/outbox");
  const rows: Timing[] = [];
  for (const path of [...pages, ...apis]) rows.push(await time(request, path));
  await afterWrites(app, cookie);
  invalidate(config);
  console.log(`blocking, first request after an invalidation: ${await firstRequests(request)}`);
  await deps.close();
  console.log(`peak RSS after the blocking runs: ${mib(peakRss())}`);
  // After the blocking runs: the analysis models are loaded already (about 0.6 s less here).
  if (!values["blocking-only"]) await servedCold(config);
  return { rows, pages: new Set(pages) };
}

/**
 * The page after the dashboard's own small writes: a contact mark (triage recomputed over the
 * kept store reads) and a digest feedback click (the digest recomputed).
 */
async function afterWrites(app: ReturnType<typeof createDashboard>["app"], cookie: string) {
  const csrf = /tr_csrf=([^;]+)/.exec(cookie)?.[1] ?? "";
  const post = (path: string, body: unknown) =>
    app.request(path, {
      method: "POST",
      body: JSON.stringify(body),
      headers: { cookie, "content-type": "application/json", "x-csrf-token": csrf },
    });
  const get = (path: string) => app.request(path, { headers: { cookie } });
  const triage = (await (await get("/api/triage?limit=1")).json()) as {
    entries?: Array<{ id: number }>;
  };
  const digest = (await (await get("/api/digest")).json()) as { items?: Array<{ id: number }> };
  const out: string[] = [];
  for (const [label, write, page] of [
    [
      "mark",
      () => post(`/api/triage/${triage.entries?.[0]?.id}/mark`, { mark: "keep" }),
      "/triage",
    ],
    [
      "feedback",
      () => post(`/api/digest/${digest.items?.[0]?.id}/feedback`, { action: "more" }),
      "/digest",
    ],
    [
      "mark",
      () => post(`/api/triage/${triage.entries?.[0]?.id}/mark`, { mark: "clear" }),
      "/invitations",
    ],
  ] as const) {
    const status = (await write()).status;
    const t0 = performance.now();
    await (await get(page)).arrayBuffer();
    out.push(`${page} after a ${label} (${status}): ${(performance.now() - t0).toFixed(0)} ms`);
  }
  console.log(`\nafter the dashboard's own writes: ${out.join(", ")}`);
}

async function main(): Promise<void> {
  if (values.fill !== undefined) return fill(values.fill);
  const dir = values.dir ?? mkdtempSync(join(tmpdir(), "tellerrand-bench-serve-"));
  try {
    if (existsSync(databaseFile(configFor(dir).dataDir))) {
      console.log(`reusing the store in ${dir}`);
    } else {
      const self = fileURLToPath(import.meta.url);
      const argv = process.argv.slice(2);
      execFileSync(process.execPath, [...process.execArgv, self, ...argv, "--fill", dir], {
        stdio: "inherit",
      });
    }
    report(await bench(configFor(dir)));
  } finally {
    if (values.dir === undefined) rmSync(dir, { recursive: true, force: true });
  }
}

function report({ rows, pages }: { rows: Timing[]; pages: Set<string> }): void {
  console.log(`\n${n("runs")} requests per route after ${n("warmup")} warm-up, app.request():`);
  console.log(`${"route".padEnd(58)} status   median      p95     bytes`);
  let missed = 0;
  for (const r of rows) {
    const page = pages.has(r.path);
    const over = page && (r.p95 > TARGET_MS || r.status !== 200);
    if (over) missed++;
    console.log(
      `${r.path.slice(0, 57).padEnd(58)} ${String(r.status).padStart(6)} ${r.median.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${String(r.bytes).padStart(9)}${over ? "  > target" : ""}`,
    );
  }
  console.log(`\npeak RSS while serving: ${mib(peakRss())}`);
  console.log(`pages over ${TARGET_MS} ms (p95) or not 200: ${missed}`);
  if (missed > 0) process.exitCode = 1;
}

await main();
