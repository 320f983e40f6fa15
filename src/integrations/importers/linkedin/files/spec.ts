import type {
  ImportProblem,
  LinkedInFileName,
  LinkedInRecord,
} from "../../../../domain/linkedin/records.js";
import { type Row, readCsvRows } from "../csv.js";
import type { DecodedText } from "../decode.js";
import type { ColumnAliases, HeaderSpec } from "../header.js";

/**
 * The contract every per-file parser meets, and the helper that builds one from a header spec
 * and a row mapper. A mapper returns a record, or null after reporting why the row was dropped.
 */

export type FileOutput =
  | { type: "record"; line: number; record: LinkedInRecord }
  | { type: "problem"; problem: ImportProblem };

export interface FileParser {
  file: LinkedInFileName;
  /** Streams records and per-record problems; throws `bad-input` if the file is not this file. */
  read(text: DecodedText): AsyncIterable<FileOutput>;
}

/** Collects the problems of one row; `field` is the column key, reported by its header name. */
export interface RowContext<K extends string> {
  problem(reason: string, field?: K): void;
}

export type RowMapper<K extends string> = (
  row: Row<K>,
  ctx: RowContext<K>,
) => LinkedInRecord | null;

/** A parser for a plain CSV file: find the header, map each row. */
export function csvFileParser<K extends string>(
  file: LinkedInFileName,
  header: HeaderSpec<K>,
  map: RowMapper<K>,
): FileParser {
  return {
    file,
    async *read(text) {
      for await (const event of readCsvRows(text, header, file)) {
        if (event.type === "problem") {
          yield event;
          continue;
        }
        yield* mapRow(file, header.columns, event.row, map);
      }
    },
  };
}

/** Runs `map` on one row and turns its outcome into outputs. */
export function* mapRow<K extends string>(
  file: LinkedInFileName,
  columns: ColumnAliases<K>,
  row: Row<K>,
  map: RowMapper<K>,
): Generator<FileOutput> {
  const problems: ImportProblem[] = [];
  const record = map(row, {
    problem: (reason, field) =>
      problems.push({
        file,
        line: row.line,
        ...(field === undefined ? {} : { field: columns[field][0] ?? field }),
        reason,
      }),
  });
  for (const problem of problems) yield { type: "problem", problem };
  if (record !== null) yield { type: "record", line: row.line, record };
}

/**
 * Reads a date cell with `convert`. An empty or unparseable cell reports a problem when the
 * field is required (the caller then drops the row) or when it holds text that is not a date.
 */
export function dateCell<K extends string>(
  row: Row<K>,
  ctx: RowContext<K>,
  key: K,
  convert: (text: string) => string | null,
  required: boolean,
): string | null {
  const raw = row.get(key);
  if (raw === null) {
    if (required) ctx.problem("missing date", key);
    return null;
  }
  const value = convert(raw);
  if (value === null) ctx.problem(`unreadable date "${raw}"`, key);
  return value;
}

/** A required text cell: reports and returns null when empty. */
export function requiredCell<K extends string>(
  row: Row<K>,
  ctx: RowContext<K>,
  key: K,
): string | null {
  const value = row.get(key);
  if (value === null) ctx.problem("missing value", key);
  return value;
}
