export {
  detectByEld,
  detectByFunctionWords,
  detectLanguage,
  ELD_LANGS,
  type LanguageGuess,
  type LanguageMethod,
  loadEld,
  MIN_WORDS,
  voteFunctionWords,
} from "./detect.js";
export { FUNCTION_WORD_LANGS, FUNCTION_WORDS } from "./functionWords.js";
