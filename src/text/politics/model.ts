/**
 * The shipped model file: `TPOL` magic, a little-endian u32 header length, a JSON header, zero
 * padding to a multiple of 2, then each level's weights as little-endian int16 (one per hash
 * bucket). Quantised int16 (weight = q × scale) keeps the file at 4 MiB for 2 × 2^20 buckets
 * and makes it byte-identical across rebuilds: the header is written with fixed key order and
 * the weights are rounded deterministically.
 */
import { TellerrandError } from "../../domain/errors.js";

export type Strictness = "partisan" | "strict";

export interface LevelWeights {
  bias: number;
  /** float weight = int16 × scale */
  scale: number;
  /** Decision threshold on the probability. */
  threshold: number;
  weights: Int16Array;
}

export interface PoliticsModelData {
  buckets: number;
  levels: Record<Strictness, LevelWeights>;
  /** Training facts for the model card (data sizes, epochs, seed). */
  meta: Record<string, string | number>;
}

const MAGIC = [0x54, 0x50, 0x4f, 0x4c]; // "TPOL"
const VERSION = 1;
const LEVELS: readonly Strictness[] = ["partisan", "strict"];

/** Float weights → int16 with one scale per level (round half away from zero, deterministic). */
export function quantize(weights: Float64Array): { q: Int16Array; scale: number } {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(weights.length);
  for (let i = 0; i < weights.length; i++) q[i] = Math.round((weights[i] ?? 0) / scale);
  return { q, scale };
}

/** Serialises a model to the file format described above. */
export function encodeModel(model: PoliticsModelData): Uint8Array {
  const header = {
    version: VERSION,
    buckets: model.buckets,
    levels: LEVELS.map((l) => ({
      name: l,
      bias: model.levels[l].bias,
      scale: model.levels[l].scale,
      threshold: model.levels[l].threshold,
    })),
    meta: model.meta,
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const pad = (8 + json.length) % 2;
  const offset = 8 + json.length + pad;
  const out = new Uint8Array(offset + LEVELS.length * model.buckets * 2);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(4, json.length, true);
  out.set(json, 8);
  const view = new DataView(out.buffer);
  LEVELS.forEach((l, k) => {
    const w = model.levels[l].weights;
    const base = offset + k * model.buckets * 2;
    for (let i = 0; i < model.buckets; i++) view.setInt16(base + i * 2, w[i] ?? 0, true);
  });
  return out;
}

interface Header {
  version: number;
  buckets: number;
  levels: Array<{ name: Strictness; bias: number; scale: number; threshold: number }>;
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
  const offset = 8 + len + ((8 + len) % 2);
  if (bytes.length !== offset + LEVELS.length * buckets * 2) throw bad("size");
  const levels = {} as Record<Strictness, LevelWeights>;
  header.levels.forEach((l, k) => {
    const start = offset + k * buckets * 2;
    // Copy (Buffer#slice would share the pool) so the Int16Array is aligned; LE hosts only.
    const copy = new Uint8Array(buckets * 2);
    copy.set(bytes.subarray(start, start + buckets * 2));
    const weights = new Int16Array(copy.buffer);
    levels[l.name] = { bias: l.bias, scale: l.scale, threshold: l.threshold, weights };
  });
  for (const l of LEVELS) if (!levels[l]) throw bad(`level ${l} missing`);
  return { buckets, levels, meta: header.meta };
}
