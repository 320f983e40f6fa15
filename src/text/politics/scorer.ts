/**
 * The hot path: one pass over a text's hashed features, summing the level's byte-coded weights, plus
 * the lexicon layers, into a logit. The features stay in a reusable buffer, so reasons are
 * worked out only when asked for, from the last text's features. The model part is length-normalised (sum / √n,
 * n = number of features), so a ten-word post and a 400-word article land on one scale.
 */
import {
  FeatureBuffer,
  featurize,
  featurizeLoaded,
  normalizeText,
  pairHash,
  type WeightTable,
} from "./features.js";
import { LEXICON_WEIGHTS, PARTISAN_TERMS, POLICY_TERMS, PROFESSIONAL_TERMS } from "./lexicon.js";
import type { PoliticsModelData, Strictness } from "./model.js";
import { parseTerm, type Term, TermIndex } from "./terms.js";

export type Layer = "partisan" | "policy" | "professional";

export interface Reason {
  term: string;
  weight: number;
}

/** Lexicon weight of a layer at a level (policy words only count at `strict`). */
function layerWeight(layer: Layer, level: Strictness): number {
  if (layer === "partisan") return LEXICON_WEIGHTS.partisan;
  if (layer === "professional") return LEXICON_WEIGHTS.professional;
  return level === "strict" ? LEXICON_WEIGHTS.policyAtStrict : 0;
}

export function compileLexicon(): TermIndex<Layer> {
  const terms: Term<Layer>[] = [];
  const add = (list: readonly string[], layer: Layer) => {
    for (const p of list) {
      const t = parseTerm(p, layer);
      if (t) terms.push(t);
    }
  };
  add(PARTISAN_TERMS, "partisan");
  add(POLICY_TERMS, "policy");
  add(PROFESSIONAL_TERMS, "professional");
  return new TermIndex(terms);
}

interface LexHit {
  term: Term<Layer>;
  token: number;
  phrase: boolean;
  weight: number;
}

export class Scorer {
  private readonly lexicon = compileLexicon();
  private readonly buf = new FeatureBuffer();
  private hits: LexHit[] = [];
  /** The last scored text as given (reasons normalise it again, off the hot path). */
  private text = "";
  private weights: WeightTable = { codes: new Uint8Array(0), values: new Float64Array(256) };
  private modelNorm = 0;
  private lexScale = 0;
  private lastLex = 0;

  constructor(readonly model: PoliticsModelData) {}

  /** Probability (0–1) that `text` is political at `level`; keeps what reasons() needs. */
  score(text: string, level: Strictness): number {
    const w = this.model.levels[level];
    this.text = text;
    this.weights = w;
    const buf = this.buf;
    buf.load(text);
    const n = featurizeLoaded(this.model.buckets, buf, w, this.lexicon.filter);
    const sum = buf.sum;
    const lexSum = this.matchLexicon(level);
    // One party name decides a tweet, not a 400-word business article that mentions it once:
    // beyond fullUntil tokens the lexicon fades with √(fullUntil / tokens) and the model leads.
    const fade = Math.min(1, Math.sqrt(LEXICON_WEIGHTS.fullUntil / Math.max(1, buf.tokens)));
    const lex = fade * Math.min(LEXICON_WEIGHTS.max, Math.max(LEXICON_WEIGHTS.min, lexSum));
    this.modelNorm = n > 0 ? 1 / Math.sqrt(n) : 0;
    this.lexScale = lexSum === 0 ? 0 : lex / lexSum;
    this.lastLex = lex;
    return 1 / (1 + Math.exp(-(w.bias + sum * this.modelNorm + lex)));
  }

  /** The clipped lexicon logit of the last scored text (training can use it as an offset). */
  lexiconLogit(): number {
    return this.lastLex;
  }

  /** Looks up every token, token pair and triple; each term counts once per text. */
  private matchLexicon(level: Strictness): number {
    const { tokStart, tokEnd, tokHash, tokPair, tokFlag, tokens } = this.buf;
    if (this.hits.length > 0) this.hits = [];
    let total = 0;
    const lexicon = this.lexicon;
    // featurize flagged the tokens that pass the lexicon's pre-filter; the rest cannot match.
    for (let i = 0; i < tokens; i++) {
      const flag = tokFlag[i] as number;
      if (flag === 0) continue;
      const hash = tokHash[i] as number;
      if ((flag & 1) !== 0) {
        const one = lexicon.matchToken(
          this.buf.codes,
          tokStart[i] as number,
          tokEnd[i] as number,
          hash,
        );
        if (one) total += this.hit(one, i, false, level);
      }
      if ((flag & 2) !== 0 && i > 0) {
        const two = lexicon.phrases2.get(tokPair[i] as number);
        if (two) total += this.hit(two, i, true, level);
        if (i > 1) {
          const three = lexicon.phrases3.get(pairHash(tokPair[i - 1] as number, hash));
          if (three) total += this.hit(three, i, true, level);
        }
      }
    }
    return total;
  }

  private hit(term: Term<Layer>, token: number, phrase: boolean, level: Strictness): number {
    const weight = layerWeight(term.data, level);
    if (weight === 0) return 0;
    for (const h of this.hits) if (h.term === term) return 0;
    this.hits.push({ term, token, phrase, weight });
    return weight;
  }

  /**
   * The terms of the last scored text that moved the logit most (signed: > 0 pushes toward
   * political), the same word's occurrences summed, at most `k`.
   */
  reasons(k = 5): Reason[] {
    // The hot path keeps no per-feature buckets: featurize the last text again, with owners.
    const s = normalizeText(this.text);
    featurize(s, this.model.buckets, this.buf, undefined, this.lexicon.filter);
    const { tokStart, tokEnd, tokens, buckets, owner, features } = this.buf;
    const word = (i: number) => s.slice(tokStart[i], tokEnd[i]);
    const { codes, values } = this.weights;
    const perToken = new Float64Array(tokens);
    const perPair = new Float64Array(tokens);
    for (let f = 0; f < features; f++) {
      const o = owner[f] as number;
      const v = (values[codes[buckets[f] as number] as number] as number) * this.modelNorm;
      if (o >= 0) perToken[o] = (perToken[o] ?? 0) + v;
      else perPair[-1 - o] = (perPair[-1 - o] ?? 0) + v;
    }
    const byTerm = new Map<string, number>();
    const add = (term: string, w: number) => byTerm.set(term, (byTerm.get(term) ?? 0) + w);
    for (const h of this.hits) {
      if (h.phrase) add(h.term.core, h.weight * this.lexScale);
      else perToken[h.token] = (perToken[h.token] ?? 0) + h.weight * this.lexScale;
    }
    for (let i = 0; i < tokens; i++) {
      add(word(i), perToken[i] ?? 0);
      if (i > 0 && perPair[i] !== 0) add(`${word(i - 1)} ${word(i)}`, perPair[i] ?? 0);
    }
    return [...byTerm]
      .map(([term, weight]) => ({ term, weight: Math.round(weight * 1000) / 1000 }))
      .filter((r) => r.weight !== 0)
      .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || (a.term < b.term ? -1 : 1))
      .slice(0, k);
  }
}
