/**
 * Fetch-cycle benchmark (not a test) of the shipped code: `node dist/cli/main.js feeds fetch
 * --all --json` in a plain Node child process (no tsx, no test harness in its memory), against
 * 2,000 subscribed feeds on a loopback server in another child process: 10% answer 500, 30%
 * answer 304 to the stored ETag, the rest 200 with 20 fresh items each. The feeds spread over
 * 100 hosts 127.0.0.1 … 127.0.0.100 (all loopback on Linux), so per-host limits apply as they
 * would on the internet; the config's default politeness is used.
 * Peak RSS is the CLI process's own `maxRSS` (getrusage), reported by an exit hook.
 *
 * Run: npm run build && npx tsx bench/feeds-cycle.ts [--feeds 2000] [--hosts 100] [--runs 3]
 *      [--node-arg=--max-old-space-size=128]   (extra flags for the CLI process, to experiment)
 * Targets: wall time ≤ 30 s, peak RSS ≤ 200 MB.
 */
import { execFile, fork } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createApp } from "../src/app.js";
import { configSchema } from "../src/config/schema.js";
import { SqlFeedStore } from "../src/db/feed-store.js";

const { values } = parseArgs({
  options: {
    feeds: { type: "string", default: "2000" },
    hosts: { type: "string", default: "100" },
    runs: { type: "string", default: "3" },
    "node-arg": { type: "string", multiple: true, default: [] },
    serve: { type: "boolean", default: false },
  },
});
const FEEDS = Number(values.feeds);
const HOSTS = Number(values.hosts);
const CLI = join(process.cwd(), "dist/cli/main.js");
/** Printed by the CLI process as it exits: its peak resident set in KiB (Linux getrusage). */
const EXIT_HOOK = `data:text/javascript,process.on("exit",()=>process.stderr.write("\\nmaxrss-kib="+process.resourceUsage().maxRSS+"\\n"))`;

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

/** One listener per loopback address; sends the ports to the parent. */
async function serve(): Promise<void> {
  const servers: Server[] = [];
  const ports: number[] = [];
  for (let h = 0; h < HOSTS; h++) {
    const server = createServer((req, res) => {
      const n = Number(/\/f\/(\d+)\.xml/.exec(req.url ?? "")?.[1] ?? -1);
      const kind = role(n);
      if (n < 0 || kind === "fail") return void res.writeHead(500).end("boom");
      if (kind === "304" && req.headers["if-none-match"] === '"v1"')
        return void res.writeHead(304).end();
      res.writeHead(200, { "content-type": "application/rss+xml", etag: '"v1"' }).end(rss(n));
    });
    await new Promise<void>((resolve) => server.listen(0, `127.0.0.${h + 1}`, resolve));
    servers.push(server);
    ports.push((server.address() as AddressInfo).port);
  }
  process.send?.(ports);
  process.on("disconnect", () => process.exit(0));
}

/** A fresh data folder with the feeds subscribed (304 feeds already hold the ETag). */
async function seed(ports: number[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "tellerrand-bench-feeds-"));
  const app = await createApp(configSchema.parse({ dataDir: dir }));
  const feeds = new SqlFeedStore(app.db);
  const seeded = new Date().toISOString();
  for (let n = 0; n < FEEDS; n++) {
    const h = n % HOSTS;
    const { feed } = await feeds.add(
      { url: `http://127.0.0.${h + 1}:${ports[h]}/f/${n}.xml` },
      seeded,
    );
    if (role(n) === "304") {
      await feeds.recordSuccess(feed.id, { fetchedAt: seeded, nextCheckAt: seeded, etag: '"v1"' });
    }
  }
  await app.close();
  return dir;
}

interface Run {
  wallSeconds: number;
  cycleSeconds: number;
  peakRssMiB: number;
  summary: Record<string, unknown>;
}

function runCli(dir: string): Promise<Run> {
  const env = {
    ...process.env,
    TELLERRAND_CONFIG: join(dir, "none.toml"),
    TELLERRAND_DATA_DIR: dir,
    TELLERRAND_FEEDS_ALLOW_PRIVATE_NETWORKS: "true",
  };
  const args = [...(values["node-arg"] ?? []), "--import", EXIT_HOOK, CLI];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [...args, "feeds", "fetch", "--all", "--json"],
      { env, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`CLI failed: ${error.message}\n${stderr}`));
        const kib = Number(/maxrss-kib=(\d+)/.exec(stderr)?.[1] ?? Number.NaN);
        // Lines a diagnostic `--node-arg=--import=…` hook writes (e.g. heap figures) are shown.
        for (const line of stderr.split("\n")) if (line.startsWith("diag ")) console.error(line);
        const { results: _results, ...summary } = JSON.parse(stdout) as Record<string, unknown>;
        resolve({
          wallSeconds: (performance.now() - started) / 1000,
          cycleSeconds: Number(summary.durationMs) / 1000,
          peakRssMiB: kib / 1024,
          summary,
        });
      },
    );
  });
}

/** Warns when a compiled feed module is older than its source: the bench would measure old code. */
function checkBuild(): void {
  if (!existsSync(CLI)) {
    console.error(`${CLI} is missing: run \`npm run build\` first`);
    process.exit(66);
  }
  for (const file of ["integrations/feeds/parse/index", "services/feeds/refresh", "cli/feeds"]) {
    const src = join(process.cwd(), "src", `${file}.ts`);
    const out = join(process.cwd(), "dist", `${file}.js`);
    if (!existsSync(out) || statSync(out).mtimeMs < statSync(src).mtimeMs) {
      console.error(`warning: dist/${file}.js is older than its source; run \`npm run build\``);
    }
  }
}

async function bench(): Promise<void> {
  checkBuild();
  const server = fork(process.argv[1] as string, ["--serve", `--hosts=${HOSTS}`], {
    stdio: "inherit",
  });
  const ports = await new Promise<number[]>((resolve) =>
    server.once("message", (m) => resolve(m as number[])),
  );
  const runs: Run[] = [];
  try {
    for (let i = 0; i < Number(values.runs); i++) {
      const dir = await seed(ports);
      try {
        const run = await runCli(dir);
        runs.push(run);
        console.error(
          `run ${i + 1}: ${run.wallSeconds.toFixed(1)} s wall (cycle ${run.cycleSeconds.toFixed(1)} s), peak RSS ${run.peakRssMiB.toFixed(0)} MiB`,
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    server.disconnect();
  }
  const stat = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return { min: round(sorted[0]), median: round(sorted[Math.floor(sorted.length / 2)]) };
  };
  const report = {
    command: `node ${(values["node-arg"] ?? []).join(" ")} dist/cli/main.js feeds fetch --all --json`,
    node: process.version,
    runs: runs.length,
    wallSeconds: stat(runs.map((r) => r.wallSeconds)),
    cycleSeconds: stat(runs.map((r) => r.cycleSeconds)),
    peakRssMiB: stat(runs.map((r) => r.peakRssMiB)),
    peakRssMB: stat(runs.map((r) => (r.peakRssMiB * 1048576) / 1e6)),
    lastSummary: runs.at(-1)?.summary,
  };
  console.log(JSON.stringify(report, null, 2));
}

function round(x: number | undefined): number {
  return Number((x ?? Number.NaN).toFixed(1));
}

if (values.serve) await serve();
else await bench();
