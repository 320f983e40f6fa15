/** CSV field writing the way LinkedIn writes it: minimal RFC-4180 quoting, LF, no trailing LF. */

const NEEDS_QUOTES = /[",\n\r]/;

/** RFC-4180 field: quoted only when it holds a comma, quote or line break. */
export function field(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Always quoted (LinkedIn quotes some columns even when empty: `""`). */
export function quoted(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

/**
 * Comments.csv (2025): an inner quote is written `\"`, not `""` (EXPORT-FORMATS.md §1.5), so a
 * reader needs `escape: "\\"`.
 */
export function backslashField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '\\"')}"` : value;
}

/**
 * Shares.csv multi-line quirk: every line of the post is wrapped in its own literal quotes
 * (the first line has no opening and the last no closing one), then the whole value is quoted.
 * Reading with RFC-4180 and applying `/"(\r?\n)"/g → "$1"` restores the text.
 */
export function shareCommentary(text: string): string {
  return quoted(text.split("\n").join('"\n"'));
}

export const row = (cells: readonly string[]): string => cells.map(field).join(",");
