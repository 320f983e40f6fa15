/**
 * Training and evaluation data for the politics filter: the two news sets in
 * ../shared/data/politics (read, never copied) and the hand-written posts, with a fixed-seed
 * held-out split by document, stratified per language and label.
 *
 * Labels: BBC `politics` → political. 10kGNAD `Inland` (domestic politics) and `International`
 * (foreign news, overwhelmingly politics and geopolitics) → political; `Etat` (the media
 * section), `Wirtschaft` (business), `Panorama` and the rest → not political. Panorama holds
 * some refugee and climate-summit stories; they stay negative because the label says so, which
 * costs the German figures a little and is stated in the model card.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export type Lang = "en" | "de";
export type PostLabel = "partisan" | "policy" | "professional" | "other";

export interface NewsDoc {
  id: string;
  lang: Lang;
  section: string;
  political: boolean;
  text: string;
}

export interface Post {
  label: PostLabel;
  lang: Lang;
  text: string;
  /** Training weight, when the file sets one (see examples.ts for the default). */
  weight?: number;
}

const GERMAN_POLITICAL = new Set(["Inland", "International"]);

export function loadNews(dir: string): NewsDoc[] {
  const docs: NewsDoc[] = [];
  const read = (file: string, lang: Lang) => {
    const lines = readFileSync(join(dir, file), "utf8").split("\n");
    lines.forEach((line, i) => {
      if (line.trim() === "") return;
      const row = JSON.parse(line) as { id?: string; label: string; text: string };
      const political = lang === "en" ? row.label === "politics" : GERMAN_POLITICAL.has(row.label);
      docs.push({
        id: row.id ?? `${file}:${i + 1}`,
        lang,
        section: row.label,
        political,
        text: row.text,
      });
    });
  };
  read("en-bbc-news.jsonl", "en");
  read("de-10kgnad-part-a.jsonl", "de");
  return docs;
}

export function parsePosts(tsv: string, weight?: number): Post[] {
  const posts: Post[] = [];
  for (const line of tsv.split("\n")) {
    if (line.startsWith("#") || line.trim() === "") continue;
    const [label, lang, text] = line.split("\t");
    if (!label || !lang || !text) throw new Error(`bad post line: ${line}`);
    const post: Post = { label: label as PostLabel, lang: lang as Lang, text };
    if (weight !== undefined) post.weight = weight;
    posts.push(post);
  }
  return posts;
}

/** mulberry32: a tiny seeded PRNG, so every shuffle is the same on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

/** Held-out split: `share` of each (language, political) stratum, chosen with a fixed seed. */
export function splitNews(docs: NewsDoc[], share = 0.2, seed = 20260301) {
  const random = rng(seed);
  const train: NewsDoc[] = [];
  const test: NewsDoc[] = [];
  for (const lang of ["en", "de"] as const) {
    for (const political of [true, false]) {
      const stratum = docs.filter((d) => d.lang === lang && d.political === political);
      const mixed = shuffle(stratum, random);
      const cut = Math.round(mixed.length * share);
      test.push(...mixed.slice(0, cut));
      train.push(...mixed.slice(cut));
    }
  }
  return { train, test };
}

/** Sentences, split at ., ?, ! or the German lead's " – " before a capital or quote. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=["„“'(]?\p{Lu})|\s+[–-]\s+(?=\p{Lu})/u)
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 3);
}

/** A headline-length text: the first sentence, at most `maxWords` words. */
export function firstSentence(text: string, maxWords = 20): string {
  const first = sentences(text)[0] ?? text;
  return first.split(/\s+/).slice(0, maxWords).join(" ");
}
