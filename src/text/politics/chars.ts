/**
 * Per-code-unit tables of the politics featurizer, built once on first use: which code units
 * belong to a word, and the lower-cased NFKC form of those that can be mapped one by one.
 */

let wordCharTable: Uint8Array | undefined;

/** 1 for code units that belong to a word: \p{L}, \p{N}, \p{M}, and surrogates (astral letters). */
export function wordChars(): Uint8Array {
  if (wordCharTable) return wordCharTable;
  const table = new Uint8Array(65536);
  const re = /[\p{L}\p{N}\p{M}]/u;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) table[c] = 2;
    else if (c < 128) table[c] = (c >= 48 && c <= 57) || (c >= 97 && c <= 122) ? 1 : 0;
    else table[c] = re.test(String.fromCharCode(c)) ? 1 : 0;
  }
  wordCharTable = table;
  return table;
}

let lowerTable: Uint16Array | undefined;
/**
 * Per code unit, its lower-cased NFKC form when that is one code unit and cannot depend on its
 * neighbours, else 0 (then the whole text goes through `normalizeText` in features.ts). Mapped: Latin
 * (below U+0300, where no combining mark lives and lower-casing has no context) and the
 * punctuation, currency and letterlike blocks U+2000–U+214F that NFKC leaves alone (– „ “ €):
 * what German and English news and posts are made of. NUL maps to a space (not a word char).
 */
export function lowerTableFor(): Uint16Array {
  if (lowerTable) return lowerTable;
  const table = new Uint16Array(65536);
  const fill = (from: number, to: number) => {
    for (let c = from; c < to; c++) {
      const n = String.fromCharCode(c).normalize("NFKC").toLowerCase();
      if (n.length === 1 && (c >= 0x300 ? n.charCodeAt(0) === c : true)) {
        table[c] = n.charCodeAt(0);
      }
    }
  };
  fill(0, 0x300);
  fill(0x2000, 0x2150);
  table[0] = 32;
  lowerTable = table;
  return table;
}
