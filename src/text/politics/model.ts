/**
 * The shipped model file: `TPOL` magic, a little-endian u32 header length, a JSON header, then
 * each level's weights as one byte code per hash bucket. A code c stands for
 * sign(c − 128) · ((c − 128) / 127)² · max (square-root companding: small weights, the many,
 * keep fine steps; big ones coarse). One byte per bucket halves the memory the scorer reads per
 * text compared with int16, and the rounding is deterministic, so rebuilds are byte-identical
 * (the header is written with a fixed key order).
 */
import { TellerrandError } from "../../domain/errors.js";

export type Strictness = "partisan" | "strict";

export interface LevelWeights {
  bias: number;
  /** Largest absolute weight: code 255 stands for +max, code 1 for −max. */
  max: number;
  /** Decision threshold on the probability. */
  threshold: number;
  /** One code per bucket (see the file comment). */
  codes: Uint8Array;
  /** The weight each code stands for (derived from `max`, not stored). */
  values: Float64Array;
}

export interface PoliticsModelData {
  buckets: number;
  levels: Record<Strictness, LevelWeights>;
  /** Training facts for the model card (data sizes, epochs, seed). */
  meta: Record<string, string | number>;
}

const MAGIC = [0x54, 0x50, 0x4f, 0x4c]; // "TPOL"
const VERSION = 2;
const LEVELS: readonly Strictness[] = ["partisan", "strict"];

/** The 256 weights the codes stand for, given a level's `max`. */
export function codeValues(max: number): Float64Array {
  const values = new Float64Array(256);
  for (let c = 1; c < 256; c++) {
    const x = (c - 128) / 127;
    values[c] = Math.sign(x) * x * x * max;
  }
  return values;
}

/** Float weights → byte codes with square-root companding (deterministic rounding). */
export function quantize(weights: Float64Array): { codes: Uint8Array; max: number } {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const codes = new Uint8Array(weights.length);
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] ?? 0;
    const k = max > 0 ? Math.round(127 * Math.sqrt(Math.abs(w) / max)) : 0;
    codes[i] = 128 + (w < 0 ? -k : k);
  }
  return { codes, max };
}

/** Serialises a model to the file format described above. */
export function encodeModel(model: PoliticsModelData): Uint8Array {
  const header = {
    version: VERSION,
    buckets: model.buckets,
    levels: LEVELS.map((l) => ({
      name: l,
      bias: model.levels[l].bias,
      max: model.levels[l].max,
      threshold: model.levels[l].threshold,
    })),
    meta: model.meta,
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const offset = 8 + json.length;
  const out = new Uint8Array(offset + LEVELS.length * model.buckets);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(4, json.length, true);
  out.set(json, 8);
  LEVELS.forEach((l, k) => {
    out.set(model.levels[l].codes.subarray(0, model.buckets), offset + k * model.buckets);
  });
  return out;
}

interface Header {
  version: number;
  buckets: number;
  levels: Array<{ name: Strictness; bias: number; max: number; threshold: number }>;
  meta: Record<string, string | number>;
}

/** Parses a model file; `file` names it in errors. */
export function decodeModel(bytes: Uint8Array, file: string): PoliticsModelData {
  const bad = (why: string) =>
    new TellerrandError("bad-input", `${file}: not a politics model (${why})`, { file });
  if (bytes.length < 8 || MAGIC.some((b, i) => bytes[i] !== b)) throw bad("magic");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const len = view.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + len))) as Header;
  if (header.version !== VERSION) throw bad(`version ${header.version}`);
  const buckets = header.buckets;
  if (!(buckets > 0 && (buckets & (buckets - 1)) === 0)) throw bad("buckets");
  const offset = 8 + len;
  if (bytes.length !== offset + LEVELS.length * buckets) throw bad("size");
  const levels = {} as Record<Strictness, LevelWeights>;
  header.levels.forEach((l, k) => {
    const start = offset + k * buckets;
    // A copy of its own, so the file's buffer (possibly Node's shared pool) can be freed.
    const codes = new Uint8Array(bytes.subarray(start, start + buckets));
    const values = codeValues(l.max);
    levels[l.name] = { bias: l.bias, max: l.max, threshold: l.threshold, codes, values };
  });
  for (const l of LEVELS) if (!levels[l]) throw bad(`level ${l} missing`);
  return { buckets, levels, meta: header.meta };
}
