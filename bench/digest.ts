/**
 * bench/digest: one digest over 100,000 stored articles with cached analyses (the steady state:
 * new articles are analysed once, when they arrive). Measures load + filter + score + select.
 * Run: `npx tsx bench/digest.ts [articles]`. The database is built in this process, the digests
 * run in a child process, so its peak RSS is the digest's, not the setup's. Prints wall and CPU
 * times (min / median of 7 runs) and peak RSS.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SqlDigestStore } from "../src/db/digest-store.js";
import { openDatabase, rowInserter } from "../src/db/open.js";
import { mulberry32 as prng } from "../src/integrations/importers/linkedin/sample/prng.js";
import { type AnalysisRow, buildDigest, type DigestRequest } from "../src/services/digest.js";
import { allConcepts } from "../src/text/topics/index.js";

const N = Number(process.argv[2] ?? 100_000);
const VERSION = "bench";
const NOW = new Date("2026-03-10T12:00:00Z");

async function setup(file: string): Promise<number> {
  const db = await openDatabase(file);
  const insert = rowInserter(db);
  if (insert === undefined) throw new Error("no SQLite handle");
  const rnd = prng(7);
  const concepts = allConcepts().filter((c) => c.path.length >= 3);
  const t0 = performance.now();
  const analyses: AnalysisRow[] = [];
  await db.transaction().execute(async () => {
    for (let o = 0; o < 60; o++)
      insert.insertIgnoringConflicts("organizations", {
        key: `org${o}`,
        name: `Org ${o}`,
        self_employed: 0,
      });
    // A current position, so "beyond your work" is measured against the work (the usual case).
    insert.insertIgnoringConflicts("own_positions", {
      company_name: "Org 0",
      org_key: "org0",
      title: "Data engineer",
      description: "Building data pipelines on Kubernetes",
      finished_on: null,
    });
    for (let f = 1; f <= 200; f++) {
      const kind =
        f === 1 ? "own-blog" : f <= 10 ? "own-employer" : f <= 40 ? "media" : "other-company";
      insert.insertIgnoringConflicts("feeds", {
        id: f,
        url: `https://f${f}.example/feed`,
        title: `Feed ${f}`,
        kind,
        org_key: f <= 10 ? "org0" : `org${f % 60}`,
        paused: 0,
        error_count: 0,
        created_at: NOW.toISOString(),
      });
    }
    for (let i = 1; i <= N; i++) {
      // Zipf-like feed sizes: a few feeds publish most articles.
      const feed = 1 + Math.floor(200 * rnd() ** 2.5);
      const at = new Date(NOW.getTime() - rnd() * 30 * 86_400_000).toISOString();
      insert.insertIgnoringConflicts("articles", {
        id: i,
        feed_id: feed,
        guid: `g${i}`,
        url: `https://f${feed}.example/p/${i}`,
        canonical_url: `https://f${feed}.example/p/${i}`,
        content_hash: `h${i}`,
        title: `Article ${i} about things`,
        authors: "[]",
        categories: "[]",
        enclosures: "[]",
        sort_at: at,
        published_at: at,
        word_count: 300,
        starred: 0,
        read: rnd() < 0.05 ? 1 : 0,
        hidden: 0,
        fetched_at: at,
      });
      // Like a real analysis: 8 concepts, matched ones and their parents, heaviest first.
      const picks = Array.from(
        { length: 4 },
        () => concepts[Math.floor(rnd() * concepts.length)]?.path ?? [],
      );
      const topics = [
        ...new Map(
          picks.flatMap((p, k) => [
            [p[p.length - 1], 1 / (k + 1)],
            [p[p.length - 2], 0.5 / (k + 1)],
          ]),
        ),
      ];
      const pol = rnd() < 0.1 ? 0.6 + 0.4 * rnd() : 0.3 * rnd();
      analyses.push({
        articleId: i,
        modelVersion: VERSION,
        lang: "en",
        politicalPartisan: pol,
        politicalStrict: Math.min(1, pol + 0.1),
        partisanReasons: '[{"term":"election","weight":1.1}]',
        strictReasons: '[{"term":"election","weight":1.2}]',
        private: rnd() * 0.6,
        privateReasons: "[]",
        topics: JSON.stringify(topics),
        wordsKey: "k:|b:",
        wordsMatch: null,
      });
    }
  });
  // The store's own write path, so the rows are stored exactly as the digest stores them.
  const store = new SqlDigestStore(db);
  for (let i = 0; i < analyses.length; i += 5000) {
    await store.saveAnalyses(analyses.slice(i, i + 5000), NOW.toISOString());
  }
  await db.destroy();
  return performance.now() - t0;
}

const REQUEST: DigestRequest = {
  now: NOW,
  since: "2026-01-01T00:00:00Z",
  limit: 20,
  showHidden: 0,
  settings: {
    ownEmployerCap: 0.2,
    beyondShare: 0.2,
    perSourceCap: 0.15,
    perOrgCap: 0.2,
    freshnessHalfLifeHours: 36,
  },
  strictness: "partisan",
  interests: "machine learning, data engineering, Kubernetes, product management, UX research",
  ownEmployerKeys: ["org0"],
};

async function measureIn(file: string): Promise<void> {
  const db = await openDatabase(file);
  const store = new SqlDigestStore(db);
  const req = REQUEST;
  const analyzer = { version: VERSION, politicalThreshold: () => 0.5 };
  const rssBefore = process.memoryUsage().rss / 2 ** 20;
  const measure = async (since: string) => {
    const wall: number[] = [];
    const cpu: number[] = [];
    let items = 0;
    let visible = 0;
    for (let run = 0; run < 7; run++) {
      const c0 = process.cpuUsage();
      const t = performance.now();
      const { plan } = await buildDigest(store, analyzer, { ...req, since });
      wall.push(performance.now() - t);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
      items = plan.items.length;
      visible = plan.counts.visible;
    }
    return { wall, cpu, items, visible };
  };
  const day = await measure(new Date(NOW.getTime() - 86_400_000).toISOString());
  const all = await measure(req.since);
  await db.destroy();
  const stat = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return `min ${s[0]?.toFixed(0)} / median ${s[Math.floor(s.length / 2)]?.toFixed(0)} ms`;
  };
  const line = (label: string, m: Awaited<ReturnType<typeof measure>>) =>
    `${label}: ${m.visible} visible after the filters, ${m.items} items; wall ${stat(m.wall)}; CPU ${stat(m.cpu)}\n`;
  process.stdout.write(
    line("--since 1d (about 1/30 of them are candidates)", day) +
      line("all stored articles as candidates", all) +
      `RSS after opening the database ${rssBefore.toFixed(0)} MiB; peak RSS of the digest process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB\n`,
  );
}

async function main(): Promise<void> {
  const child = process.argv.indexOf("--measure");
  if (child > 0) return measureIn(process.argv[child + 1] as string);
  const dir = mkdtempSync(join(tmpdir(), "tellerrand-bench-digest-"));
  const file = join(dir, "bench.db");
  const setupMs = await setup(file);
  process.stdout.write(
    `articles stored ${N} over 30 days (setup ${(setupMs / 1000).toFixed(1)} s)\n`,
  );
  const run = spawnSync(
    process.execPath,
    [...process.execArgv, process.argv[1] as string, "--measure", file],
    {
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  if (process.env.KEEP) process.stdout.write(`kept ${dir}\n`);
  else rmSync(dir, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`measuring process failed (${run.status})`);
}

await main();
