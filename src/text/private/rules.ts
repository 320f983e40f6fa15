/**
 * The curated-cue scorer: sums the weights of the cues found in a text (each cue once).
 * Phrase cues are indexed by their folded first token; compound cues (`*x`, `x*`) are checked
 * against each token's ends.
 */
import { lowerWord, type Token, tokenize } from "../topics/normalize.js";
import { CUES, IMPERSONAL_WEIGHT, PERSONAL_VOICE, RULES_BIAS } from "./lexicon.js";

/** A cue found in a text, with its weight (positive = private). */
export interface Reason {
  readonly term: string;
  readonly weight: number;
}

interface PhraseCue {
  readonly term: string;
  readonly weight: number;
  readonly tokens: readonly Token[];
  readonly caseSensitive: boolean;
}

interface PartCue {
  readonly term: string;
  readonly weight: number;
  readonly part: string;
  readonly at: "start" | "end";
}

interface CueIndex {
  readonly phrases: ReadonlyMap<string, readonly PhraseCue[]>;
  readonly parts: readonly PartCue[];
}

let cached: CueIndex | undefined;

function compile(): CueIndex {
  const phrases = new Map<string, PhraseCue[]>();
  const parts: PartCue[] = [];
  for (const [term, weight] of CUES) {
    if (term.startsWith("*") || term.endsWith("*")) {
      const at = term.startsWith("*") ? "end" : "start";
      parts.push({ term, weight, part: lowerWord(term.replace(/\*/g, "")), at });
      continue;
    }
    const caseSensitive = term.startsWith("=");
    const tokens = tokenize(caseSensitive ? term.slice(1) : term);
    const first = tokens[0];
    if (first === undefined) continue;
    phrases.set(first.fold, [
      ...(phrases.get(first.fold) ?? []),
      { term, weight, tokens, caseSensitive },
    ]);
  }
  return { phrases, parts };
}

function phraseAt(cue: PhraseCue, tokens: readonly Token[], at: number): boolean {
  if (at + cue.tokens.length > tokens.length) return false;
  return cue.tokens.every((t, j) => {
    const u = tokens[at + j] as Token;
    return cue.caseSensitive ? t.raw === u.raw : t.fold === u.fold;
  });
}

function partMatches(cue: PartCue, token: Token): boolean {
  return cue.at === "end" ? token.low.endsWith(cue.part) : token.low.startsWith(cue.part);
}

/**
 * The cues found in `text`, each once, heaviest first.
 *
 * @example
 * matchCues("Endlich Familienurlaub!").map((r) => r.term); // ["*urlaub", "familien*"]
 */
export function matchCues(text: string): Reason[] {
  return matchTokens(tokenize(text));
}

function matchTokens(tokens: readonly Token[]): Reason[] {
  cached ??= compile();
  const found = new Map<string, number>();
  tokens.forEach((token, i) => {
    for (const cue of cached?.phrases.get(token.fold) ?? []) {
      if (phraseAt(cue, tokens, i)) found.set(cue.term, cue.weight);
    }
    for (const cue of cached?.parts ?? []) {
      if (partMatches(cue, token)) found.set(cue.term, cue.weight);
    }
  });
  return [...found]
    .map(([term, weight]) => ({ term, weight }))
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.term.localeCompare(b.term));
}

/** The reason shown when a text speaks neither as "I/we" nor to "you". */
export const IMPERSONAL_TERM = "(impersonal)";

/**
 * The rules' logit (bias + cue weights + the impersonal push) and the cues behind it.
 *
 * @example
 * rulesLogit("Happy birthday to my wife").logit > 0; // true
 * rulesLogit("Die SPD verliert die Landtagswahl").reasons.at(-1)?.term; // "(impersonal)"
 */
export function rulesLogit(text: string): { logit: number; reasons: Reason[] } {
  const tokens = tokenize(text);
  const reasons = matchTokens(tokens);
  if (!tokens.some((t) => PERSONAL_VOICE.has(t.low))) {
    reasons.push({ term: IMPERSONAL_TERM, weight: IMPERSONAL_WEIGHT });
  }
  const logit = reasons.reduce((sum, r) => sum + r.weight, RULES_BIAS);
  return { logit, reasons };
}
