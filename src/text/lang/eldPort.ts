/**
 * eld's detection algorithm, ported to run on the compact model of `ngramModel.ts`.
 *
 * Port of `languageDetector.js` and `LanguageResult.js` of eld 2.1.0 (Efficient Language
 * Detector, https://github.com/nitotm/efficient-language-detector-js):
 *   Copyright 2023 Nito T.M. (https://github.com/nitotm), licensed under the Apache License,
 *   Version 2.0 (https://www.apache.org/licenses/LICENSE-2.0). Changed: the n-gram table is a
 *   typed-array hash table holding only our languages; byte strings are arrays of dictionary
 *   codes; n-grams are deduplicated as packed integers. Steps and arithmetic are eld's, so scores
 *   are bit-identical (checked against eld by test/text/lang-eld.test.ts).
 *
 * Restricting the table to our languages before scoring equals eld's `setLanguageSubset`, which
 * filters after scoring: each language's raw score is a sum over its own n-grams only, and the
 * n-gram count that scales it counts every distinct n-gram of the text, known or not. (eld's
 * per-language `avgScore` only feeds `isReliable()`, which we do not use.)
 */
import { findRow, MAX_KEY, type NgramModel, slotOf } from "./ngramModel.js";

/** eld reads only the first 1,000 characters. */
const MAX_CHARS = 1000;
/** Stop at the first space after this many bytes ... */
const CUT_AFTER = 350;
/** ... and after any character past this many. */
const ENFORCE_CUT_AFTER = 380;
/** eld's n-grams: 4 codes, stride 3, words cut to 70 bytes. */
const MAX_WORD = 70;
/** eld's hand-picked scale of the 0–1 score: s = x / (x + 25), x = raw / n-gram count. */
const SCALE = 25;
const SPACE = 32;

// Reused buffers: at most 380 bytes (+ up to 3 of the last character) survive the cut. No
// closures in the hot path: tsx and vitest wrap every closure created per call in __name().
const codes = new Uint8Array(512);
const wordStart = new Int32Array(512);
const wordEnd = new Int32Array(512);
const key = new Uint8Array(8);
const seenLong = new Set<string>();
let size = 0;

// The distinct n-grams of one text (at most ~200): a small open-addressing set whose slots
// belong to the current text when their stamp is `stamp`, so it never needs clearing.
const SEEN_SLOTS = 1024;
const seenLo = new Uint32Array(SEEN_SLOTS);
const seenHi = new Uint16Array(SEEN_SLOTS);
const seenStamp = new Uint32Array(SEEN_SLOTS);
let stamp = 0;
let distinct = 0;

function newText(): void {
  stamp++;
  if (stamp === 0xffffffff) {
    seenStamp.fill(0);
    stamp = 1;
  }
  distinct = 0;
  seenLong.clear();
}

/** True the first time (lo, hi) is seen in the current text. */
function firstSeen(lo: number, hi: number): boolean {
  let s = slotOf(lo, hi, SEEN_SLOTS - 1);
  while (seenStamp[s] === stamp) {
    if (seenLo[s] === lo && seenHi[s] === hi) return false;
    s = (s + 1) & (SEEN_SLOTS - 1);
  }
  seenStamp[s] = stamp;
  seenLo[s] = lo;
  seenHi[s] = hi;
  distinct++;
  return true;
}

function putByte(dict: Uint8Array, byte: number): void {
  codes[size++] = dict[byte - 0x80] ?? SPACE;
}

/** eld's `textProcessor` + `strToUtf8Bytes`: words as dictionary codes in {@link codes}. */
function encodeWords(model: NgramModel, text: string): number {
  const str = text.substring(0, MAX_CHARS).replace(model.separators, " ").trim().toLowerCase();
  const dict = model.dictionary;
  size = 0;
  let words = 0;
  let start = 0;
  let countBytes = 0;
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (c === SPACE) {
        if (size > start) {
          wordStart[words] = start;
          wordEnd[words++] = size;
          start = size;
        }
        if (countBytes > CUT_AFTER) break;
      } else codes[size++] = c;
      countBytes++;
    } else if (c < 0x800) {
      putByte(dict, 0xc0 | (c >> 6));
      putByte(dict, 0x80 | (c & 0x3f));
      countBytes += 2;
    } else if (c < 0xd800 || c >= 0xe000) {
      putByte(dict, 0xe0 | (c >> 12));
      putByte(dict, 0x80 | ((c >> 6) & 0x3f));
      putByte(dict, 0x80 | (c & 0x3f));
      countBytes += 3;
    } else {
      // Surrogate pair; like eld, a lone surrogate swallows the next unit (NaN & 0x3ff = 0).
      i++;
      c = 0x10000 + (((c & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff));
      putByte(dict, 0xf0 | (c >> 18));
      putByte(dict, 0x80 | ((c >> 12) & 0x3f));
      putByte(dict, 0x80 | ((c >> 6) & 0x3f));
      putByte(dict, 0x80 | (c & 0x3f));
      countBytes += 4;
    }
    if (countBytes > ENFORCE_CUT_AFTER) break;
  }
  if (size > start) {
    wordStart[words] = start;
    wordEnd[words++] = size;
  }
  return words;
}

/** Adds one n-gram (optional leading space, codes[from..to), optional trailing space) once. */
function addNgram(
  model: NgramModel,
  raw: Float64Array,
  lead: boolean,
  from: number,
  to: number,
  trail: boolean,
): void {
  const len = (lead ? 1 : 0) + (to - from) + (trail ? 1 : 0);
  if (len > MAX_KEY) {
    // Only words over 70 bytes make these; no model key is this long, but they count.
    let long = lead ? " " : "";
    for (let i = from; i < to; i++) long += String.fromCharCode(codes[i] ?? 0);
    seenLong.add(trail ? `${long} ` : long);
    return;
  }
  key.fill(0);
  let k = 0;
  if (lead) key[k++] = SPACE;
  for (let i = from; i < to; i++) key[k++] = codes[i] ?? 0;
  if (trail) key[k] = SPACE;
  const lo =
    ((key[0] ?? 0) | ((key[1] ?? 0) << 8) | ((key[2] ?? 0) << 16) | ((key[3] ?? 0) << 24)) >>> 0;
  const hi = (key[4] ?? 0) | ((key[5] ?? 0) << 8);
  if (!firstSeen(lo, hi)) return;
  const row = findRow(model, lo, hi);
  if (row < 0) return;
  const nLangs = raw.length;
  const base = row * nLangs;
  for (let l = 0; l < nLangs; l++) raw[l] = (raw[l] ?? 0) + (model.rows[base + l] ?? 0);
}

/**
 * eld's raw scores for the model's languages (in `model.langs` order) and the number of
 * distinct n-grams of the text (`getByteNgrams` + `calculateScores`).
 *
 * @example
 * const { raw, ngrams } = rawScores(model, "quarterly profits jumped");
 */
export function rawScores(model: NgramModel, text: string): { raw: Float64Array; ngrams: number } {
  const raw = new Float64Array(model.langs.length);
  const words = encodeWords(model, text);
  newText();
  for (let w = 0; w < words; w++) {
    const ws = wordStart[w] ?? 0;
    const we = wordEnd[w] ?? 0;
    const len = Math.min(we - ws, MAX_WORD);
    let j = 0;
    for (; j + 4 < len; j += 3) addNgram(model, raw, j === 0, ws + j, ws + j + 4, false);
    // substring(len - 4) of the whole word, as eld does (so > 70 bytes keeps the tail).
    const from = len !== 3 ? Math.max(0, len - 4) : 0;
    addNgram(model, raw, j === 0, ws + from, we, true);
  }
  return { raw, ngrams: distinct + seenLong.size };
}

function byScoreDesc(a: [number, number], b: [number, number]): number {
  return b[1] - a[1];
}

/**
 * eld's result scores for the model's languages that scored, each divided by the best (so the
 * winner has 1), ordered best first (ties: eld's language order); empty when nothing matched.
 * Same as `detect(text).getScores()` of eld with the subset set to `model.langs`, then scaled.
 *
 * @example
 * scaledScores(model, "quarterly profits jumped sharply").get("en") // 1
 */
export function scaledScores(model: NgramModel, text: string): Map<string, number> {
  const { raw, ngrams } = rawScores(model, text);
  const scored: Array<[number, number]> = [];
  for (let l = 0; l < raw.length; l++) {
    const r = raw[l] ?? 0;
    if (r > 0) {
      const x = r / ngrams;
      scored.push([l, x / (x + SCALE)]);
    }
  }
  const out = new Map<string, number>();
  if (scored.length === 0) return out;
  scored.sort(byScoreDesc); // stable: ties keep eld's language order
  const best = scored[0]?.[1] ?? 1;
  for (const [l, s] of scored) out.set(model.langs[l] ?? "", s / best);
  return out;
}
