/**
 * Removes the document type declaration (with its internal subset) from an XML document before
 * any parser sees it. Feeds never need a DTD, and without one there is nothing to expand:
 * no external entity (XXE: `<!ENTITY x SYSTEM "file:///etc/passwd">`) and no nested internal
 * entities (billion laughs). References to the removed entities stay as inert text like `&x;`.
 * This holds whatever the XML library does with DTDs, so a library update cannot reopen it.
 *
 * @example
 * stripDoctype('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "b">]><r>&a;</r>');
 * // '<?xml version="1.0"?><r>&a;</r>'
 */
export function stripDoctype(xml: string): string {
  let out = xml;
  for (;;) {
    const start = findDoctype(out);
    if (start < 0) return out;
    out = out.slice(0, start) + out.slice(endOfDoctype(out, start));
  }
}

const DOCTYPE = "doctype";

/**
 * Index of the first `<!DOCTYPE` in any ASCII letter case, or -1: what `search(/<!DOCTYPE/i)`
 * answers, but found by `indexOf("<!")` (a plain substring scan, much faster than a
 * case-insensitive regex over a whole feed) and a check of the seven letters after it.
 */
function findDoctype(xml: string): number {
  for (let at = xml.indexOf("<!"); at >= 0; at = xml.indexOf("<!", at + 2)) {
    let i = 0;
    // `| 32` lower-cases ASCII letters; no other code unit maps onto "doctype" that way.
    while (i < 7 && (xml.charCodeAt(at + 2 + i) | 32) === DOCTYPE.charCodeAt(i)) i++;
    if (i === 7) return at;
  }
  return -1;
}

/** Index just past the `>` that closes the declaration, respecting quotes and `[ … ]`. */
function endOfDoctype(xml: string, start: number): number {
  let quote: string | null = null;
  let depth = 0;
  for (let i = start + 9; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "<" && xml.startsWith("<!--", i)) {
      const close = xml.indexOf("-->", i + 4);
      i = close < 0 ? xml.length : close + 2;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === "[") {
      depth++;
    } else if (c === "]") {
      depth = Math.max(0, depth - 1);
    } else if (c === ">" && depth === 0) {
      return i + 1;
    }
  }
  // Unterminated: drop everything after it; such a document is not a feed we can trust.
  return xml.length;
}
