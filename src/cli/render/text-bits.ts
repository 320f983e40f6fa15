/** Small helpers for terminal output: bars, padding, safe labels, optional ANSI styling. */

const EIGHTHS = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/**
 * A horizontal bar of `fraction` (0–1) of `width` cells, with eighth-block precision, padded
 * with light shade so that bars line up.
 * @example bar(0.5, 4) // "██░░"
 */
export function bar(fraction: number, width: number): string {
  const f = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  const eighths = Math.round(f * width * 8);
  const full = Math.floor(eighths / 8);
  const rest = EIGHTHS[eighths % 8] ?? "";
  const used = full + (rest === "" ? 0 : 1);
  return `${"█".repeat(full)}${rest}${"░".repeat(Math.max(0, width - used))}`;
}

/**
 * Makes a label from the data safe for a terminal (no control characters, so a company name
 * cannot carry escape sequences) and fits it into `width` cells.
 */
export function fitLabel(label: string, width: number): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
  const clean = label.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ");
  const chars = [...clean];
  const fitted = chars.length > width ? `${chars.slice(0, width - 1).join("")}…` : clean;
  return fitted + " ".repeat(Math.max(0, width - [...fitted].length));
}

export function padLeft(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - [...text].length)) + text;
}

export const percent = (x: number): string => `${Math.round(x * 100)}%`;

/** Wraps prose to `width` columns, each line starting with `indent`. */
export function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line !== "" && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "") lines.push(indent + line);
  return lines;
}

export type Style = "bold" | "dim" | "green" | "yellow" | "red" | "cyan";
const CODES: Record<Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  green: [32, 39],
  yellow: [33, 39],
  red: [31, 39],
  cyan: [36, 39],
};

/** Returns a styling function: ANSI when `color`, identity otherwise. */
export function styler(color: boolean): (style: Style, text: string) => string {
  return (style, text) => {
    if (!color) return text;
    const [on, off] = CODES[style];
    return `\u001b[${on}m${text}\u001b[${off}m`;
  };
}
