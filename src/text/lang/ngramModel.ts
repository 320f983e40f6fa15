/**
 * The compact n-gram model of the language fallback (`src/text/models/lang-ngrams.bin`): eld's
 * "small" database cut to our languages, as typed arrays over one file buffer instead of eld's
 * 81,206 nested JS objects (1 MiB instead of ~145 MiB, loaded in a millisecond or two).
 *
 * Layout, little-endian, every section 4-byte aligned:
 *
 * | field | type |
 * |---|---|
 * | magic `TRLN`, version, nLangs, capacity (2^k), rows, dictionary/separators/source lengths | 8 × u32 |
 * | language codes | nLangs × 2 ASCII bytes |
 * | eld's byte dictionary for bytes 0x80–0xFF (one Latin-1 code each) | 128 × u8 |
 * | eld's word-separator regex source, the data source name | UTF-8 |
 * | hash table: n-gram codes 1–4 (`lo`), codes 5–6 (`hi`), row index | u32, u16, u32 × capacity |
 * | rows: per n-gram and language, eld's score + 53 (0 = absent) | rows × nLangs × u8 |
 *
 * Keys are n-grams of eld's dictionary codes (3–6 codes, each 1–255), packed exactly: no hash
 * collisions, so scores equal eld's. Open addressing with linear probing; an empty slot has lo 0.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { TellerrandError } from "../../domain/errors.js";

const MAGIC = 0x4e4c5254; // "TRLN" read as a little-endian u32
const VERSION = 1;
const HEADER_WORDS = 8;
/** Longest n-gram key (in codes) the model can hold: ' ' + 4 + ' '. */
export const MAX_KEY = 6;

/** A loaded model: views into one buffer, plus the decoded text settings. */
export interface NgramModel {
  /** ISO 639-1 codes, in eld's language-index order (ties go to the first). */
  langs: readonly string[];
  /** Code for each UTF-8 byte 0x80–0xFF (index byte − 0x80), as eld's dictionary maps it. */
  dictionary: Uint8Array;
  /** eld's word-separator pattern (flags `gu`). */
  separators: RegExp;
  /** Where the scores come from, e.g. "eld 2.1.0 small (S60)". */
  source: string;
  mask: number;
  keysLo: Uint32Array;
  keysHi: Uint16Array;
  rowOf: Uint32Array;
  rows: Uint8Array;
}

/** What {@link encodeNgramModel} writes. */
export interface NgramModelInput {
  langs: readonly string[];
  /** 128 single characters with codes 1–255, for bytes 0x80–0xFF. */
  dictionary: readonly string[];
  separators: string;
  source: string;
  /** n-gram (3–6 characters, codes 1–255) → per-language value 1–255 (0 = absent), in `langs` order. */
  entries: ReadonlyMap<string, readonly number[]>;
}

/** Hash slot of a packed key (murmur3's finaliser over lo and hi). */
export function slotOf(lo: number, hi: number, mask: number): number {
  let h = (lo ^ Math.imul(hi, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & mask;
}

/** Packs codes c0..c3 into lo and c4, c5 into hi; every code is 1–255, so packing is exact. */
function packKey(key: string): [number, number] {
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (i < 4) lo |= c << (8 * i);
    else hi |= c << (8 * (i - 4));
  }
  return [lo >>> 0, hi];
}

const align4 = (n: number) => (n + 3) & ~3;

/**
 * Writes the binary model; the same input gives the same bytes (keys are inserted sorted).
 *
 * @example
 * const bin = encodeNgramModel({ langs: ["de"], dictionary, separators: "[^a-z]+", source: "x",
 *   entries: new Map([[" der ", [120]]]) });
 */
export function encodeNgramModel(input: NgramModelInput): Uint8Array {
  const { langs, entries } = input;
  const keys = [...entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let capacity = 1024;
  while (capacity < keys.length * 2) capacity *= 2;
  const dict = Uint8Array.from(input.dictionary, (ch) => checkCode(ch.charCodeAt(0), ch));
  if (dict.length !== 128) throw new Error(`dictionary has ${dict.length} entries, not 128`);
  const sep = Buffer.from(input.separators, "utf8");
  const src = Buffer.from(input.source, "utf8");
  const offsets = layout(langs.length, capacity, keys.length, sep.length, src.length);
  const out = new Uint8Array(offsets.end);
  const view = new DataView(out.buffer);
  const header = [MAGIC, VERSION, langs.length, capacity, keys.length, 128, sep.length, src.length];
  for (const [i, v] of header.entries()) view.setUint32(4 * i, v, true);
  for (const [i, l] of langs.entries()) {
    out.set(Buffer.from(l.padEnd(2), "latin1"), offsets.langs + 2 * i);
  }
  out.set(dict, offsets.dict);
  out.set(sep, offsets.sep);
  out.set(src, offsets.src);
  const lo32 = new Uint32Array(out.buffer, offsets.lo, capacity);
  const hi16 = new Uint16Array(out.buffer, offsets.hi, capacity);
  const row32 = new Uint32Array(out.buffer, offsets.row, capacity);
  keys.forEach((key, r) => {
    if (key.length < 3 || key.length > MAX_KEY) throw new Error(`n-gram ${JSON.stringify(key)}`);
    for (const ch of key) checkCode(ch.charCodeAt(0), key);
    const [lo, hi] = packKey(key);
    let s = slotOf(lo, hi, capacity - 1);
    while (lo32[s] !== 0) s = (s + 1) & (capacity - 1);
    lo32[s] = lo;
    hi16[s] = hi;
    row32[s] = r;
    const values = entries.get(key) ?? [];
    values.forEach((v, l) => {
      if (!Number.isInteger(v) || v < 0 || v > 255) throw new Error(`value ${v} of ${key}`);
      out[offsets.rows + r * langs.length + l] = v;
    });
  });
  return out;
}

function checkCode(code: number, what: string): number {
  if (!(code >= 1 && code <= 255)) throw new Error(`code ${code} in ${JSON.stringify(what)}`);
  return code;
}

function layout(nLangs: number, capacity: number, rows: number, sepLen: number, srcLen: number) {
  const langs = 4 * HEADER_WORDS;
  const dict = langs + align4(2 * nLangs);
  const sep = dict + 128;
  const src = sep + align4(sepLen);
  const lo = src + align4(srcLen);
  const hi = lo + 4 * capacity;
  const row = hi + align4(2 * capacity);
  const rowsAt = row + 4 * capacity;
  return { langs, dict, sep, src, lo, hi, row, rows: rowsAt, end: rowsAt + rows * nLangs };
}

/**
 * Reads a model written by {@link encodeNgramModel}. The typed arrays view `bytes` (no copy).
 *
 * @example
 * const model = decodeNgramModel(readFileSync("src/text/models/lang-ngrams.bin"));
 * model.langs; // ["da", "de", "en", …]
 */
export function decodeNgramModel(bytes: Uint8Array, file = "lang model"): NgramModel {
  const bad = (why: string) =>
    new TellerrandError("bad-input", `${file}: not a language model (${why})`, { file });
  if (bytes.byteLength < 4 * HEADER_WORDS) throw bad("too short");
  // Typed-array views need 4-byte alignment; Node's pooled Buffers may not have it.
  const buf = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const h = Array.from({ length: HEADER_WORDS }, (_, i) => view.getUint32(4 * i, true));
  const [magic, version, nLangs = 0, capacity = 0, rows = 0, dictLen, sepLen = 0, srcLen = 0] = h;
  if (magic !== MAGIC) throw bad("wrong magic");
  if (version !== VERSION) throw bad(`version ${version}, expected ${VERSION}`);
  if (dictLen !== 128 || capacity === 0 || (capacity & (capacity - 1)) !== 0) throw bad("header");
  const at = layout(nLangs, capacity, rows, sepLen, srcLen);
  if (at.end !== buf.byteLength) throw bad(`size ${buf.byteLength}, expected ${at.end}`);
  const text = (start: number, len: number) =>
    Buffer.from(buf.buffer, buf.byteOffset + start, len).toString("utf8");
  const langs = Array.from({ length: nLangs }, (_, i) => text(at.langs + 2 * i, 2).trim());
  const o = buf.byteOffset;
  return {
    langs,
    dictionary: new Uint8Array(buf.buffer, o + at.dict, 128),
    separators: new RegExp(text(at.sep, sepLen), "gu"),
    source: text(at.src, srcLen),
    mask: capacity - 1,
    keysLo: new Uint32Array(buf.buffer, o + at.lo, capacity),
    keysHi: new Uint16Array(buf.buffer, o + at.hi, capacity),
    rowOf: new Uint32Array(buf.buffer, o + at.row, capacity),
    rows: new Uint8Array(buf.buffer, o + at.rows, rows * nLangs),
  };
}

/**
 * Row index of the n-gram packed as (lo, hi), or −1 when the model does not know it.
 *
 * @example
 * findRow(model, 0x72656420, 0x20) // " der " → its row, or -1
 */
export function findRow(model: NgramModel, lo: number, hi: number): number {
  const { keysLo, keysHi, mask } = model;
  let s = slotOf(lo, hi, mask);
  for (;;) {
    const k = keysLo[s];
    if (k === 0) return -1;
    if (k === lo && keysHi[s] === hi) return model.rowOf[s] ?? -1;
    s = (s + 1) & mask;
  }
}

/** Where the shipped model may be: next to the code (src/ under tsx/vitest, dist/ after the
 * build copies src/text/models), else the src/ copy seen from dist/text/lang/. */
const CANDIDATES = ["../models/lang-ngrams.bin", "../../../src/text/models/lang-ngrams.bin"];

/**
 * Loads the shipped model (or the one at `path`).
 *
 * @example
 * const model = loadNgramModel();
 * model.source; // "eld 2.1.0 small (S60)"
 */
export function loadNgramModel(path?: string): NgramModel {
  const files = path ? [path] : CANDIDATES.map((c) => fileURLToPath(new URL(c, import.meta.url)));
  const file = files.find((f) => existsSync(f));
  if (file === undefined) {
    throw new TellerrandError(
      "not-found",
      `language model not found (looked in ${files.join(", ")})`,
    );
  }
  return decodeNgramModel(readFileSync(file), file);
}
