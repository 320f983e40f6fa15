/**
 * Canonical organisation names: one key per organisation however its name was typed
 * ("SAP SE", "SAP", "sap se." → "sap"), plus recognition of self-employment.
 */

export interface CanonicalOrganization {
  /** Stable comparison key: NFKC, case-folded, legal form removed, punctuation collapsed. */
  key: string;
  /** Human label: original casing and spacing, legal form removed. */
  display: string;
  /** True for "Selbstständig", "Freelance", "Self-employed", "Inhaber", … (key `self-employed`). */
  selfEmployed: boolean;
}

export const SELF_EMPLOYED_KEY = "self-employed";

const EMPTY = /^(?:n\/?a|none|null|-+|–|—|\.+|\?+|keine?|ohne)$/i;

/** Matched against the folded key, so umlauts and case do not matter. */
const SELF_EMPLOYED =
  /^(?:self ?employed|selfemployed|freelancer?(?: ?in)?|freelancing|freelance (?:consultant|developer|designer|work)|freiberufler(?: ?in(?:nen)?)?|freiberuflich|selbst(?:st)?andig(?:e|er|e r)?(?: tatig)?|selbst(?:st)?andigkeit|inhaber(?:in)?|independent(?: consultant| contractor| professional)?|own (?:business|company)|eigenes unternehmen|self)$/;

/**
 * Legal-form suffixes, longest first, written over the folded form (lower case, accents removed,
 * punctuation as spaces). They are only removed at the end of the name, so "AB InBev" and
 * "SE Systems" keep their leading letters.
 */
const LEGAL_FORMS = [
  "gmbh co kgaa",
  "gmbh co kg",
  "gmbh co ohg",
  "ag co kg",
  "se co kg",
  "ug haftungsbeschrankt",
  "ug haftungsbeschraenkt",
  "ggmbh",
  "gmbh",
  "mbh",
  "kgaa",
  "ag",
  "se",
  "kg",
  "ohg",
  "gbr",
  "partg mbb",
  "partgmbb",
  "ug",
  "e v",
  "ev",
  "e g",
  "eg",
  "inc",
  "incorporated",
  "corp",
  "corporation",
  "co",
  "company",
  "ltd",
  "limited",
  "llc",
  "llp",
  "lp",
  "plc",
  "pty ltd",
  "pty",
  "pvt ltd",
  "private limited",
  "s a s",
  "sas",
  "s a",
  "sa",
  "s l",
  "sl",
  "s p a",
  "spa",
  "s r l",
  "srl",
  "b v",
  "bv",
  "n v",
  "nv",
  "ab",
  "a s",
  "as",
  "asa",
  "oy",
  "oyj",
  "aps",
  "sarl",
  "s a r l",
  "kft",
  "sp z o o",
  "s r o",
  "sro",
].sort((a, b) => b.length - a.length);

const LEGAL_TAIL = new RegExp(`(?:^|\\s)(?:${LEGAL_FORMS.join("|").replace(/ /g, "\\s")})$`);
/** Same idea over the display string, where the original punctuation is still present. */
const DISPLAY_TAIL =
  /[\s,]+(?:GmbH\s*&\s*Co\.?\s*(?:KGaA|KG|OHG)|AG\s*&\s*Co\.?\s*KG|SE\s*&\s*Co\.?\s*KG|UG\s*\(haftungsbeschr(?:ä|ae)nkt\)|gGmbH|GmbH|mbH|KGaA|AG|SE|KG|OHG|GbR|PartG\s*mbB|UG|e\.\s?V\.?|eV|e\.\s?G\.?|eG|Inc\.?|Incorporated|Corp\.?|Corporation|Co\.?|Company|Ltd\.?|Limited|LLC|L\.L\.C\.|LLP|LP|PLC|plc|Pty\.?\s*Ltd\.?|Pty\.?|Pvt\.?\s*Ltd\.?|Private Limited|S\.?A\.?S\.?|S\.A\.|SA|S\.L\.|SL|S\.p\.A\.|SpA|S\.r\.l\.|Srl|B\.V\.|BV|N\.V\.|NV|AB|A\/S|AS|ASA|Oy|Oyj|ApS|S\.?à\.?r\.?l\.?|SARL|Kft\.?|Sp\.\s?z\s?o\.o\.|s\.r\.o\.)\.?$/i;

function fold(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/&/g, " & ")
    .replace(/[^\p{L}\p{N}&]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function stripLegal(folded: string): string {
  let key = folded;
  for (let i = 0; i < 3; i++) {
    const next = key.replace(LEGAL_TAIL, "").replace(/\s*&$/, "").trim();
    if (next === key || next.length === 0) break;
    key = next;
  }
  return key;
}

function tidyDisplay(name: string): string {
  let display = name.normalize("NFKC").replace(/\s+/g, " ").trim();
  for (let i = 0; i < 3; i++) {
    const next = display
      .replace(DISPLAY_TAIL, "")
      .replace(/[\s,&]+$/, "")
      .trim();
    if (next === display || next.length === 0) break;
    display = next;
  }
  return display;
}

/**
 * Canonicalise an organisation name. Returns null for empty or placeholder names (NA, N/A, -).
 * @example
 * canonicalOrganization("Deutsche Telekom AG") // { key: "deutsche telekom", display: "Deutsche Telekom", selfEmployed: false }
 * canonicalOrganization("Selbstständig")       // { key: "self-employed", display: "Self-employed", selfEmployed: true }
 */
export function canonicalOrganization(name: string): CanonicalOrganization | null {
  const trimmed = name.normalize("NFKC").trim();
  if (trimmed.length === 0 || EMPTY.test(trimmed)) return null;
  const folded = fold(trimmed);
  if (folded.length === 0) return null;
  if (SELF_EMPLOYED.test(folded.replace(/ & /g, " "))) {
    return { key: SELF_EMPLOYED_KEY, display: "Self-employed", selfEmployed: true };
  }
  const key = stripLegal(folded);
  return { key, display: tidyDisplay(trimmed), selfEmployed: false };
}
