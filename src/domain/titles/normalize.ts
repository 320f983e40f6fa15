/**
 * Title normalisation: turns a raw job title as typed on a profile or in a job ad into a
 * lower-case, accent-free, gender-neutralised string the lexicons can match, and splits
 * multi-role titles ("CTO & Co-Founder", "Engineer | Speaker") into role segments.
 */

/** Gender markers in brackets: (m/w/d), (w/m/d), (m/f/d), (gn), (all genders), (d/m/w) … */
const GENDER_BRACKET =
  /\(\s*(?:(?:m|w|f|d|x|i|gn|div|divers)\.?\s*\*?\s*(?:[/|,.]\s*)?)+\)|\((?:\s*all\s+genders?|\s*alle\s+geschlechter|\s*genderneutral)\s*\)/giu;
/** The same without brackets, only at the end: "Berater m/w/d". */
const GENDER_TAIL = /\s+(?:m|w|f|d)\s*\/\s*(?:m|w|f|d)\s*\/\s*(?:m|w|f|d|x|div)\s*$/iu;
/** "Auszubildende(r)", "Angestellte(r)", "Werkstudent(in)", "Referent(in)". */
const GENDER_PAREN_SUFFIX = /(\p{L})\((?:-?in|-?innen|r|n|e)\)/giu;
/** "Entwickler:in", "Entwickler*innen", "Entwickler_in", "Geschäftsführer/in", "Mitarbeiter/-in". */
const GENDER_SUFFIX = /(\p{Ll})(?:[:*_]|\/\s*-?)in(?:nen)?(?![\p{L}])/gu;
/** Binnen-I: "EntwicklerIn", "KollegInnen"; must run before lower-casing. */
const BINNEN_I = /(\p{Ll})In(?:nen)?(?![\p{L}])/gu;
/** "Kaufmann/-frau", "Kauffrau / -mann": drop the alternative ending. */
const ALT_ENDING = /\s*\/\s*-\s*\p{L}+/gu;
/** "Leiter/Leiterin", "Lehrerin / Lehrer": keep one form. */
const PAIR = /(\p{L}+)\s*\/\s*(\p{L}+)/gu;

/** Feminine to masculine endings, tried in order, on folded (accent-free) tokens. */
const FEMININE: ReadonlyArray<readonly [RegExp, string]> = [
  [/erin(nen)?$/, "er"],
  [/anwaltin$/, "anwalt"],
  [/arztin$/, "arzt"],
  [/(ent|ant|ist|eur|or|ar|ekt|ut|ot|and|ier|rat|wirt|chef)in(nen)?$/, "$1"],
  [/(log|gog|leg)in(nen)?$/, "$1e"],
  [/kochin$/, "koch"],
  [/beamtin$/, "beamter"],
  [/frau$/, "mann"],
];

const MARKS = /\p{M}+/gu;
/** Degrees keep their parts together before dots are flattened: "Dipl.-Ing." → "dipl ing". */
const DIPL = /\bdipl\.?\s*-?\s*(ing|inf|kfm|kff|oec|psych|math|phys|biol|chem)\b\.?/g;
const DR = /\bdr\.?\s*-?\s*(ing|med|rer|phil|jur|oec)\b\.?(?:\s*(?:nat|pol|soc|dent|vet)\b\.?)?/g;
/** "Gesundheits- und Krankenpfleger": the dangling hyphen is not a separator. */
const HYPHEN_AND = /([a-z])-\s+(und|oder|and|or|&)\s/g;
const DASHES = /[–—]/g;
const PUNCT = /[^\p{L}\p{N}&|/,;@+•·\s-]/gu;
const PUNCT_ASCII = /[^a-z0-9&|/,;@+\s-]/g;
const HYPHEN = /(\p{L})-(?=\p{L})/gu;
const HYPHEN_ASCII = /([a-z])-(?=[a-z])/g;
const SPACED_DASH = /\s-\s*|\s*-\s/g;
/** Anything outside printable ASCII takes the slow (Unicode-normalising) path. */
const NON_ASCII = /[^ -~]/;
const GENDER_MARK = /[:*_]in/;

/** Words that end like a feminine form but are not one. */
const NOT_FEMININE = new Set(["login", "plugin", "origin", "admin", "linkedin", "marin", "martin"]);

function foldFeminine(token: string): string {
  if (
    token.length < 5 ||
    !(token.endsWith("in") || token.endsWith("innen") || token.endsWith("frau"))
  ) {
    return token;
  }
  if (NOT_FEMININE.has(token)) return token;
  for (const [re, replacement] of FEMININE) {
    if (re.test(token)) return token.replace(re, replacement);
  }
  return token;
}

function keepOneOfPair(_m: string, a: string, b: string): string {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (lb === `${la}in` || lb === `${la}innen`) return a;
  if (la === `${lb}in` || la === `${lb}innen`) return b;
  return `${a} / ${b}`.replace(" / ", "/");
}

/**
 * Normalise one title (or segment). Pure and allocation-light; regexes are module constants.
 * @example normalizeTitle("Senior Entwickler:in (m/w/d)") // "senior entwickler"
 */
export function normalizeTitle(raw: string): string {
  const ascii = !NON_ASCII.test(raw);
  let s = ascii ? raw : raw.normalize("NFKC");
  if (s.includes("(")) s = s.replace(GENDER_BRACKET, " ").replace(GENDER_PAREN_SUFFIX, "$1");
  if (s.includes("/")) s = s.replace(GENDER_TAIL, " ");
  if (s.includes("In")) s = s.replace(/\bLinkedIn\b/g, "Linkedin").replace(BINNEN_I, "$1");
  if (s.includes("/") || GENDER_MARK.test(s)) {
    s = s.replace(GENDER_SUFFIX, "$1").replace(ALT_ENDING, "").replace(PAIR, keepOneOfPair);
  }
  s = s.toLowerCase();
  if (!ascii) s = s.replace(/ß/g, "ss").normalize("NFD").replace(MARKS, "");
  if (s.includes("dipl")) s = s.replace(DIPL, "dipl $1 ");
  if (s.includes("dr")) s = s.replace(DR, "dr $1 ");
  if (s.includes("c+") || s.includes("c#"))
    s = s.replace(/\bc\+\+/g, "cpp").replace(/\bc#/g, "csharp");
  if (!ascii) s = s.replace(DASHES, " - ");
  const dashed = s.includes("-");
  if (dashed) s = s.replace(HYPHEN_AND, "$1 $2 ");
  s = s.replace(ascii ? PUNCT_ASCII : PUNCT, " ");
  if (dashed) s = s.replace(ascii ? HYPHEN_ASCII : HYPHEN, "$1 ").replace(SPACED_DASH, " - ");
  const tokens = s.split(/\s+/).filter((t) => t.length > 0);
  return tokens.map(foldFeminine).join(" ");
}

/** Everything after " at ACME", " bei ACME", " @ ACME" is an employer, not a role. */
const EMPLOYER_TAIL = /(?:\s(?:at|bei)\s|\s?@\s?)[^|;,•·]*/g;
const HARD_SEPARATOR = /\s*[|;,•·]\s*|\s+-\s+|\s+\/\s+/;
const SOFT_SEPARATOR = /\s+(?:&|and|und|\+)\s+/;

/**
 * Split a normalised title into role segments. Hard separators (|, ;, comma, " - ") always
 * split; "&"/"and"/"und" split only when both sides are roles on their own (decided by
 * `isRole`), so "Sales & Marketing Manager" stays whole and "CTO & Co-Founder" splits.
 */
export function splitRoles(normalized: string, isRole: (segment: string) => boolean): string[] {
  const out: string[] = [];
  const trimmed = normalized.replace(EMPLOYER_TAIL, " ");
  for (const hard of trimmed.split(HARD_SEPARATOR)) {
    const part = hard.trim();
    if (part.length === 0) continue;
    const soft = part.split(SOFT_SEPARATOR).map((p) => p.trim());
    if (soft.length > 1 && soft.every((p) => p.length > 0 && isRole(p))) out.push(...soft);
    else out.push(part);
  }
  return out;
}
