/**
 * Decodes the HTML character references of the 2018 `Messages.csv` (`&rsquo;`, `&amp;`, `&#39;`).
 * Only references are decoded; tags are left alone (later exports hold real HTML for InMail).
 */
const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  rsquo: "\u2019",
  lsquo: "\u2018",
  rdquo: "\u201d",
  ldquo: "\u201c",
  hellip: "\u2026",
  ndash: "\u2013",
  mdash: "\u2014",
  bull: "\u2022",
  euro: "\u20ac",
  copy: "\u00a9",
  reg: "\u00ae",
  trade: "\u2122",
};

/** @example decodeHtmlEntities("it&rsquo;s &amp; &#8364;") // "it’s & €" */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith("#")) {
      const code =
        ref[1] === "x" || ref[1] === "X" ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}
