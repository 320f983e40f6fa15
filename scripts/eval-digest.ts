/**
 * Evaluates the digest on a generated pool of articles with known topics, sources, organisations
 * and political labels, plus the real news articles in ../shared/data/politics (when present) as
 * extra media candidates. For each politics strictness and five personas it compares the digest
 * with a relevance-only ranking (top L by relevance, no filters, no caps): political share,
 * own-employer share, source and organisation HHI, mean relevance; and prints the mean-relevance
 * bounds (under the filters; under filters and caps; under the beyond share).
 * Run: `npx tsx scripts/eval-digest.ts [--seed 42] [--no-real] [--work 0|1|2] [--beyond 0.2]
 * [--lambda 0.8] [--sigma 0.15] [--no-soft-penalty] [--no-cache]`. `--work N`: the persona's
 * current position names N of its interests (default 1; 0 = no position, no work profile).
 * Analyses are cached in `$TMPDIR/tellerrand-eval-digest-<version>.jsonl`.
 */
import { SqlDigestStore } from "../src/db/digest-store.js";
import {
  createArticleAnalyzer,
  type DigestRequest,
  ensureAnalyses,
} from "../src/services/digest.js";
import { allConcepts, type Concept } from "../src/text/topics/index.js";
import { cachedAnalyzer } from "./digest-eval/cache.js";
import { fillStore } from "./digest-eval/db.js";
import { PERSONAS, poolMaker, WORK_TITLES } from "./digest-eval/pool.js";
import { evaluate, type PersonaResult } from "./digest-eval/run.js";

const NOW = new Date("2026-03-10T12:00:00Z");
const LIMIT = 20;
const argv = process.argv;
const num = (flag: string) => {
  const i = argv.indexOf(flag);
  return i > 0 ? Number(argv[i + 1]) : undefined;
};
const SEED = num("--seed") ?? 42;
const WORK = num("--work") ?? 1;
const useReal = !argv.includes("--no-real");
const TUNING = {
  lambda: num("--lambda"),
  sourceRepeatPenalty: num("--sigma"),
  softPoliticsPenalty: !argv.includes("--no-soft-penalty"),
};

function workOf(index: number, concepts: Concept[]): { title: string; description: string | null } {
  if (WORK === 0) return { title: "", description: null };
  const second = concepts[1]?.label.en;
  const description = WORK >= 2 && second !== undefined ? `Also responsible for ${second}.` : null;
  return { title: WORK_TITLES[index] ?? "", description };
}

async function main(): Promise<void> {
  const analyzer = cachedAnalyzer(await createArticleAnalyzer(), argv.includes("--no-cache"));
  const pools = poolMaker(SEED, useReal);
  const results: PersonaResult[] = [];
  const byId = new Map(allConcepts().map((c) => [c.id, c]));
  for (const [index, persona] of PERSONAS.entries()) {
    const concepts = persona.flatMap((id) => (byId.get(id) ? [byId.get(id) as Concept] : []));
    const srcs = pools.sources();
    const articles = [...pools.generated(concepts, srcs), ...pools.real(srcs.length + 1)];
    const { db, political } = await fillStore(NOW, srcs, articles, workOf(index, concepts));
    const store = new SqlDigestStore(db);
    const since = new Date(NOW.getTime() - 4 * 86_400_000).toISOString();
    await ensureAnalyses(store, analyzer, since, { keepWords: [], blockWords: [] });
    for (const strictness of ["partisan", "strict"] as const) {
      const req: DigestRequest = {
        now: NOW,
        since,
        limit: LIMIT,
        showHidden: 0,
        strictness,
        interests: concepts.map((c) => c.label.en).join(", "),
        ownEmployerKeys: ["acme"],
        tuning: TUNING,
        settings: {
          ownEmployerCap: 0.2,
          beyondShare: num("--beyond") ?? 0.2,
          perSourceCap: 0.15,
          perOrgCap: 0.2,
          freshnessHalfLifeHours: 36,
        },
      };
      const label = `${persona[0]} | ${strictness}`;
      results.push(await evaluate(store, analyzer, req, label, political));
    }
    await db.destroy();
  }
  const out = process.stdout;
  out.write(`seed ${SEED}${useReal ? " + real articles" : ""}, work names ${WORK} interest(s)\n`);
  out.write(
    `| persona | strictness | political digest / rel-only | own-employer digest / rel-only | source HHI digest / rel-only | org HHI digest / rel-only | mean relevance digest / rel-only (ratio) |\n|---|---|---|---|---|---|---|\n${results.map((r) => r.row).join("\n")}\n`,
  );
  out.write(
    `\nMean relevance as % of the relevance-only top ${LIMIT}: upper bounds under the filters, under filters + caps, under filters + beyond share (caps ignored), the beyond-eligible visible count, then the digest's core items, beyond items, all items.\n| persona | strictness | filters | filters + caps | filters + beyond | eligible | digest core | digest beyond | digest |\n|---|---|---|---|---|---|---|---|---|\n${results.map((r) => r.bounds).join("\n")}\n`,
  );
  const leaks = results.flatMap((r) => r.leaks);
  out.write(`\npolitical (by the data set's label) items in the digests: ${leaks.length}\n`);
  out.write(`${leaks.join("\n")}\n`);
}

await main();
