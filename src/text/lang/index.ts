export {
  detectByEld,
  detectByFunctionWords,
  detectLanguage,
  detectLanguageWith,
  ELD_LANGS,
  type LanguageGuess,
  type LanguageMethod,
  loadEld,
  loadLangModel,
  MIN_WORDS,
  type NgramScorer,
  voteFunctionWords,
} from "./detect.js";
export { FUNCTION_WORD_LANGS, FUNCTION_WORDS } from "./functionWords.js";
export { eldScores } from "./ngrams.js";
