/**
 * fastText-style hashed features for the politics filter: lower-cased NFKC word tokens
 * (Unicode letters, numbers and marks), word bigrams, and character 3–5-grams of each word
 * framed by `<` and `>`. Every feature is an FNV-1a 32-bit hash over UTF-16 code units, mixed
 * and folded into `buckets` (a power of two). No string is allocated per token or n-gram: the
 * hot loop reads char codes and keeps the FNV state incrementally (the hash of a 4-gram
 * extends the hash of its 3-gram prefix), which is what makes ≥ 200,000 short texts/s possible.
 * The scorer loads the raw text through a per-code-unit lower-casing table into a reused
 * buffer ({@link FeatureBuffer.load}) and reads one byte per weight ({@link WeightTable}).
 */

import { lowerTableFor, wordChars } from "./chars.js";

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Namespaces, so that the word "ich" and the character 3-gram "ich" land in different buckets. */
const SEED_WORD = 0x2f1a9b3c;
const SEED_NGRAM = 0x51ed270b;
const SEED_BIGRAM = 0x7c15f4a9;
/** Longer tokens (hashes, IDs, glued URLs) add no useful character n-grams, only noise. */
const MAX_NGRAM_WORD = 30;
const MIN_N = 3;
const MAX_N = 5;
const BOW = 60; // "<"
const EOW = 62; // ">"
/** Scratch for one framed word's char codes (words longer than MAX_NGRAM_WORD skip n-grams). */
const FRAMED = new Int32Array(MAX_NGRAM_WORD + 2);

/** murmur3's finaliser: FNV's low bits are weak, and buckets are taken from the low bits. */
export function mix32(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** FNV-1a over `s[start, end)`, the hash a token is known by (also used by the lexicons). */
export function hashRange(s: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** Hash of two adjacent token hashes, the key of a word bigram (and of two-word lexicon terms). */
export function pairHash(a: number, b: number): number {
  return mix32(Math.imul(a, 0x9e3779b1) ^ b ^ SEED_BIGRAM);
}

/**
 * Code units that NFKC may change: everything above Latin-1, plus the Latin-1 compatibility
 * characters (no-break space, ¨ ª ¯ ² ³ ´ µ ¸ ¹ º ¼ ½ ¾). German and English text without
 * them (umlauts and ß included) is already NFKC, and skipping `normalize` halves the cost.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: a code-unit range, control chars included
const MAY_CHANGE_UNDER_NFKC = /[^\x00-\x9f\xa1-\xa7\xa9\xab-\xae\xb0\xb1\xb6\xb7\xbb\xbf-\xff]/;

/** Lower-case NFKC of a text. */
export function normalizeText(text: string): string {
  const lower = MAY_CHANGE_UNDER_NFKC.test(text) ? text.normalize("NFKC") : text;
  return lower.toLowerCase();
}

/**
 * A cheap pre-filter for the lexicon, filled by {@link TermIndex}: which prefix lengths exist,
 * and a 2^16-entry table of folded hashes (bit 1: a whole word or prefix term, bit 2: the last
 * word of a phrase). {@link featurize} marks tokens that pass, so the scorer looks up only those;
 * a false positive costs one exact look-up, never a wrong match.
 */
export class LexFilter {
  readonly prefixLengths = new Uint8Array(64);
  readonly bits = new Uint8Array(1 << 16);

  static fold(h: number): number {
    return (h ^ (h >>> 16)) & 0xffff;
  }
}

/**
 * Reusable output of {@link featurize}: the buckets of every feature, the token each belongs
 * to (a bigram is stored as −1 − its second token), and each token's span, hash, bigram hash and
 * lexicon flags. Typed arrays grow on demand and are reused across texts, so scoring allocates
 * nothing. In scoring mode (weights given) only the weight sum and the tokens are kept.
 */
export class FeatureBuffer {
  /** The normalised text's code units (see {@link FeatureBuffer.load}), `length` of them. */
  codes = new Uint16Array(256);
  length = 0;
  buckets = new Uint32Array(1024);
  owner = new Int32Array(1024);
  tokStart = new Int32Array(64);
  tokEnd = new Int32Array(64);
  tokHash = new Uint32Array(64);
  /** pairHash(previous token, this token), 0 for the first token. */
  tokPair = new Uint32Array(64);
  /** LexFilter bits that this token passed (0 when no filter was given). */
  tokFlag = new Uint8Array(64);
  features = 0;
  tokens = 0;
  /** Σ weights[bucket] over all features, in scoring mode. */
  sum = 0;

  /**
   * Loads the lower-cased NFKC code units of a raw text into `codes`, without allocating a
   * string when every code unit has a context-free one-unit form (see lowerTableFor); else
   * through {@link normalizeText}. Both give the same code units.
   */
  load(text: string): void {
    const table = lowerTableFor();
    const len = text.length;
    if (len > this.codes.length) this.codes = new Uint16Array(len * 2);
    const codes = this.codes;
    for (let i = 0; i < len; i++) {
      const c = table[text.charCodeAt(i)] as number;
      if (c === 0) {
        this.loadString(normalizeText(text));
        return;
      }
      codes[i] = c;
    }
    this.length = len;
  }

  /** Loads an already normalised text as it is. */
  loadString(s: string): void {
    const len = s.length;
    if (len > this.codes.length) this.codes = new Uint16Array(len * 2);
    for (let i = 0; i < len; i++) this.codes[i] = s.charCodeAt(i);
    this.length = len;
  }

  /** Sizes the arrays for a text of `len` code units: at most 5·len + 2 features, len tokens. */
  reserve(len: number): void {
    const need = 5 * len + 8;
    if (need > this.buckets.length) {
      this.buckets = new Uint32Array(need * 2);
      this.owner = new Int32Array(need * 2);
    }
    if (len + 1 > this.tokStart.length) {
      const n = len * 2 + 2;
      this.tokStart = new Int32Array(n);
      this.tokEnd = new Int32Array(n);
      this.tokHash = new Uint32Array(n);
      this.tokPair = new Uint32Array(n);
      this.tokFlag = new Uint8Array(n);
    }
  }
}

const NO_FILTER = new LexFilter();

/**
 * A level's weights as the scorer reads them: one byte code per bucket and the 256 float values
 * the codes stand for (see model.ts), so the weights take half the cache of int16.
 */
export interface WeightTable {
  codes: Uint8Array;
  values: Float64Array;
}

/**
 * Fills `out` with the tokens and feature buckets of an already normalised text (see
 * {@link normalizeText}). Returns the number of features. With `weights`, it is the scorer's
 * hot path instead: the features' weights are summed into `out.sum` and no bucket is stored.
 *
 * @example
 * const out = new FeatureBuffer();
 * featurize(normalizeText("Die Bundestagswahl naht"), 1 << 20, out); // → 3 words + 2 bigrams + n-grams
 */
export function featurize(
  s: string,
  buckets: number,
  out: FeatureBuffer,
  weights?: WeightTable,
  filter: LexFilter = NO_FILTER,
): number {
  out.loadString(s);
  return featurizeLoaded(buckets, out, weights, filter);
}

/** {@link featurize} over the text already in `out` (see {@link FeatureBuffer.load}). */
export function featurizeLoaded(
  buckets: number,
  out: FeatureBuffer,
  weights?: WeightTable,
  filter: LexFilter = NO_FILTER,
): number {
  const table = wordChars();
  const mask = buckets - 1;
  const len = out.length;
  const s = out.codes;
  out.reserve(len);
  out.features = 0;
  out.tokens = 0;
  out.sum = 0;
  const plen = filter.prefixLengths;
  const bits = filter.bits;
  const q = weights?.codes;
  const values = weights?.values as Float64Array;
  // Locals, not fields: the loop below is the scorer's hot path.
  const { tokStart, tokEnd, tokHash, tokPair, tokFlag, buckets: store, owner } = out;
  let sum = 0;
  let f = 0;
  let t = 0;
  let prevHash = 0;
  let i = 0;
  while (i < len) {
    if (table[s[i] as number] === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = FNV_OFFSET;
    let flag = 0;
    while (i < len) {
      const c = s[i] as number;
      if (table[c] === 0) break;
      h = Math.imul(h ^ c, FNV_PRIME);
      i++;
      // The token's FNV prefix hashes come for free here: test those of lexicon prefix lengths.
      if (i - start < 64 && plen[i - start] === 1)
        flag |= (bits[LexFilter.fold(h >>> 0)] as number) & 1;
    }
    const hash = h >>> 0;
    tokStart[t] = start;
    tokEnd[t] = i;
    tokHash[t] = hash;
    tokFlag[t] = flag | (bits[LexFilter.fold(hash)] as number);
    const wordBucket = mix32(hash ^ SEED_WORD) & mask;
    const pair = t > 0 ? pairHash(prevHash, hash) : 0;
    tokPair[t] = pair;
    if (q !== undefined) {
      sum += values[q[wordBucket] as number] as number;
      f++;
      if (t > 0) {
        sum += values[q[pair & mask] as number] as number;
        f++;
      }
    } else {
      store[f] = wordBucket;
      owner[f++] = t;
      if (t > 0) {
        store[f] = pair & mask;
        owner[f++] = -1 - t;
      }
    }
    if (i - start <= MAX_NGRAM_WORD) f = charNgrams(s, start, i, mask, t, out, f, q, values);
    prevHash = hash;
    t++;
  }
  out.tokens = t;
  out.features = f;
  out.sum += sum;
  return f;
}

/** Character n-grams of `<word>`, each n-gram's hash extended from its (n−1)-gram prefix. */
function charNgrams(
  s: Uint16Array,
  start: number,
  end: number,
  mask: number,
  token: number,
  out: FeatureBuffer,
  f0: number,
  q: Uint8Array | undefined,
  values: Float64Array,
): number {
  const framed = end - start + 2;
  const codes = FRAMED;
  codes[0] = BOW;
  for (let j = 1; j < framed - 1; j++) codes[j] = s[start + j - 1] as number;
  codes[framed - 1] = EOW;
  let f = f0;
  if (q === undefined) {
    const buckets = out.buckets;
    const owner = out.owner;
    for (let a = 0; a + MIN_N <= framed; a++) {
      let h = Math.imul(FNV_OFFSET ^ SEED_NGRAM ^ (codes[a] as number), FNV_PRIME);
      h = Math.imul(h ^ (codes[a + 1] as number), FNV_PRIME);
      const stop = a === 0 && framed <= MAX_N ? framed - 1 : Math.min(a + MAX_N, framed);
      for (let j = a + MIN_N - 1; j < stop; j++) {
        h = Math.imul(h ^ (codes[j] as number), FNV_PRIME);
        buckets[f] = (h ^ (h >>> 15) ^ (h >>> 23)) & mask;
        owner[f++] = token;
      }
    }
    return f;
  }
  // Scoring: the same n-grams, summed through the 256-entry value table (it stays in L1).
  let sum = 0;
  for (let a = 0; a + MIN_N <= framed; a++) {
    // The first MIN_N − 1 chars only extend the hash; every later step emits an n-gram.
    let h = Math.imul(FNV_OFFSET ^ SEED_NGRAM ^ (codes[a] as number), FNV_PRIME);
    h = Math.imul(h ^ (codes[a + 1] as number), FNV_PRIME);
    // The framed word itself is already the word feature.
    const stop = a === 0 && framed <= MAX_N ? framed - 1 : Math.min(a + MAX_N, framed);
    for (let j = a + MIN_N - 1; j < stop; j++) {
      h = Math.imul(h ^ (codes[j] as number), FNV_PRIME);
      // A cheap xor-shift fold is enough for the n-grams: FNV already mixed every char in.
      sum += values[q[(h ^ (h >>> 15) ^ (h >>> 23)) & mask] as number] as number;
      f++;
    }
  }
  out.sum += sum;
  return f;
}

/** All feature buckets of a text in order (for training; the scorer uses a sink). */
export function featureBuckets(text: string, buckets: number): Uint32Array {
  const out = new FeatureBuffer();
  const n = featurize(normalizeText(text), buckets, out);
  return out.buckets.slice(0, n);
}
