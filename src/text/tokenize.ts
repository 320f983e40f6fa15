/**
 * One-pass, Unicode-aware tokenizer for short social texts and headlines in German and English.
 *
 * A single global regex walks the text once; the capture group that matched decides the
 * token kind, so there is no per-character work in JavaScript. Order of alternatives matters:
 * URLs and e-mails before words (so `jana@firma.de` is not a word plus a mention), keycap emoji
 * before hashtags (`#️⃣`), decimals before words (`3,5` is one number).
 */

/** What a token is. */
export type TokenKind = "word" | "number" | "hashtag" | "mention" | "url" | "email" | "emoji";

/** One token with its position in the original string (UTF-16 offsets, `end` exclusive). */
export interface Token {
  /** The exact source text. */
  text: string;
  /** NFKC + lower-case; typographic apostrophes (’ ʼ) become `'` so `don’t` meets `don't`. */
  norm: string;
  kind: TokenKind;
  start: number;
  end: number;
}

// Letters, combining marks and digits: the stuff words are made of.
const W = "[\\p{L}\\p{M}\\p{N}]+";
const HYPHEN = "[-\\u2010\\u2011]";
const APOSTROPHE = "['\\u2019\\u02BC]";
// German gender markers join a word only when followed by "in"/"innen" and then a word end, so
// "Zeit:" or "a*b" stay apart while "Entwickler:innen" and "Kolleg*in" are one word.
const GENDER = "[:*_\\u00B7/]-?[iI]n(?:nen)?(?![\\p{L}\\p{N}])";
const WORD = `${W}(?:${HYPHEN}${W}|${APOSTROPHE}${W}|${GENDER})*`;
// Bare domains only with common TLDs, so "Node.js" or "z.B." are not taken for links.
const TLDS = "com|de|org|net|io|dev|ai|eu|at|ch|co|uk|info|app|me|social|ly|gl|gle";
const URL =
  '(?:https?:\\/\\/|www\\.)[^\\s<>"]+' +
  `|(?<![\\p{L}\\p{N}@.])(?:[\\p{L}\\p{N}-]+\\.)+(?:${TLDS})(?![\\p{L}\\p{N}])(?:\\/[^\\s<>"]*)?`;
const EMAIL = "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}";
const EMOJI_UNIT =
  "\\p{Extended_Pictographic}[\\uFE0F\\uFE0E]?\\p{Emoji_Modifier}?[\\u{E0020}-\\u{E007F}]*";
const EMOJI =
  "[#*0-9]\\uFE0F?\\u20E3" +
  "|\\p{Regional_Indicator}{2}" +
  `|${EMOJI_UNIT}(?:\\u200D${EMOJI_UNIT})*`;

const HASHTAG = "#[\\p{L}\\p{M}\\p{N}_]+";
const MENTION = "@[\\p{L}\\p{M}\\p{N}_]+(?:[.@][\\p{L}\\p{M}\\p{N}_]+)*";
const DECIMAL = "\\p{N}+(?:[.,]\\p{N}+)+";

// Capture groups, in this order, tell the kind. Numbered (not named) groups: V8 builds a groups
// object per match for named ones, which costs more than the whole match here.
const KINDS_FULL: TokenKind[] = ["url", "email", "emoji", "hashtag", "mention", "number", "word"];
const FULL_RE = new RegExp(
  [URL, EMAIL, EMOJI, HASHTAG, MENTION, DECIMAL, WORD].map((p) => `(${p})`).join("|"),
  "gu",
);
// Most texts have no link or address; then the cheaper pattern gives the same tokens.
const KINDS_SIMPLE: TokenKind[] = ["emoji", "hashtag", "mention", "number", "word"];
const SIMPLE_RE = new RegExp(
  [EMOJI, HASHTAG, MENTION, DECIMAL, WORD].map((p) => `(${p})`).join("|"),
  "gu",
);
// Anything that could start a URL or e-mail: "://", "www.", or a dot/@ between word characters.
const NEEDS_FULL = /:\/\/|www\.|[\p{L}\p{N}_%+-][.@][\p{L}\p{N}]/u;

const TRAILING_URL_PUNCT = /[.,;:!?'"\u2019\u201D»)\]}>]+$/u;
const HAS_LETTER = /\p{L}/u;
const ASCII_ONLY = /^[\x20-\x7E]*$/;

/**
 * Normalizes one token's text: NFKC, lower-case, one apostrophe. ASCII skips NFKC (it is a no-op
 * there) because that is most tokens.
 *
 * @example
 * normToken("Don’t") // "don't"
 */
export function normToken(text: string): string {
  const nfkc = ASCII_ONLY.test(text) ? text : text.normalize("NFKC");
  return nfkc.toLowerCase().replace(/[\u2019\u02BC]/g, "'");
}

/** Strips trailing sentence punctuation from a URL, keeping a ")" that closes a "(" inside it. */
function trimUrl(url: string): string {
  let out = url.replace(TRAILING_URL_PUNCT, "");
  // Wikipedia-style links end in ")" that belongs to them.
  if (url.length > out.length && url[out.length] === ")" && out.includes("(")) {
    const opens = out.split("(").length - 1;
    const closes = out.split(")").length - 1;
    if (opens > closes) out += ")";
  }
  return out;
}

function kindOf(m: RegExpExecArray, kinds: TokenKind[]): TokenKind {
  for (let g = 0; g < kinds.length; g++) {
    if (m[g + 1] !== undefined) {
      const kind = kinds[g] ?? "word";
      // "2020-2021" matches the word pattern but has no letter in it.
      return kind === "word" && !HAS_LETTER.test(m[0]) ? "number" : kind;
    }
  }
  return "word";
}

/**
 * Splits a text into tokens. Punctuation and whitespace are dropped; everything else keeps its
 * offsets so callers can highlight the source.
 *
 * @example
 * tokenize("Spannendes Networking-Event mit @jana_b #Hungry4More 🎉").map((t) => t.kind)
 * // ["word", "word", "word", "mention", "hashtag", "emoji"]
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  if (text.length === 0) return tokens;
  const full = NEEDS_FULL.test(text);
  const re = full ? FULL_RE : SIMPLE_RE;
  const kinds = full ? KINDS_FULL : KINDS_SIMPLE;
  // Shared regex objects: safe because this loop never yields before resetting lastIndex.
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let raw = m[0];
    const kind = kindOf(m, kinds);
    if (kind === "url") {
      raw = trimUrl(raw);
      // Whatever was trimmed may start the next token (e.g. "…/x).").
      re.lastIndex = m.index + raw.length;
    }
    tokens.push({
      text: raw,
      norm: normToken(raw),
      kind,
      start: m.index,
      end: m.index + raw.length,
    });
  }
  return tokens;
}

const COMPOUND_SPLIT = /[-\u2010\u2011]+/u;

/**
 * The parts of a hyphenated compound, for matching "Networking-Event" against "Event". A word
 * without hyphens yields itself; empty parts are dropped.
 *
 * @example
 * compoundParts("Networking-Event") // ["Networking", "Event"]
 * compoundParts("E-Mail-Adresse")   // ["E", "Mail", "Adresse"]
 */
export function compoundParts(word: string): string[] {
  return word.split(COMPOUND_SPLIT).filter((p) => p.length > 0);
}
