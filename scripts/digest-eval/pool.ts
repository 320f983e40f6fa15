/**
 * The evaluation's article pool: generated articles with known topics, sources, organisations and
 * political labels, plus the real news articles of ../shared/data/politics (when present).
 */
import { existsSync, readFileSync } from "node:fs";
import { mulberry32 as prng } from "../../src/integrations/importers/linkedin/sample/prng.js";
import { allConcepts, type Concept } from "../../src/text/topics/index.js";

const DATA = new URL("../../../shared/data/politics/", import.meta.url);

/** The interests of each persona (concept ids of the topic vocabulary). */
export const PERSONAS = [
  ["machine-learning", "data-engineering", "kubernetes"],
  ["product-management", "ux", "design-thinking"],
  ["marketing-general", "ecommerce", "customer-experience"],
  ["controlling", "accounting", "tax"],
  ["hr", "leadership", "learning-development"],
];

/**
 * Each persona's current position: its title names the first interest (the work is one of the
 * interests; the other two lie beyond it). `--work 2` adds a description naming the second.
 */
export const WORK_TITLES = [
  "Machine learning engineer",
  "Product manager",
  "Marketing manager",
  "Controller",
  "HR manager",
];

const POLITICAL = [
  "The prime minister and the opposition leader clashed in parliament ahead of the general election.",
  "Labour and the Conservatives traded blows over the coalition talks and the next election campaign.",
  "Die Koalition aus SPD und CDU streitet im Bundestag über die Landtagswahl und den Kanzler.",
  "Der Bundeskanzler wirft der Opposition im Wahlkampf Populismus vor; die Grünen kontern.",
  "Senators from both parties blocked the president's nominee in a partisan vote.",
];

export interface Labelled {
  title: string;
  summary: string;
  feed: number;
  political: boolean;
  hoursAgo: number;
}

export interface SourceSpec {
  title: string;
  kind: string;
  org: string;
  field: string;
  volume: number;
}

/** A seeded generator of pools (one random stream for the whole run, as before the split). */
export function poolMaker(seed: number, useReal: boolean) {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;

  /** Sources: 1 own blog, 4 own-employer (org acme), 10 media, 25 other companies (20 orgs). */
  function sources(): SourceSpec[] {
    const fields = allConcepts()
      .filter((c) => c.path.length === 2)
      .map((c) => c.id);
    const out: SourceSpec[] = [];
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

  function generated(personaConcepts: Concept[], srcs: SourceSpec[]): Labelled[] {
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

  return { sources, generated, real };
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
