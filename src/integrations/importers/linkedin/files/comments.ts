import type { ImportProblem } from "../../../../domain/linkedin/records.js";
import { makeRow, splitHeader } from "../csv.js";
import { toTimestamp } from "../dates.js";
import { physicalLines } from "../lines.js";
import { dateCell, type FileOutput, type FileParser, mapRow } from "./spec.js";

/**
 * `Comments.csv` (EXPORT-FORMATS.md §1.5). Header 2021 → 2025: `Date,Link,Message`, dates
 * `2025-07-13 08:15:21` (no zone: UTC); some exports reportedly leave `Date` empty.
 *
 * RFC-4180 parsers break on this file, so it has its own scanner:
 * 1. Quotes inside a message are written `\"` (2025) as well as `""`; both are unescaped.
 *    Other backslashes are kept literally (their escaping is not documented).
 * 2. A message with a line break but no comma or quote is written unquoted (2021–2024), so a
 *    physical line that does not start like a record (`<timestamp>,http…` or `,http…`)
 *    continues the previous record's message.
 * Lines are joined with `\n`; the message is the last column and takes the rest of the record.
 */
const columns = { date: ["Date"], link: ["Link"], message: ["Message"] } as const;
type Key = keyof typeof columns;
const header = { columns, required: ["date", "link", "message"] as Key[] };

const MAX_RECORD_CHARS = 8 * 1024 * 1024;

function recordStart(delimiter: string): RegExp {
  const d = delimiter === "\t" ? "\\t" : delimiter;
  return new RegExp(
    `^(?:\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(?::\\d{2})?[^${d}]*)?${d}"?https?://`,
  );
}

/** Splits a record into `count` fields; the last takes the rest, unquoted. */
export function splitCommentRecord(text: string, delimiter: string, count: number): string[] {
  const fields: string[] = [];
  let i = 0;
  while (fields.length < count - 1 && i <= text.length) {
    const [value, next] = readField(text, i, delimiter, false);
    fields.push(value);
    i = next + 1;
  }
  fields.push(i <= text.length ? readField(text, i, delimiter, true)[0] : "");
  return fields;
}

/** Reads one field from `from`; returns it and the index of the delimiter after it. */
function readField(text: string, from: number, delimiter: string, last: boolean): [string, number] {
  if (text[from] !== '"') {
    const end = last ? -1 : text.indexOf(delimiter, from);
    return end < 0 ? [text.slice(from), text.length] : [text.slice(from, end), end];
  }
  let value = "";
  let i = from + 1;
  for (; i < text.length; i++) {
    const c = text[i];
    const next = text[i + 1];
    if ((c === "\\" || c === '"') && next === '"') {
      value += '"';
      i++;
    } else if (c === '"') break;
    else value += c;
  }
  const end = last ? -1 : text.indexOf(delimiter, i);
  return [value, end < 0 ? text.length : end];
}

export const commentsParser: FileParser = {
  file: "Comments.csv",
  async *read(text) {
    const split = await splitHeader(text.chunks, header, "Comments.csv");
    if (split === null) return;
    const { header: located, body } = split;
    const starts = recordStart(located.delimiter);
    const count = Math.max(...Object.values<number>(located.columns as Record<Key, number>)) + 1;
    let current: { line: number; text: string; cut: boolean } | null = null;
    const flush = function* (): Generator<FileOutput> {
      if (current === null) return;
      const cells = splitCommentRecord(current.text, located.delimiter, count);
      yield* mapRow(
        "Comments.csv",
        columns,
        makeRow(cells, located.columns, current.line),
        (row, ctx) => ({
          kind: "comment",
          date: dateCell(row, ctx, "date", toTimestamp, false),
          link: row.get("link"),
          message: row.get("message"),
        }),
      );
    };
    for await (const { line, text: lineText } of physicalLines(body, located.lineIndex + 2)) {
      if (current === null || starts.test(lineText)) {
        yield* flush();
        current = lineText.trim() === "" ? null : { line, text: lineText, cut: false };
      } else if (current.text.length <= MAX_RECORD_CHARS) current.text += `\n${lineText}`;
      else if (!current.cut) {
        current.cut = true;
        const problem: ImportProblem = {
          file: "Comments.csv",
          line: current.line,
          field: "Message",
          reason: `comment longer than ${MAX_RECORD_CHARS} characters, cut`,
        };
        yield { type: "problem", problem };
      }
    }
    yield* flush();
  },
};
