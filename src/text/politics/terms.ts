/**
 * Word-list matching over hashed tokens, shared by the curated lexicons and the person's
 * keep/block words. Pattern syntax (case-insensitive, on lower-cased NFKC tokens; a token is a
 * run of Unicode letters, numbers and marks, so "Networking-Event" is two tokens):
 *
 * | pattern          | matches                                                    |
 * |------------------|------------------------------------------------------------|
 * | `wahl`, `=wahl`  | the whole word "Wahl" only (not "Auswahl", "Wahlkampf")     |
 * | `wahl*`          | words starting with "wahl": "Wahlkampf", "Wahlen"           |
 * | `*wahl`          | words ending with "wahl": "Bundestagswahl", "Auswahl"       |
 * | `*wahl*`         | words containing "wahl" anywhere                            |
 * | `prime minister` | the whole words in sequence (up to three words, no `*`)     |
 */
import {
  FeatureBuffer,
  featurize,
  hashRange,
  LexFilter,
  normalizeText,
  pairHash,
} from "./features.js";

export type TermKind = "word" | "prefix" | "suffix" | "infix" | "phrase";

export interface Term<T> {
  /** The pattern as written. */
  pattern: string;
  kind: TermKind;
  /** Lower-cased NFKC core of the pattern, without `*` and `=`. */
  core: string;
  data: T;
}

/** Splits a normalised text into token spans and hashes (allocates; used off the hot path). */
export function tokenSpans(s: string): Array<{ start: number; end: number; hash: number }> {
  const buf = new FeatureBuffer();
  featurize(s, 2, buf);
  return Array.from({ length: buf.tokens }, (_, i) => ({
    start: buf.tokStart[i] ?? 0,
    end: buf.tokEnd[i] ?? 0,
    hash: buf.tokHash[i] ?? 0,
  }));
}

/** Parses one pattern; returns undefined for a pattern with no letters or numbers. */
export function parseTerm<T>(pattern: string, data: T): Term<T> | undefined {
  let p = normalizeText(pattern.trim());
  if (p.startsWith("=")) p = p.slice(1);
  const starStart = p.startsWith("*");
  const starEnd = p.endsWith("*") && p.length > 1;
  const core = p.slice(starStart ? 1 : 0, starEnd ? -1 : undefined).trim();
  const words = tokenSpans(core);
  if (words.length === 0) return undefined;
  if (words.length > 1) {
    return {
      pattern,
      kind: "phrase",
      core: words.map((w) => core.slice(w.start, w.end)).join(" "),
      data,
    };
  }
  const word = core.slice(words[0]?.start, words[0]?.end);
  const kind: TermKind =
    starStart && starEnd ? "infix" : starStart ? "suffix" : starEnd ? "prefix" : "word";
  return { pattern, kind, core: word, data };
}

/** Hash of a phrase's token hashes, as computed while scanning (chained pair hashes). */
export function phraseHash(hashes: readonly number[]): number {
  let h = hashes[0] ?? 0;
  for (let i = 1; i < hashes.length; i++) h = pairHash(h, hashes[i] ?? 0);
  return h;
}

/** Open-addressing uint32 → value map: the hot path's lookups, ~5× cheaper than a Map. */
export class IntMap<V> {
  private keys: Uint32Array;
  private slots: Int32Array;
  private readonly values: V[] = [];
  private mask: number;

  constructor(capacity = 256) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keys = new Uint32Array(size);
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }

  set(key: number, value: V): void {
    if ((this.values.length + 1) * 2 > this.keys.length) this.rehash();
    let i = key & this.mask;
    while (this.slots[i] !== -1 && this.keys[i] !== key) i = (i + 1) & this.mask;
    if (this.slots[i] === -1) {
      this.keys[i] = key;
      this.slots[i] = this.values.length;
      this.values.push(value);
    } else this.values[this.slots[i] as number] = value;
  }

  get(key: number): V | undefined {
    let i = key & this.mask;
    for (;;) {
      const slot = this.slots[i] as number;
      if (slot === -1) return undefined;
      if (this.keys[i] === key) return this.values[slot];
      i = (i + 1) & this.mask;
    }
  }

  private rehash(): void {
    const { keys, slots, values } = this;
    const size = keys.length * 2;
    this.keys = new Uint32Array(size);
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    const old = [...values];
    values.length = 0;
    for (let i = 0; i < keys.length; i++) {
      const slot = slots[i] as number;
      if (slot !== -1) this.set(keys[i] as number, old[slot] as V);
    }
  }
}

/**
 * A compiled list for the hot path: whole words, prefixes and phrases of two or three words,
 * each looked up by hash. Suffix and infix patterns are kept for {@link matchTermsSlow}.
 */
export class TermIndex<T> {
  readonly words = new IntMap<Term<T>>();
  readonly prefixes = new IntMap<Term<T>>();
  readonly phrases2 = new IntMap<Term<T>>();
  readonly phrases3 = new IntMap<Term<T>>();
  readonly others: Term<T>[] = [];
  /** Pre-filter handed to featurize, so only plausible tokens are looked up. */
  readonly filter = new LexFilter();
  /** prefixLengths[n] = 1 when some prefix pattern has n code units. */
  readonly prefixLengths = new Uint8Array(64);
  maxPrefix = 0;

  constructor(terms: Iterable<Term<T>>) {
    for (const t of terms) this.add(t);
  }

  private add(t: Term<T>): void {
    const bits = this.filter.bits;
    if (t.kind === "word") {
      const h = hashRange(t.core, 0, t.core.length);
      this.words.set(h, t);
      bits[LexFilter.fold(h)] = (bits[LexFilter.fold(h)] as number) | 1;
    } else if (t.kind === "prefix" && t.core.length < 64) {
      const h = hashRange(t.core, 0, t.core.length);
      this.prefixes.set(h, t);
      bits[LexFilter.fold(h)] = (bits[LexFilter.fold(h)] as number) | 1;
      this.prefixLengths[t.core.length] = 1;
      this.filter.prefixLengths[t.core.length] = 1;
      this.maxPrefix = Math.max(this.maxPrefix, t.core.length);
    } else if (t.kind === "phrase") {
      const hashes = tokenSpans(t.core).map((w) => w.hash);
      const last = LexFilter.fold(hashes[hashes.length - 1] ?? 0);
      bits[last] = (bits[last] as number) | 2;
      if (hashes.length === 2) this.phrases2.set(phraseHash(hashes), t);
      else if (hashes.length === 3) this.phrases3.set(phraseHash(hashes), t);
      else this.others.push(t);
    } else this.others.push(t);
  }

  /** The word or prefix term matching token `s[start, end)` (code units) whose hash is `hash`. */
  matchToken(s: Uint16Array, start: number, end: number, hash: number): Term<T> | undefined {
    const whole = this.words.get(hash);
    if (whole) return whole;
    if (this.maxPrefix === 0) return undefined;
    const stop = Math.min(end - start, this.maxPrefix);
    let h = 0x811c9dc5;
    for (let n = 1; n <= stop; n++) {
      h = Math.imul(h ^ (s[start + n - 1] as number), 0x01000193);
      if (this.prefixLengths[n] === 1) {
        const hit = this.prefixes.get(h >>> 0);
        if (hit) return hit;
      }
    }
    return undefined;
  }
}

/**
 * Every pattern of `terms` that occurs in `text` (all kinds; allocates, for overrides and
 * previews, not for the per-text hot path).
 *
 * @example
 * const terms = ["=wahl", "*wahl"].map((p) => parseTerm(p, null)).filter((t) => t !== undefined);
 * matchTermsSlow("Die Bundestagswahl", terms); // → [the "*wahl" term]
 */
export function matchTermsSlow<T>(text: string, terms: readonly Term<T>[]): Term<T>[] {
  const s = normalizeText(text);
  const words = tokenSpans(s).map((w) => s.slice(w.start, w.end));
  const joined = ` ${words.join(" ")} `;
  return terms.filter((t) => {
    switch (t.kind) {
      case "word":
        return words.includes(t.core);
      case "prefix":
        return words.some((w) => w.startsWith(t.core));
      case "suffix":
        return words.some((w) => w.endsWith(t.core));
      case "infix":
        return words.some((w) => w.includes(t.core));
      case "phrase":
        return joined.includes(` ${t.core} `);
    }
    return false;
  });
}
