/**
 * The compact n-gram stage against eld itself (eld/small, subset ELD_LANGS), the path it
 * replaced: same scores, same order, on the hand-written posts, a fixed sample of generated
 * texts that hits eld's edge cases, and (when ../shared/data/politics is present) the news
 * sentences of scripts/eval-lang.ts. Loads eld's database: ~150 MB for this file.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { eld } from "eld/small";
import { beforeAll, describe, expect, it } from "vitest";
import {
  detectLanguage,
  detectLanguageWith,
  ELD_LANGS,
  eldScores,
  loadLangModel,
} from "../../src/text/lang/index.js";

const FIXTURES = join(import.meta.dirname, "../fixtures/text/lang");
const POLITICS = join(import.meta.dirname, "../../../shared/data/politics");
const lines = (f: string) =>
  readFileSync(join(FIXTURES, f), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "");

const reference = eld.newInstance();
reference.setLanguageSubset([...ELD_LANGS]);

/** What src/text/lang/eld.ts computed with eld before the port. */
function eldReference(text: string): Map<string, number> {
  const scaled = new Map<string, number>();
  const result = reference.detect(text);
  if (result.language === "") return scaled;
  const raw = Object.entries(result.getScores());
  const best = Math.max(...raw.map(([, s]) => s));
  for (const [lang, s] of raw) scaled.set(lang, s / best);
  return scaled;
}

function posts(): string[] {
  return [
    ...lines("de.txt"),
    ...lines("en.txt"),
    ...lines("other.tsv").map((row) => row.split("\t")[1] ?? ""),
  ];
}

/** Deterministic texts over letters of many scripts, digits, apostrophes, emoji, lone
 * surrogates and combining marks; some words > 70 bytes, some texts > 1,000 characters. */
function generated(count: number): string[] {
  const pieces = [
    ..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    ..."äöüßÄÖÜéèêàçñøåæłśżźąęğşıİœ",
    ..."αβγδЖжщыיאعب中文日本語한국",
    ..."0123456789",
    ..."'`’.,;:!?-_/()#@&\u0301\u0307",
    "🎉",
    "👩🏽‍💻",
    "\ud800",
    "\udc00",
    "𝐀",
    "https://example.com/x",
    " ",
    "  ",
    "\n",
  ];
  let seed = 20260301;
  const rnd = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const longWords = () =>
    Array.from({ length: 1 + rnd(3) }, () =>
      Array.from({ length: 50 + rnd(60) }, () => pieces[rnd(78)]).join(""),
    ).join(" ");
  return Array.from({ length: count }, (_, i) => {
    if (i % 10 === 3) return longWords();
    const len = i % 50 === 0 ? 1200 : 1 + rnd(120);
    const letters = i % 7 === 0 ? 26 : pieces.length;
    let s = "";
    while (s.length < len) s += rnd(5) === 0 ? " " : pieces[rnd(letters)];
    return s;
  });
}

function newsSentences(): string[] {
  const out: string[] = [];
  for (const file of ["de-10kgnad-part-a.jsonl", "en-bbc-news.jsonl"]) {
    for (const line of readFileSync(join(POLITICS, file), "utf8").split("\n")) {
      if (line.trim() === "") continue;
      const text = (JSON.parse(line) as { text: string }).text;
      out.push(text.split(/(?<=[.!?])\s+/u)[0] ?? "");
    }
  }
  return out;
}

function disagreements(texts: readonly string[]): string[] {
  const bad: string[] = [];
  for (const text of texts) {
    const got = [...eldScores(text)];
    const want = [...eldReference(text)];
    if (JSON.stringify(got) !== JSON.stringify(want)) bad.push(text);
  }
  return bad;
}

beforeAll(() => loadLangModel());

describe("compact n-gram model vs eld", () => {
  it("gives eld's scores, in eld's order, for the hand-written posts", () => {
    const texts = posts();
    expect(texts.length).toBeGreaterThan(400);
    expect(disagreements(texts)).toEqual([]);
    // And as detectLanguage passes them: lower-cased words joined by spaces.
    const joined = texts.map((t) => t.toLowerCase().split(/\s+/u).join(" "));
    expect(disagreements(joined)).toEqual([]);
    expect(eldScores("Quarterly profits jumped sharply").get("en")).toBe(1);
  });

  it("gives eld's scores on 3,000 generated texts with eld's edge cases", () => {
    const texts = generated(3000);
    expect(texts.filter((t) => eldReference(t).size > 1).length).toBeGreaterThan(1000);
    expect(disagreements(texts)).toEqual([]);
  });

  it("decides every post as the eld-based combination did", () => {
    for (const text of posts()) {
      expect(detectLanguage(text)).toEqual(detectLanguageWith(text, eldReference));
    }
  });

  it.skipIf(!existsSync(POLITICS))(
    "gives eld's scores on the news sentences (reads shared data)",
    () => {
      const texts = newsSentences();
      expect(texts.length).toBeGreaterThan(2500);
      expect(disagreements(texts)).toEqual([]);
    },
  );
});
