/**
 * Collapses whitespace within lines and blank lines between them. The first pattern leaves
 * lone spaces alone (most of any text) instead of replacing each with itself.
 */
export function tidy(text: string): string {
  return text
    .replace(/[ \t\f\v\r\u00a0\u200b]{2,}|[\t\f\v\r\u00a0\u200b]/g, " ")
    .replace(/ ?\n[\s\u00a0\u200b]*/g, "\n")
    .trim();
}

/** What `tidy` would change: odd spaces, doubles, space around breaks, space at either end. */
const UNTIDY = /[\t\f\v\r\u00a0\u200b]| {2}| \n|\n[\s\u200b]|^[\s\u200b]|[\s\u200b]$/;

/**
 * `tidy(text)`, skipping its passes when the text is already tidy (one regex test instead of
 * two replacements and a trim; most text rendered from feed HTML needs none of them).
 *
 * @example
 * tidyFast("a b\nc"); // "a b\nc" (unchanged, no copy)
 * tidyFast(" a  b ");  // "a b"
 */
export function tidyFast(text: string): string {
  return UNTIDY.test(text) ? tidy(text) : text;
}

/**
 * True for the characters `tidy` treats as space at a line start: JavaScript's `\s` (Unicode
 * white space and line terminators) and the zero-width space.
 *
 * @example
 * isSpace(0x3000); // true (ideographic space)
 */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
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
