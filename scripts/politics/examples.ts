/**
 * Turns news documents and hand-written posts into weighted training examples. News is long
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
/** Weight of German political articles (see the model card: German is few and imbalanced). */
export const GERMAN_WEIGHT = 1;

export function buildExamples(
  news: NewsDoc[],
  posts: Post[],
  seed = 7,
  germanWeight = GERMAN_WEIGHT,
): Example[] {
  const random = rng(seed);
  const out: Example[] = [];
  for (const d of news) {
    const y = d.political ? 1 : 0;
    const both = { partisan: y, strict: y } as const;
    const w = d.lang === "de" && d.political ? germanWeight : 1;
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
    out.push({ text: p.text, y: { partisan, strict }, weight: POST_WEIGHT });
  }
  return out;
}
