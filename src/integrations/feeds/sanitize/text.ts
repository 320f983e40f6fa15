import { Parser } from "htmlparser2";

/** Elements that start a new line of text when rendered. */
const BLOCK = new Set([
  ...["p", "div", "section", "article", "header", "footer", "aside", "nav", "main", "blockquote"],
  ...["pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table"],
  ...["tr", "thead", "tbody", "tfoot", "caption", "figure", "figcaption", "hr", "address", "br"],
]);
/** Elements whose content is never readable text. */
const SKIP = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "head",
  "title",
  "iframe",
  "object",
  "svg",
]);

/**
 * Reduces HTML to readable plain text: block elements become line breaks (one line per block), entities are decoded,
 * runs of spaces collapse, empty lines go; scripts and styles vanish.
 *
 * @example
 * htmlToText("<p>Hello&nbsp;<b>world</b></p><p>Bye</p>"); // "Hello world\nBye"
 */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  let skipping = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        if (SKIP.has(name)) skipping++;
        else if (BLOCK.has(name)) parts.push("\n");
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCK.has(name)) parts.push("\n");
      },
      ontext(text) {
        if (skipping === 0) parts.push(text);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return tidy(parts.join(""));
}

/** Collapses whitespace within lines and blank lines between them. */
export function tidy(text: string): string {
  return text
    .replace(/[ \t\f\v\r\u00a0\u200b]+/g, " ")
    .replace(/ ?\n[\s\u00a0\u200b]*/g, "\n")
    .trim();
}

/**
 * Counts words: runs of letters or digits, with inner apostrophes and hyphens ("don't",
 * "E-Mail") counted once. Scripts without spaces (Chinese, Japanese) count each character run
 * as one word, which undercounts them; fine for the reading-time and length uses we have.
 *
 * @example
 * wordCount("Über den Tellerrand – don't look down!"); // 6
 */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
