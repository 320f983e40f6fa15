/**
 * Turns news documents and hand-written texts into weighted training examples. News is long
 * and formal and posts are short, so each article also contributes its first sentence (the
 * headline-like lead) and two more of its sentences, chosen with a fixed seed: the model then
 * sees political vocabulary at post length too.
 */
import { firstSentence, type NewsDoc, type Post, rng, sentences } from "./data.js";
import type { Example } from "./train.js";

/** Hand-written posts are few and exactly on target, so they count more than one article. */
const POST_WEIGHT = 3;
const EXTRA_SENTENCES = 2;
const SENTENCE_WEIGHT = 0.5;

export interface ExampleOptions {
  seed?: number;
  /** Weight of German political articles (see the model card: German is few and imbalanced). */
  germanWeight?: number;
  /** Weight of German non-political articles. */
  germanNegWeight?: number;
  /** Overrides the weight of written texts that carry their own (the German news paragraphs). */
  writtenWeight?: number;
}

export function buildExamples(
  news: NewsDoc[],
  posts: Post[],
  options: ExampleOptions = {},
): Example[] {
  const { seed = 7, germanWeight = 1, germanNegWeight = 1, writtenWeight } = options;
  const random = rng(seed);
  const out: Example[] = [];
  for (const d of news) {
    const y = d.political ? 1 : 0;
    const both = { partisan: y, strict: y } as const;
    const w = d.lang !== "de" ? 1 : d.political ? germanWeight : germanNegWeight;
    out.push({ text: d.text, y: both, weight: w });
    out.push({ text: firstSentence(d.text), y: both, weight: w });
    const rest = sentences(d.text).slice(1);
    for (let k = 0; k < EXTRA_SENTENCES && rest.length > 0; k++) {
      const [s] = rest.splice(Math.floor(random() * rest.length), 1);
      if (s) out.push({ text: s, y: both, weight: SENTENCE_WEIGHT * w });
    }
  }
  for (const p of posts) {
    const partisan = p.label === "partisan" ? 1 : 0;
    const strict = p.label === "partisan" || p.label === "policy" ? 1 : 0;
    const weight = p.weight === undefined ? POST_WEIGHT : (writtenWeight ?? p.weight);
    out.push({ text: p.text, y: { partisan, strict }, weight });
  }
  return out;
}
