import { TellerrandError } from "../../../domain/errors.js";

/**
 * Finding the real header row of a LinkedIn CSV and mapping its columns by name.
 *
 * Connections.csv starts with a `Notes:` preamble (3 lines) since late 2020, older and
 * user-cleaned files do not; so the header is found by content, never by a fixed line number.
 * A line is the header when, split by one of `,` `;` `\t`, its cells hold every required column.
 * Names compare case-insensitively without spaces/punctuation (`Connected on` = `Connected On`,
 * `SharedURL` = `SharedUrl` = `Shared URL`); a pandas suffix (`Creation Date.1`) is accepted
 * when the plain name is absent; duplicate names take the first; empty names are ignored.
 */

/** Column key → accepted header names (any spelling; normalised before comparison). */
export type ColumnAliases<K extends string> = Readonly<Record<K, readonly string[]>>;

export interface HeaderSpec<K extends string> {
  columns: ColumnAliases<K>;
  /** Keys that must be present for a line to count as the header. */
  required: readonly NoInfer<K>[];
}

export interface LocatedHeader<K extends string> {
  delimiter: string;
  /** 0-based index of the header line among the physical lines. */
  lineIndex: number;
  /** Offset in the text just after the header line and its line break. */
  bodyOffset: number;
  columns: Partial<Record<K, number>>;
}

const DELIMITERS = [",", ";", "\t"] as const;
/** How many physical lines may precede the header (the Notes preamble needs 3). */
export const MAX_HEADER_LINE = 20;

/** Lower-case, letters and digits only: `Connected on` → `connectedon`. */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** Splits one physical line into cells, honouring double quotes (enough for a header). */
export function splitLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      cells.push(cell);
      cell = "";
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** Maps keys to cell indexes; unmatched keys are absent. */
export function mapColumns<K extends string>(
  cells: readonly string[],
  aliases: ColumnAliases<K>,
): Partial<Record<K, number>> {
  const exact = cells.map((c) => normalizeName(c.replace(/^\uFEFF/, "")));
  const base = cells.map((c) => normalizeName(c.trim().replace(/\.\d+$/, "")));
  const out: Partial<Record<K, number>> = {};
  for (const key of Object.keys(aliases) as K[]) {
    const names = aliases[key].map(normalizeName);
    let index = exact.findIndex((c) => c !== "" && names.includes(c));
    if (index < 0) index = base.findIndex((c) => c !== "" && names.includes(c));
    if (index >= 0) out[key] = index;
  }
  return out;
}

/**
 * Finds the header within the first {@link MAX_HEADER_LINE} lines of `text`.
 * Throws `bad-input` naming the file and the expected columns when there is none.
 */
export function locateHeader<K extends string>(
  text: string,
  spec: HeaderSpec<K>,
  file: string,
): LocatedHeader<K> {
  const breaks = /\r\n|\n|\r/g;
  let start = 0;
  for (let lineIndex = 0; lineIndex < MAX_HEADER_LINE && start <= text.length; lineIndex++) {
    const match = breaks.exec(text);
    const end = match === null ? text.length : match.index;
    const bodyOffset = match === null ? text.length : match.index + match[0].length;
    const line = text.slice(start, end);
    for (const delimiter of DELIMITERS) {
      if (!line.includes(delimiter) && spec.required.length > 1) continue;
      const columns = mapColumns(splitLine(line, delimiter), spec.columns);
      if (spec.required.every((k) => columns[k] !== undefined)) {
        return { delimiter, lineIndex, bodyOffset, columns };
      }
    }
    if (match === null) break;
    start = bodyOffset;
  }
  const expected = spec.required.map((k) => spec.columns[k][0]).join(", ");
  throw new TellerrandError(
    "bad-input",
    `${file}: no header row with ${expected} found in the first ${MAX_HEADER_LINE} lines; is it really LinkedIn's ${file}?`,
    { file },
  );
}
