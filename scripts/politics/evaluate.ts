/**
 * Held-out figures for the politics filter, computed with the shipped (quantised) model and
 * lexicons through the same Scorer the product uses.
 */
import type { PoliticsModelData, Strictness } from "../../src/text/politics/model.js";
import { Scorer } from "../../src/text/politics/scorer.js";
import { firstSentence, type Lang, type NewsDoc, type Post } from "./data.js";

export interface Prf {
  n: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

export function prf(pairs: Array<{ truth: boolean; predicted: boolean }>): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let ok = 0;
  for (const { truth, predicted } of pairs) {
    if (truth && predicted) tp++;
    if (!truth && predicted) fp++;
    if (truth && !predicted) fn++;
    if (truth === predicted) ok++;
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : 1;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    n: pairs.length,
    precision: r(precision),
    recall: r(recall),
    f1: r(f1),
    accuracy: r(pairs.length > 0 ? ok / pairs.length : 0),
  };
}

/** Is a hand-written post political at this level? */
export function postTruth(p: Post, level: Strictness): boolean {
  return p.label === "partisan" || (level === "strict" && p.label === "policy");
}

export function evaluate(model: PoliticsModelData, news: NewsDoc[], posts: Post[]) {
  const scorer = new Scorer(model);
  const predict = (text: string, level: Strictness) =>
    scorer.score(text, level) >= model.levels[level].threshold;
  const out: Record<string, unknown> = {};
  for (const lang of ["en", "de"] as Lang[]) {
    const docs = news.filter((d) => d.lang === lang);
    const ps = posts.filter((p) => p.lang === lang);
    for (const level of ["strict", "partisan"] as Strictness[]) {
      out[`${lang}.news.${level}`] = prf(
        docs.map((d) => ({ truth: d.political, predicted: predict(d.text, level) })),
      );
      out[`${lang}.headlines.${level}`] = prf(
        docs.map((d) => ({ truth: d.political, predicted: predict(firstSentence(d.text), level) })),
      );
      out[`${lang}.posts.${level}`] = prf(
        ps.map((p) => ({ truth: postTruth(p, level), predicted: predict(p.text, level) })),
      );
      const pro = ps.filter((p) => p.label === "professional");
      const kept = pro.filter((p) => !predict(p.text, level)).length;
      out[`${lang}.professionalKept.${level}`] = `${kept}/${pro.length}`;
    }
  }
  return out;
}
