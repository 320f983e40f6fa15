import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";
import { TellerrandError } from "../../../domain/errors.js";

/**
 * Turns a file's byte stream into text, choosing the encoding from its first bytes:
 * - `FF FE` → UTF-16LE (the 2018 tab-separated files), `FE FF` → UTF-16BE;
 * - `EF BB BF` → UTF-8, BOM stripped (Excel "CSV UTF-8" re-saves add one);
 * - `PK\x03\x04` → an XLSX workbook renamed to `.csv`: rejected with `bad-input`;
 * - otherwise the first {@link SNIFF_BYTES} are checked for valid UTF-8; if they are not, the
 *   whole file is read as Windows-1252 (Excel re-saves in Western European locales).
 *
 * Limitation: a file whose first megabyte is valid UTF-8 but which holds Windows-1252 bytes
 * further on is still read as UTF-8; the bad bytes become U+FFFD, and the row reader reports
 * each record that contains one as a problem.
 */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedText {
  encoding: TextEncoding;
  chunks: AsyncIterable<string>;
}

export const SNIFF_BYTES = 1024 * 1024;

/** Reads the head of `bytes`, picks the encoding, and streams the decoded text. */
export async function decodeText(bytes: AsyncIterable<Buffer>, file: string): Promise<DecodedText> {
  const iterator = bytes[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done === true) {
      done = true;
      break;
    }
    head.push(next.value);
    size += next.value.length;
  }
  const start = Buffer.concat(head);
  const { encoding, bomLength } = sniff(start, file, done);
  const rest: AsyncIterable<Buffer> = {
    [Symbol.asyncIterator]: () => (done ? emptyIterator() : iterator),
  };
  return { encoding, chunks: decodeChunks(start.subarray(bomLength), rest, encoding) };
}

function emptyIterator(): AsyncIterator<Buffer> {
  return { next: async () => ({ done: true, value: undefined }) };
}

function sniff(
  start: Buffer,
  file: string,
  complete: boolean,
): { encoding: TextEncoding; bomLength: number } {
  if (start.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    throw new TellerrandError(
      "bad-input",
      `${file} is an Excel workbook, not a CSV: open it in Excel and save it as "CSV UTF-8", or use the file from the original LinkedIn export`,
      { file },
    );
  }
  if (start[0] === 0xff && start[1] === 0xfe) return { encoding: "utf-16le", bomLength: 2 };
  if (start[0] === 0xfe && start[1] === 0xff) return { encoding: "utf-16be", bomLength: 2 };
  if (start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf) {
    return { encoding: "utf-8", bomLength: 3 };
  }
  return { encoding: isUtf8Prefix(start, complete) ? "utf-8" : "windows-1252", bomLength: 0 };
}

/**
 * True when `bytes` is valid UTF-8; when the sample was cut (`complete` false), a sequence
 * truncated at the very end is allowed.
 */
export function isUtf8Prefix(bytes: Buffer, complete: boolean): boolean {
  if (complete) return isUtf8(bytes);
  // The sample was cut: drop a multi-byte sequence that the cut may have truncated.
  let cut = bytes.length;
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back] ?? 0;
    if (b < 0x80) break;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      if (back < need) cut = bytes.length - back;
      break;
    }
  }
  return isUtf8(bytes.subarray(0, cut));
}

async function* decodeChunks(
  first: Buffer,
  rest: AsyncIterable<Buffer>,
  encoding: TextEncoding,
): AsyncGenerator<string> {
  const decoder = iconv.getDecoder(encoding, { stripBOM: false });
  const head = decoder.write(first);
  if (head.length > 0) yield head;
  for await (const chunk of rest) {
    const text = decoder.write(chunk);
    if (text.length > 0) yield text;
  }
  const tail = decoder.end();
  if (tail !== undefined && tail.length > 0) yield tail;
}
