/**
 * Streams the generated files into a ZIP with yazl. Rows are batched into ~64 KiB buffers, so a
 * 200,000-message export never exists as one string. Entry times are fixed and written as plain
 * DOS timestamps built from local-time fields, so the bytes do not depend on the time zone or the
 * clock: same options and same Node (zlib) version, same ZIP.
 */
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import yazl from "yazl";
import type { SampleFile } from "./context.js";

const CHUNK = 64 * 1024;

export interface WrittenFile {
  name: string;
  /** Data rows (preamble and header excluded). */
  rows: number;
  /** Uncompressed bytes. */
  bytes: number;
}

/** LF between lines, none after the last (as LinkedIn writes them). */
async function* fileBytes(file: SampleFile, stats: WrittenFile): AsyncGenerator<Buffer> {
  let pending = file.head.join("\n");
  for (const line of file.rows()) {
    pending += `\n${line}`;
    stats.rows++;
    if (pending.length >= CHUNK) {
      const buf = Buffer.from(pending, "utf8");
      stats.bytes += buf.length;
      yield buf;
      pending = "";
    }
  }
  const buf = Buffer.from(pending, "utf8");
  stats.bytes += buf.length;
  yield buf;
}

/** Writes `files` to `output`; `mtime` is a local wall-clock time (see the module comment). */
export async function writeZip(
  files: readonly SampleFile[],
  output: string,
  mtime: { year: number; month: number; day: number; hour: number; minute: number },
): Promise<WrittenFile[]> {
  const zip = new yazl.ZipFile();
  const date = new Date(mtime.year, mtime.month - 1, mtime.day, mtime.hour, mtime.minute);
  const stats: WrittenFile[] = [];
  for (const file of files) {
    const s: WrittenFile = { name: file.name, rows: 0, bytes: 0 };
    stats.push(s);
    const stream = Readable.from(fileBytes(file, s), { objectMode: false });
    zip.addReadStream(stream, file.name, {
      mtime: date,
      mode: 0o100644,
      compressionLevel: 9,
      forceDosTimestamp: true,
    });
  }
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(output));
  return stats;
}
