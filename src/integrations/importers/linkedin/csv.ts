import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { type Info, parse } from "csv-parse";
import type { ImportProblem } from "../../../domain/linkedin/records.js";
import type { DecodedText } from "./decode.js";
import { type HeaderSpec, type LocatedHeader, locateHeader } from "./header.js";

/**
 * Streams the rows of a CSV after its real header (see `header.ts`), with the physical line on
 * which each row starts. Rows that csv-parse cannot read (an unclosed quote) become problems; the
 * rest of the file still imports. Cells that are empty, `NA` or `N/A` read as null.
 */

/** One data row, addressed by column key. */
export interface Row<K extends string> {
  /** 1-based physical line where the row starts. */
  line: number;
  /** Trimmed cell value, or null when the column is absent or the cell empty/`NA`/`N/A`. */
  get(key: K): string | null;
  /** True when the header has this column (to tell file versions apart). */
  has(key: K): boolean;
}

export type RowEvent<K extends string> =
  | { type: "row"; row: Row<K> }
  | { type: "problem"; problem: ImportProblem };

/** A longer record is a runaway quote, not data: bound memory instead of swallowing the file. */
const MAX_RECORD_CHARS = 8 * 1024 * 1024;
/** How much text to hold while looking for the header. */
const HEADER_WINDOW_CHARS = 256 * 1024;

const NULLS = new Set(["", "na", "n/a"]);

export function cellValue(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const value = raw.trim();
  return NULLS.has(value.toLowerCase()) ? null : value;
}

/**
 * Reads the text up to the header window, locates the header, and returns it with the text that
 * follows it (still streaming). An empty file (nothing but whitespace) has no rows: null.
 */
export async function splitHeader<K extends string>(
  chunks: AsyncIterable<string>,
  spec: HeaderSpec<K>,
  file: string,
): Promise<{ header: LocatedHeader<K>; body: AsyncIterable<string> } | null> {
  const iterator = chunks[Symbol.asyncIterator]();
  let prefix = "";
  let done = false;
  while (prefix.length < HEADER_WINDOW_CHARS && countBreaks(prefix) <= 20) {
    const next = await iterator.next();
    if (next.done === true) {
      done = true;
      break;
    }
    prefix += next.value;
  }
  if (done && prefix.trim() === "") return null;
  const header = locateHeader(prefix, spec, file);
  const rest = prefix.slice(header.bodyOffset);
  async function* body(): AsyncGenerator<string> {
    if (rest.length > 0) yield rest;
    if (done) return;
    for (let n = await iterator.next(); n.done !== true; n = await iterator.next()) yield n.value;
  }
  return { header, body: body() };
}

/** Number of line breaks in `text` (`\r\n` counts once). */
export function countBreaks(text: string): number {
  return text.match(/\r\n|\n|\r/g)?.length ?? 0;
}

/** Streams rows of a delimited file whose header matches `spec`. */
export async function* readCsvRows<K extends string>(
  text: DecodedText,
  spec: HeaderSpec<K>,
  file: string,
): AsyncGenerator<RowEvent<K>> {
  const split = await splitHeader(text.chunks, spec, file);
  if (split === null) return;
  const { header, body } = split;
  const lineOffset = header.lineIndex + 1;
  const skipped: ImportProblem[] = [];
  // csv-parse counts a CR LF inside a quoted field as two lines: subtract that drift.
  let drift = 0;
  const parser = parse({
    delimiter: header.delimiter,
    record_delimiter: ["\r\n", "\n", "\r"],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    skip_records_with_error: true,
    max_record_size: MAX_RECORD_CHARS,
    info: true,
  });
  parser.on("skip", (err: Error & { lines?: number }) => {
    skipped.push({
      file,
      line: lineOffset + (err.lines ?? 0) - drift,
      reason: `unreadable row: ${err.message}`,
    });
  });
  const feeding = pipeline(Readable.from(body), parser);
  feeding.catch(() => {}); // surfaced by the iteration below
  for await (const item of parser as AsyncIterable<{ record: string[]; info: Info }>) {
    yield* drain(skipped);
    let breaks = 0;
    for (const cell of item.record) {
      // Most cells hold no line break: skip the regexes for them.
      if (cell.indexOf("\n") === -1 && cell.indexOf("\r") === -1) continue;
      breaks += countBreaks(cell);
      drift += cell.match(/\r\n/g)?.length ?? 0;
    }
    const line = lineOffset + item.info.lines - drift - breaks;
    if (text.encoding === "utf-8" && item.record.some((c) => c.includes("\uFFFD"))) {
      yield {
        type: "problem",
        problem: { file, line, reason: "invalid UTF-8 bytes, shown as U+FFFD (mixed encodings?)" },
      };
    }
    yield { type: "row", row: makeRow(item.record, header.columns, line) };
  }
  await feeding;
  yield* drain(skipped);
}

function* drain<K extends string>(problems: ImportProblem[]): Generator<RowEvent<K>> {
  for (const problem of problems.splice(0)) yield { type: "problem", problem };
}

export function makeRow<K extends string>(
  cells: readonly string[],
  columns: Partial<Record<K, number>>,
  line: number,
): Row<K> {
  return {
    line,
    get: (key) => {
      const index = columns[key];
      return index === undefined ? null : cellValue(cells[index]);
    },
    has: (key) => columns[key] !== undefined,
  };
}
