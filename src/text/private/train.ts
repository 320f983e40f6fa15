/**
 * Logistic regression over hashed features, trained by plain SGD in a fixed, seeded order, so the
 * same examples always give the same weights (and the same serialised bytes).
 */
import { FEATURE_DIMS, type FeatureVector, featurize } from "./features.js";

/** A labelled text: 1 = private, 0 = professional. */
export interface Example {
  readonly text: string;
  readonly label: 0 | 1;
}

/** A sparse linear model. */
export interface LinearModel {
  readonly dims: number;
  readonly bias: number;
  readonly weights: ReadonlyMap<number, number>;
}

/** Training settings; the defaults are what `npm run train:private` uses. */
export interface TrainOptions {
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  readonly seed: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  epochs: 30,
  learningRate: 0.8,
  l2: 1e-4,
  seed: 20261127,
};

/** mulberry32: a small seeded PRNG so the example order is reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * The model's logit for a feature vector.
 *
 * @example
 * modelLogit({ dims: 8, bias: 0.5, weights: new Map() }, featurize("x")); // 0.5
 */
export function modelLogit(model: LinearModel, fv: FeatureVector): number {
  let z = model.bias;
  for (const [bucket, value] of fv.values) z += (model.weights.get(bucket) ?? 0) * value;
  return z;
}

/**
 * Trains a logistic regression on `examples`.
 *
 * @example
 * const m = trainLogReg([{ text: "birthday cake", label: 1 }, { text: "hiring engineers", label: 0 }]);
 */
export function trainLogReg(
  examples: readonly Example[],
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): LinearModel {
  const data = examples.map((e) => ({ fv: featurize(e.text), y: e.label }));
  const weights = new Map<number, number>();
  let bias = 0;
  const random = seededRandom(options.seed);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const rate = options.learningRate / (1 + epoch * 0.1);
    for (const index of order) {
      const { fv, y } = data[index] as (typeof data)[number];
      const g = sigmoid(modelLogit({ dims: FEATURE_DIMS, bias, weights }, fv)) - y;
      for (const [bucket, value] of fv.values) {
        const w = weights.get(bucket) ?? 0;
        weights.set(bucket, w - rate * (g * value + options.l2 * w));
      }
      bias -= rate * g;
    }
  }
  return { dims: FEATURE_DIMS, bias, weights };
}

const DECIMALS = 4;
const round = (x: number) => Number(x.toFixed(DECIMALS));

/**
 * Deterministic, compact JSON: weights rounded to four decimals, zeros dropped, bucket indices
 * delta-encoded in ascending order.
 *
 * @example
 * parseModel(serializeModel(model)).bias === Number(model.bias.toFixed(4)); // true
 */
export function serializeModel(model: LinearModel): string {
  const entries = [...model.weights]
    .map(([k, v]) => [k, round(v)] as const)
    .filter(([, v]) => v !== 0)
    .sort((a, b) => a[0] - b[0]);
  let previous = 0;
  const delta: number[] = [];
  for (const [k] of entries) {
    delta.push(k - previous);
    previous = k;
  }
  return JSON.stringify({
    dims: model.dims,
    bias: round(model.bias),
    delta,
    w: entries.map(([, v]) => v),
  });
}

/** Reads what {@link serializeModel} wrote. */
export function parseModel(json: string): LinearModel {
  const raw = JSON.parse(json) as { dims: number; bias: number; delta: number[]; w: number[] };
  const weights = new Map<number, number>();
  let index = 0;
  raw.delta.forEach((d, i) => {
    index += d;
    weights.set(index, raw.w[i] as number);
  });
  return { dims: raw.dims, bias: raw.bias, weights };
}
