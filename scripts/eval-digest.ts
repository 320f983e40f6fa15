/**
 * Evaluates the digest on a generated pool of articles with known topics, sources, organisations
 * and political labels, plus the real news articles in ../shared/data/politics (when present) as
 * extra media candidates. For each politics strictness and five personas it compares the digest
 * with a relevance-only ranking (top L by relevance, no filters, no caps):
 * political share, own-employer share, source and organisation HHI, mean relevance.
 * Run: `npx tsx scripts/eval-digest.ts [--seed 42] [--no-real]`. Analyses are cached in
 * `$TMPDIR/tellerrand-eval-digest-<version>.jsonl` (keyed by the analysed text), so a second run
 * only re-ranks; `--no-cache` analyses everything again.
 */
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SqlDigestStore } from "../src/db/digest-store.js";
import { openDatabase } from "../src/db/open.js";
import { hiddenKindAt, scoreTable } from "../src/domain/digest/index.js";
import { hhi } from "../src/domain/metrics/diversity.js";
import { mulberry32 as prng } from "../src/integrations/importers/linkedin/sample/prng.js";
import {
  type AnalysisRow,
  type ArticleAnalyzer,
  analysisText,
  buildDigest,
  createArticleAnalyzer,
  type DigestRequest,
  ensureAnalyses,
  rankingContext,
} from "../src/services/digest.js";
import { allConcepts, type Concept } from "../src/text/topics/index.js";

const NOW = new Date("2026-03-10T12:00:00Z");
const LIMIT = 20;
const DATA = new URL("../../shared/data/politics/", import.meta.url);
const useReal = !process.argv.includes("--no-real");
const seedArg = process.argv.indexOf("--seed");
const SEED = seedArg > 0 ? Number(process.argv[seedArg + 1]) : 42;
const num = (flag: string) => {
  const i = process.argv.indexOf(flag);
  return i > 0 ? Number(process.argv[i + 1]) : undefined;
};
const TUNING = {
  lambda: num("--lambda"),
  sourceRepeatPenalty: num("--sigma"),
  softPoliticsPenalty: !process.argv.includes("--no-soft-penalty"),
};

const rnd = prng(SEED);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;

const POLITICAL = [
  "The prime minister and the opposition leader clashed in parliament ahead of the general election.",
  "Labour and the Conservatives traded blows over the coalition talks and the next election campaign.",
  "Die Koalition aus SPD und CDU streitet im Bundestag über die Landtagswahl und den Kanzler.",
  "Der Bundeskanzler wirft der Opposition im Wahlkampf Populismus vor; die Grünen kontern.",
  "Senators from both parties blocked the president's nominee in a partisan vote.",
];

interface Labelled {
  title: string;
  summary: string;
  feed: number;
  political: boolean;
  hoursAgo: number;
}

/** Sources: 1 own blog, 4 own-employer (org acme), 10 media, 25 other companies (20 orgs). */
function sources() {
  const out: Array<{ title: string; kind: string; org: string; field: string; volume: number }> =
    [];
  const fields = allConcepts()
    .filter((c) => c.path.length === 2)
    .map((c) => c.id);
  out.push({ title: "My blog", kind: "own-blog", org: "me", field: pick(fields), volume: 1 });
  for (let i = 0; i < 4; i++)
    out.push({ title: `Acme ${i}`, kind: "own-employer", org: "acme", field: "", volume: 12 });
  for (let i = 0; i < 10; i++)
    out.push({ title: `Media ${i}`, kind: "media", org: `media${i}`, field: "", volume: 4 });
  for (let i = 0; i < 25; i++)
    out.push({
      title: `Company ${i}`,
      kind: "other-company",
      org: `co${i % 20}`,
      field: pick(fields),
      volume: i < 3 ? 10 : 2,
    });
  return out;
}

function textOf(concepts: Concept[], de: boolean): { title: string; summary: string } {
  const label = (c: Concept) => (de ? c.label.de : c.label.en);
  const [a, b] = [concepts[0] as Concept, concepts[1] ?? (concepts[0] as Concept)];
  return de
    ? {
        title: `${label(a)} und ${label(b)} in der Praxis`,
        summary: `Wie Teams ${label(a)} mit ${label(b)} verbinden: Erfahrungen, Werkzeuge und Fehler.`,
      }
    : {
        title: `${label(a)} and ${label(b)} in practice`,
        summary: `How teams combine ${label(a)} with ${label(b)}: lessons, tools and mistakes.`,
      };
}

function generated(personaConcepts: Concept[], srcs: ReturnType<typeof sources>): Labelled[] {
  const all = allConcepts().filter((c) => c.path.length >= 3);
  const under = (field: string) => all.filter((c) => c.path[1] === field);
  const out: Labelled[] = [];
  srcs.forEach((s, i) => {
    for (let k = 0; k < s.volume * 15; k++) {
      // The employer writes mostly about the person's own topics; companies about their field
      // and, in 30% of posts, about the person's topics too; media about anything.
      const own = s.kind === "own-employer" ? 0.8 : s.kind === "media" ? 0.15 : 0.3;
      const home = s.field ? under(s.field) : all;
      const first = rnd() < own ? pick(personaConcepts) : pick(home.length > 0 ? home : all);
      const concepts = [first, rnd() < 0.5 ? pick(all) : pick(home.length > 0 ? home : all)];
      const t = textOf(concepts, rnd() < 0.3);
      const political = rnd() < 0.12;
      out.push({
        ...t,
        summary: political ? `${pick(POLITICAL)} ${t.summary}` : t.summary,
        feed: i + 1,
        political,
        hoursAgo: rnd() * 72,
      });
    }
  });
  return out;
}

function real(firstFeed: number): Labelled[] {
  if (!useReal) return [];
  const read = (file: string) => {
    const path = new URL(file, DATA);
    return existsSync(path)
      ? readFileSync(path, "utf8")
          .split("\n")
          .filter((l) => l.trim() !== "")
          .map((l) => JSON.parse(l) as { label: string; text: string })
      : [];
  };
  const bbc = read("en-bbc-news.jsonl").map((r) => ({
    ...r,
    political: r.label === "politics",
    feed: firstFeed,
  }));
  // 10kGNAD: "Inland" is domestic politics, "International" foreign news and politics.
  const gnad = read("de-10kgnad-part-a.jsonl").map((r) => ({
    ...r,
    political: r.label === "Inland" || r.label === "International",
    feed: firstFeed + 1,
  }));
  return [...bbc, ...gnad].map((r) => {
    const cut = r.text.indexOf(" ", 80);
    return {
      title: r.text.slice(0, cut > 0 ? cut : 80),
      summary: r.text.slice(0, 1500),
      feed: r.feed,
      political: r.political,
      hoursAgo: rnd() * 72,
    };
  });
}

const PERSONAS = [
  ["machine-learning", "data-engineering", "kubernetes"],
  ["product-management", "ux", "design-thinking"],
  ["marketing-general", "ecommerce", "customer-experience"],
  ["controlling", "accounting", "tax"],
  ["hr", "leadership", "learning-development"],
];

/** The analyzer with a file cache keyed by the analysed text (the analysis is deterministic). */
function cached(analyzer: ArticleAnalyzer): ArticleAnalyzer {
  if (process.argv.includes("--no-cache")) return analyzer;
  const file = join(tmpdir(), `tellerrand-eval-digest-${analyzer.version}.jsonl`);
  const memo = new Map<string, AnalysisRow>();
  if (existsSync(file)) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (line === "") continue;
      const { key, row } = JSON.parse(line) as { key: string; row: AnalysisRow };
      memo.set(key, row);
    }
  }
  return {
    ...analyzer,
    analyze(article, words) {
      const key = `${JSON.stringify(words)}\u0000${analysisText(article)}`;
      const hit = memo.get(key);
      if (hit !== undefined) return { ...hit, articleId: article.id };
      const row = analyzer.analyze(article, words);
      memo.set(key, row);
      appendFileSync(file, `${JSON.stringify({ key, row })}\n`);
      return row;
    },
  };
}

async function main(): Promise<void> {
  const analyzer = cached(await createArticleAnalyzer());
  const leaks: string[] = [];
  const notes: string[] = [];
  const rows: string[] = [];
  const byId = new Map(allConcepts().map((c) => [c.id, c]));
  for (const persona of PERSONAS) {
    const concepts = persona.flatMap((id) => (byId.get(id) ? [byId.get(id) as Concept] : []));
    const srcs = sources();
    const db = await openDatabase(":memory:");
    for (const s of [...new Set(srcs.map((x) => x.org)), "bbc", "derstandard"])
      await db
        .insertInto("organizations")
        .values({ key: s, name: s, self_employed: 0, industry: null })
        .execute();
    const feeds = [
      ...srcs,
      { title: "BBC", kind: "media", org: "bbc" },
      { title: "DER STANDARD", kind: "media", org: "derstandard" },
    ];
    for (const [i, f] of feeds.entries())
      await db
        .insertInto("feeds")
        .values({
          id: i + 1,
          url: `https://f${i + 1}.example/feed`,
          title: f.title,
          kind: f.kind,
          org_key: f.org,
          created_at: NOW.toISOString(),
        })
        .execute();
    const articles = [...generated(concepts, srcs), ...real(srcs.length + 1)];
    const political = new Map<number, boolean>();
    for (let i = 0; i < articles.length; i += 200) {
      const chunk = articles.slice(i, i + 200).map((a, k) => {
        const at = new Date(NOW.getTime() - a.hoursAgo * 3_600_000).toISOString();
        return {
          feed_id: a.feed,
          guid: `g${i + k}`,
          url: `https://x.example/${i + k}`,
          canonical_url: `https://x.example/${i + k}`,
          content_hash: `h${i + k}`,
          title: a.title,
          summary_text: a.summary,
          authors: "[]",
          categories: "[]",
          enclosures: "[]",
          word_count: 100,
          sort_at: at,
          published_at: at,
          fetched_at: at,
        };
      });
      const ids = await db.insertInto("articles").values(chunk).returning("id").execute();
      ids.forEach((r, k) => {
        political.set(r.id, articles[i + k]?.political ?? false);
      });
    }
    const store = new SqlDigestStore(db);
    const since = new Date(NOW.getTime() - 4 * 86_400_000).toISOString();
    await ensureAnalyses(store, analyzer, since, { keepWords: [], blockWords: [] });
    const interests = concepts.map((c) => c.label.en).join(", ");
    for (const strictness of ["partisan", "strict"] as const) {
      const req: DigestRequest = {
        now: NOW,
        since,
        limit: LIMIT,
        showHidden: 0,
        strictness,
        interests,
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
      const { plan } = await buildDigest(store, analyzer, req);
      // The same relevance function for both: the digest's r(a) over every candidate.
      const table = await store.candidates(since, analyzer.version);
      const ctx = await rankingContext(store, req);
      const cols = scoreTable(table, ctx);
      const relevance = cols.relevance;
      const beyondPool: number[] = [];
      const relOf = new Map<number, number>();
      const all: C[] = [];
      const visible = new Set<number>();
      const filter = {
        strictness,
        politicalThreshold: analyzer.politicalThreshold(strictness),
        privateThreshold: 0.5,
      };
      for (let i = 0; i < table.size; i++) {
        if (hiddenKindAt(table, i, filter) === null) {
          visible.add(table.ids[i] as number);
          if (cols.beyond[i] === 1) beyondPool.push(relevance[i] as number);
        }
        const src = table.sources[table.source[i] as number];
        const id = table.ids[i] as number;
        relOf.set(id, relevance[i] as number);
        all.push({
          id,
          sourceId: src?.id ?? "none",
          orgKey: src?.orgKey ?? null,
          kind: src?.kind ?? null,
        });
      }
      const baseline = all
        .sort((a, b) => (relOf.get(b.id) ?? 0) - (relOf.get(a.id) ?? 0) || a.id - b.id)
        .slice(0, LIMIT);
      const digest = plan.items.map((i) => i.candidate);
      const ceiling = cappedByRelevance(
        all.filter((c) => visible.has(c.id)),
        req.settings,
      );
      const core = plan.items.filter((i) => i.section === "core").map((i) => i.candidate);
      const beyondRel = plan.items
        .filter((i) => i.section === "beyond")
        .map((i) => i.parts.relevance);
      notes.push(
        `${persona[0]} ${strictness}: ceiling (relevance-only top ${LIMIT} under the same filters and caps, no beyond share, no diversity) ${mean(ceiling, relOf).toFixed(3)} = ${((100 * mean(ceiling, relOf)) / mean(baseline, relOf)).toFixed(1)}% of rel-only; digest core items ${mean(core, relOf).toFixed(3)} = ${((100 * mean(core, relOf)) / mean(baseline, relOf)).toFixed(1)}%; beyond-eligible ${beyondPool.length} (best r ${Math.max(0, ...beyondPool).toFixed(3)}, top-4 mean r ${(
          beyondPool
            .sort((a, b) => b - a)
            .slice(0, 4)
            .reduce((a, b) => a + b, 0) / 4
        ).toFixed(
          3,
        )}); picked beyond items ${beyondRel.length}, mean r ${(beyondRel.reduce((a, b) => a + b, 0) / Math.max(1, beyondRel.length)).toFixed(3)}`,
      );
      for (const item of plan.items.filter((i) => political.get(i.candidate.id) === true)) {
        const p = item.candidate.analysis.political;
        leaks.push(
          `${persona[0]} ${strictness}: #${item.candidate.id} ${item.candidate.sourceTitle} P(partisan) ${p.partisan.toFixed(2)} P(strict) ${p.strict.toFixed(2)} r ${item.parts.relevance.toFixed(2)} — ${item.candidate.title.slice(0, 90)}`,
        );
      }
      rows.push(measure(persona[0] ?? "", strictness, digest, baseline, political, relOf));
    }
    await db.destroy();
  }
  process.stdout.write(`seed ${SEED}${useReal ? " + real articles" : ""}\n`);
  process.stdout.write(
    `| persona | strictness | political digest / rel-only | own-employer digest / rel-only | source HHI digest / rel-only | org HHI digest / rel-only | mean relevance digest / rel-only (ratio) |\n|---|---|---|---|---|---|---|\n${rows.join("\n")}\n`,
  );
  process.stdout.write(`\n${notes.join("\n")}\n`);
  process.stdout.write(
    `\npolitical (by the data set's label) items in the digests: ${leaks.length}\n${leaks.join("\n")}\n`,
  );
}

type C = { id: number; sourceId: string; orgKey: string | null; kind: string | null };

const mean = (xs: C[], rel: Map<number, number>) =>
  xs.reduce((s, x) => s + (rel.get(x.id) ?? 0), 0) / Math.max(1, xs.length);

/** Greedy top L by relevance (already sorted) under the digest's caps: the attainable ceiling. */
function cappedByRelevance(
  sorted: C[],
  caps: { perSourceCap: number; perOrgCap: number; ownEmployerCap: number },
): C[] {
  const max = (share: number) => Math.max(1, Math.floor(share * LIMIT + 1e-9));
  const bySource = new Map<string, number>();
  const byOrg = new Map<string, number>();
  let own = 0;
  const out: C[] = [];
  for (const c of sorted) {
    if (out.length >= LIMIT) break;
    const isOwn = c.orgKey === "acme";
    if ((bySource.get(c.sourceId) ?? 0) >= max(caps.perSourceCap)) continue;
    if (c.orgKey !== null && (byOrg.get(c.orgKey) ?? 0) >= max(caps.perOrgCap)) continue;
    if (isOwn && own >= Math.floor(caps.ownEmployerCap * LIMIT + 1e-9)) continue;
    bySource.set(c.sourceId, (bySource.get(c.sourceId) ?? 0) + 1);
    if (c.orgKey !== null) byOrg.set(c.orgKey, (byOrg.get(c.orgKey) ?? 0) + 1);
    if (isOwn) own++;
    out.push(c);
  }
  return out;
}
function measure(
  persona: string,
  strictness: string,
  digest: C[],
  base: C[],
  political: Map<number, boolean>,
  rel: Map<number, number>,
): string {
  const share = (xs: C[], f: (c: C) => boolean) =>
    xs.length === 0 ? 0 : xs.filter(f).length / xs.length;
  const conc = (xs: C[], key: (c: C) => string) => {
    const counts = new Map<string, number>();
    for (const x of xs) counts.set(key(x), (counts.get(key(x)) ?? 0) + 1);
    return hhi([...counts.values()].map((n) => n / xs.length));
  };
  const mean = (xs: C[]) =>
    xs.reduce((s, x) => s + (rel.get(x.id) ?? 0), 0) / Math.max(1, xs.length);
  const f = (x: number) => x.toFixed(3);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const pol = (c: C) => political.get(c.id) === true;
  const own = (c: C) => c.orgKey === "acme";
  return `| ${persona} | ${strictness} | ${pct(share(digest, pol))} / ${pct(share(base, pol))} | ${pct(share(digest, own))} / ${pct(share(base, own))} | ${f(conc(digest, (c) => c.sourceId))} / ${f(conc(base, (c) => c.sourceId))} | ${f(conc(digest, (c) => c.orgKey ?? "-"))} / ${f(conc(base, (c) => c.orgKey ?? "-"))} | ${f(mean(digest))} / ${f(mean(base))} (${pct(mean(digest) / Math.max(1e-9, mean(base)))}) |`;
}

await main();
