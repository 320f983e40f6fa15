/**
 * Concept vectors (language-independent) and hashed term vectors (within one language).
 * The digest, discovery and triage issues rank with these; a German interest statement and an
 * English article meet in concept space, two texts of one language also in term space.
 */
import { findConcepts } from "./matcher.js";
import { tokenize } from "./normalize.js";
import { getConcept } from "./vocabulary.js";

/** Share of a concept's weight passed to its parent (and again to the grandparent, …). */
export const PARENT_SHARE = 0.5;

/** A sparse vector. */
export type SparseVector<K> = ReadonlyMap<K, number>;

/**
 * The concept vector of a text: each matched concept weighs `1 + ln(count)`; every ancestor
 * receives `PARENT_SHARE` of its child's weight per level, summed over children.
 *
 * @example
 * conceptVector("Kubernetes and k8s operators").get("kubernetes"); // 1 + ln 2 ≈ 1.69
 */
export function conceptVector(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of findConcepts(text)) counts.set(m.conceptId, (counts.get(m.conceptId) ?? 0) + 1);
  const vector = new Map<string, number>();
  for (const [id, count] of counts) {
    const weight = 1 + Math.log(count);
    const path = getConcept(id)?.path ?? [id];
    let share = weight;
    for (let i = path.length - 1; i >= 0; i--) {
      const node = path[i] as string;
      vector.set(node, (vector.get(node) ?? 0) + share);
      share *= PARENT_SHARE;
    }
  }
  return vector;
}

/**
 * The `k` heaviest concepts of a text; ties go to the more specific (deeper) concept. The
 * top-level groups ("Technology", …) are left out: they only say which shelf a topic is on.
 *
 * @example
 * topTopics("Wir suchen eine Data Scientistin mit Erfahrung in maschinellem Lernen", 1);
 * // [{ id: "machine-learning", label: "Machine learning", weight: … }]
 */
export function topTopics(
  text: string,
  k = 5,
  lang: "en" | "de" = "en",
): Array<{ id: string; label: string; weight: number }> {
  const depth = (id: string) => getConcept(id)?.path.length ?? 0;
  return [...conceptVector(text)]
    .filter(([id]) => depth(id) > 1)
    .sort((a, b) => b[1] - a[1] || depth(b[0]) - depth(a[0]) || a[0].localeCompare(b[0]))
    .slice(0, k)
    .map(([id, weight]) => ({ id, label: getConcept(id)?.label[lang] ?? id, weight }));
}

function cosine<K>(a: SparseVector<K>, b: SparseVector<K>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    const w = b.get(k);
    if (w !== undefined) dot += v * w;
  }
  for (const v of b.values()) nb += v * v;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/**
 * Cosine similarity of two concept vectors, or of two texts (their concept vectors).
 *
 * @example
 * conceptSimilarity("Kubernetes in production", "Erfahrungen mit k8s im Betrieb"); // high
 */
export function conceptSimilarity(
  a: string | SparseVector<string>,
  b: string | SparseVector<string>,
): number {
  const va = typeof a === "string" ? conceptVector(a) : a;
  const vb = typeof b === "string" ? conceptVector(b) : b;
  return cosine(va, vb);
}

// Function words only: a short own list so content words always count.
const TERM_STOPWORDS = new Set(
  (
    "a an and are as at be but by for from has have i in is it its of on or our that the this to " +
    "was we were will with you your my me us not so if than then there they them about into " +
    "der die das den dem des ein eine einen einem einer und oder aber ist sind war wir ich du sie " +
    "es er ihr in im am an auf aus bei mit nach von vor zu zum zur für über unter nicht auch als " +
    "wie so dass noch nur sich mein meine unser unsere dies diese dieser hat haben wird werden"
  ).split(" "),
);

/** FNV-1a over UTF-16 code units: fast, deterministic, no dependency. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** @internal Bucket of a feature string in a space of `dims` (a power of two). */
export function hashFeature(feature: string, dims: number): number {
  return fnv1a(feature) & (dims - 1);
}

/**
 * A hashed bag of folded words (stopwords dropped) with sub-linear tf, for similarity within
 * one language. `dims` must be a power of two.
 *
 * @example
 * termSimilarity(hashedTermVector("cloud migration"), hashedTermVector("migrating clouds")); // > 0
 */
export function hashedTermVector(text: string, dims = 2 ** 18): Map<number, number> {
  if (!Number.isInteger(Math.log2(dims))) throw new RangeError(`dims must be a power of two`);
  const counts = new Map<number, number>();
  for (const t of tokenize(text)) {
    if (t.low.length < 2 || TERM_STOPWORDS.has(t.low)) continue;
    const bucket = hashFeature(t.fold, dims);
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }
  for (const [k, c] of counts) counts.set(k, 1 + Math.log(c));
  return counts;
}

/**
 * Cosine similarity of two hashed term vectors.
 *
 * @example
 * termSimilarity(hashedTermVector("a b"), hashedTermVector("a b")); // 1
 */
export function termSimilarity(a: SparseVector<number>, b: SparseVector<number>): number {
  return cosine(a, b);
}
