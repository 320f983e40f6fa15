import { detectLanguage, loadEld } from "./lang/index.js";
import {
  loadPoliticsModel,
  type PoliticsModel,
  type PoliticsOptions,
  type Reason,
  scorePolitics,
} from "./politics/index.js";
import { scorePrivate } from "./private/index.js";
import { topTopics } from "./topics/index.js";

/** Everything Tellerrand understands about one short text; the shape of `classify text`. */
export interface TextAnalysis {
  lang: string;
  /** Probability that the text is political at the chosen strictness (0–1). */
  political: number;
  isPolitical: boolean;
  politicalReasons: Reason[];
  overriddenBy?: { kind: "keep" | "block"; word: string };
  /** Probability that the text is about private life rather than work (0–1). */
  private: number;
  isPrivate: boolean;
  privateReasons: Array<{ term: string; weight: number }>;
  topics: Array<{ id: string; label: string; weight: number }>;
}

export interface AnalyzerOptions extends PoliticsOptions {
  /** How many topics to return per text. */
  topics?: number;
}

export type TextAnalyzer = (text: string) => TextAnalysis;

/**
 * Loads the models once (language n-grams, politics weights; about 0.6 s together) and returns
 * a function that analyses one text.
 *
 * @example
 * const analyze = await createTextAnalyzer({ strictness: "partisan" });
 * analyze("Die SPD verliert die Landtagswahl").isPolitical; // true
 */
export async function createTextAnalyzer(options: AnalyzerOptions = {}): Promise<TextAnalyzer> {
  await loadEld();
  const model: PoliticsModel = loadPoliticsModel();
  return (text) => analyzeWith(model, text, options);
}

function analyzeWith(model: PoliticsModel, text: string, options: AnalyzerOptions): TextAnalysis {
  const lang = detectLanguage(text).lang;
  const politics = scorePolitics(model, text, options);
  const priv = scorePrivate(text);
  const analysis: TextAnalysis = {
    lang,
    political: politics.political,
    isPolitical: politics.isPolitical,
    politicalReasons: politics.reasons,
    private: round(priv.private),
    isPrivate: priv.isPrivate,
    privateReasons: priv.reasons,
    topics: topTopics(text, options.topics ?? 5, lang === "de" ? "de" : "en"),
  };
  if (politics.overriddenBy !== undefined) analysis.overriddenBy = politics.overriddenBy;
  return analysis;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
