/** Bilingual topic vocabulary: concepts, hierarchy, concept and term vectors. */
export { type ConceptMatch, findConcepts } from "./matcher.js";
export { foldWord, type Token, tokenize } from "./normalize.js";
export type { Concept, ConceptRow } from "./types.js";
export {
  conceptSimilarity,
  conceptVector,
  hashedTermVector,
  PARENT_SHARE,
  type SparseVector,
  termSimilarity,
  topTopics,
} from "./vectors.js";
export { allConcepts, conceptsUnder, getConcept } from "./vocabulary.js";
