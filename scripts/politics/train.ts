/**
 * Trains the two levels of the politics model: logistic regression over hashed features with
 * AdaGrad, a fixed seed and a fixed data order, so the same input gives the same bytes. The
 * curated lexicon's logit is a fixed offset during training, so the model learns what the
 * lexicon does not already say (and the two are trained to add up, as they do when scoring).
 */
import { featureBuckets } from "../../src/text/politics/features.js";
import {
  codeValues,
  type PoliticsModelData,
  quantize,
  type Strictness,
} from "../../src/text/politics/model.js";
import { Scorer } from "../../src/text/politics/scorer.js";
import { rng, shuffle } from "./data.js";

export interface Example {
  text: string;
  /** Label per level: policy-only posts are positive at `strict`, negative at `partisan`. */
  y: Record<Strictness, 0 | 1>;
  weight: number;
}

export interface TrainOptions {
  buckets: number;
  epochs: number;
  learningRate: number;
  seed: number;
  meta: Record<string, string | number>;
}

export const DEFAULT_OPTIONS: Omit<TrainOptions, "meta"> = {
  buckets: 1 << 19,
  epochs: 8,
  learningRate: 0.3,
  seed: 42,
};

/**
 * Whether the lexicon's logit is a fixed offset in training. Measured: with it, the model learns
 * to cancel the lexicon on news (where "election" also appears in sport and business), and short
 * posts lose recall; trained alone, model and lexicon are two votes that add up.
 */
const LEXICON_OFFSET = false;

interface Prepared {
  feats: Uint32Array;
  norm: number;
  offset: number;
  y: 0 | 1;
  weight: number;
}

function prepare(examples: Example[], level: Strictness, buckets: number): Prepared[] {
  const lexOnly = new Scorer(emptyModel(buckets));
  return examples.map((e) => {
    const feats = featureBuckets(e.text, buckets);
    lexOnly.score(e.text, level);
    return {
      feats,
      norm: feats.length > 0 ? 1 / Math.sqrt(feats.length) : 0,
      offset: LEXICON_OFFSET ? lexOnly.lexiconLogit() : 0,
      y: e.y[level],
      weight: e.weight,
    };
  });
}

function emptyModel(buckets: number): PoliticsModelData {
  const zero = {
    bias: 0,
    max: 0,
    threshold: 0.5,
    codes: new Uint8Array(buckets).fill(128),
    values: codeValues(0),
  };
  return { buckets, levels: { partisan: zero, strict: zero }, meta: {} };
}

function trainLevel(data: Prepared[], o: TrainOptions): { w: Float64Array; bias: number } {
  const w = new Float64Array(o.buckets);
  const g2 = new Float64Array(o.buckets);
  let bias = 0;
  let biasG2 = 0;
  const random = rng(o.seed);
  let order = data.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    order = shuffle(order, random);
    for (const i of order) {
      const ex = data[i] as Prepared;
      let z = bias + ex.offset;
      for (const f of ex.feats) z += (w[f] ?? 0) * ex.norm;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - ex.y) * ex.weight;
      biasG2 += g * g;
      bias -= (o.learningRate * g) / Math.sqrt(biasG2 + 1e-8);
      const gf = g * ex.norm;
      for (const f of ex.feats) {
        g2[f] = (g2[f] ?? 0) + gf * gf;
        w[f] = (w[f] ?? 0) - (o.learningRate * gf) / Math.sqrt((g2[f] ?? 0) + 1e-8);
      }
    }
  }
  return { w, bias };
}

/**
 * Trains both levels and returns the quantised model (what {@link encodeModel} writes).
 *
 * @example
 * const model = trainPolitics(examples, { ...DEFAULT_OPTIONS, meta: {} });
 */
export function trainPolitics(examples: Example[], options: TrainOptions): PoliticsModelData {
  const levels = {} as PoliticsModelData["levels"];
  for (const level of ["partisan", "strict"] as const) {
    const { w, bias } = trainLevel(prepare(examples, level, options.buckets), options);
    const { codes, max } = quantize(w);
    const values = codeValues(max);
    levels[level] = { bias: Math.round(bias * 1e6) / 1e6, max, threshold: 0.5, codes, values };
  }
  return { buckets: options.buckets, levels, meta: options.meta };
}
