import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildModel } from "../../scripts/politics/build.js";
import { DEFAULT_OPTIONS, type Example, trainPolitics } from "../../scripts/politics/train.js";
import {
  FeatureBuffer,
  featureBuckets,
  featurize,
  featurizeLoaded,
  normalizeText,
} from "../../src/text/politics/features.js";
import { codeValues, decodeModel, encodeModel } from "../../src/text/politics/model.js";
import { Scorer } from "../../src/text/politics/scorer.js";

describe("featurizer", () => {
  it("tokenises Unicode words after NFKC lower-casing", () => {
    const s = normalizeText("Ｆｕｌｌwidth Straße, Entwickler:innen & x2!");
    const buf = new FeatureBuffer();
    featurize(s, 1 << 20, buf);
    const words = Array.from({ length: buf.tokens }, (_, i) =>
      s.slice(buf.tokStart[i], buf.tokEnd[i]),
    );
    expect(words).toEqual(["fullwidth", "straße", "entwickler", "innen", "x2"]);
  });

  it("emits word, bigram and char 3–5-gram features into the bucket range", () => {
    // "ab cd": words ab, cd (framed <ab>, <cd>: the 3-grams <ab, ab>, <cd, cd>; the 4-grams
    // are the whole framed words, already counted as the word) + 1 bigram = 7
    const f = featureBuckets("ab cd", 1 << 10);
    expect(f.length).toBe(7);
    for (const b of f) expect(b).toBeLessThan(1 << 10);
    expect(featureBuckets("AB  CD", 1 << 10)).toEqual(f);
    // a 5-letter word: 7 framed chars → 5 + 4 + 3 n-grams, minus none (the 7-gram is not one)
    expect(featureBuckets("hello", 1 << 20).length).toBe(1 + 12);
  });

  it("sums the same weights in scoring mode as over the stored buckets", () => {
    const codes = new Uint8Array(1 << 12).map((_, i) => 1 + ((i * 2654435761) % 255));
    const weights = { codes, values: codeValues(3) };
    const value = (b: number) => weights.values[codes[b] ?? 128] ?? 0;
    const buf = new FeatureBuffer();
    for (const text of ["Die Bundestagswahl naht", "ab", "Über 30 Entwickler:innen im Team!"]) {
      const s = normalizeText(text);
      const stored = featureBuckets(text, 1 << 12);
      const n = featurize(s, 1 << 12, buf, weights);
      expect(n).toBe(stored.length);
      expect(buf.sum).toBeCloseTo(
        stored.reduce((acc, b) => acc + value(b), 0),
        9,
      );
      // The scorer's allocation-free loader gives the same code units as normalizeText.
      buf.load(text);
      expect(featurizeLoaded(1 << 12, buf, weights)).toBe(n);
    }
  });

  it("loads raw text into the same code units as normalizeText, fast path or not", () => {
    const buf = new FeatureBuffer();
    for (const text of [
      "„Wahl“ – 5 € für ÄÖÜ ẞ straße",
      "Ｆｕｌｌwidth ﬁ ² İstanbul",
      "Ελληνικά ΣΟΦΙΑ a\u0308 e\u0301",
      "\u0000NUL and 😀 emoji",
    ]) {
      buf.load(text);
      const s = normalizeText(text);
      const got = Array.from(buf.codes.subarray(0, buf.length));
      // NUL may become a space on the fast path: neither is a word character.
      expect(got.map((c) => (c === 0 ? 32 : c))).toEqual(
        Array.from({ length: s.length }, (_, i) => s.charCodeAt(i) || 32),
      );
      const n = featurizeLoaded(1 << 20, buf);
      expect(buf.buckets.slice(0, n)).toEqual(featureBuckets(text, 1 << 20));
    }
  });

  it("is stable: the same text gives the same buckets", () => {
    expect(featureBuckets("Die Bundestagswahl naht", 1 << 20)).toEqual(
      featureBuckets("die bundestagswahl naht", 1 << 20),
    );
  });
});

const SAMPLE: Example[] = [
  ["The party won the election and formed a government", 1, 1],
  ["Parliament passed the new regulation on data", 0, 1],
  ["Die Koalition streitet über den Haushalt im Bundestag", 1, 1],
  ["Our team shipped the new release today", 0, 0],
  ["Der Stürmer traf zweimal im Derby", 0, 0],
  ["Quarterly revenue grew by ten percent", 0, 0],
].map(([text, partisan, strict]) => ({
  text: text as string,
  y: { partisan: partisan as 0 | 1, strict: strict as 0 | 1 },
  weight: 1,
}));

describe("training", () => {
  const options = { ...DEFAULT_OPTIONS, buckets: 1 << 12, meta: { sample: 1 } };

  it("is deterministic: two runs give the same bytes", () => {
    const a = encodeModel(trainPolitics(SAMPLE, options));
    const b = encodeModel(trainPolitics(SAMPLE, options));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("round-trips through the file format and learns the sample", () => {
    const model = decodeModel(encodeModel(trainPolitics(SAMPLE, options)), "sample");
    expect(model.meta).toEqual({ sample: 1 });
    const scorer = new Scorer(model);
    expect(scorer.score("The party won the election", "partisan")).toBeGreaterThan(0.5);
    expect(scorer.score("Our team shipped the release", "partisan")).toBeLessThan(0.5);
  });

  it("rejects a file that is not a model, naming it", () => {
    expect(() => decodeModel(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), "x.bin")).toThrow(/x\.bin/);
  });
});

// Reads ../shared/data/politics (not in the repo): skipped when the data is absent.
const DATA = "../shared/data/politics";
describe.skipIf(!existsSync(`${DATA}/en-bbc-news.jsonl`))("shipped model", () => {
  it("is rebuilt byte-identically from the data", { timeout: 300_000 }, () => {
    const { model } = buildModel(DATA, ".");
    const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
    expect(sha(encodeModel(model))).toBe(sha(readFileSync("src/text/models/politics.bin")));
  });
});
