import { createHash } from "node:crypto";
import { open as openFile } from "node:fs/promises";
import type { Readable } from "node:stream";
import iconv from "iconv-lite";
import yauzl from "yauzl";
import { TellerrandError } from "../../../domain/errors.js";
import type { ArchiveLimits } from "../../../services/ports.js";
import type { ArchiveEntry, ExportContainer } from "./container.js";

/**
 * A ZIP export, validated as a whole before anything is read: every entry's path, the entry
 * count, the declared total size, each entry's compression ratio and encryption flag. Reads then
 * enforce the same caps on the bytes actually inflated, because headers can lie.
 *
 * The ratio cap applies to entries larger than {@link RATIO_FLOOR_BYTES}: a smaller entry cannot
 * be a bomb, and short repetitive CSVs (a file of `,,,,`) legitimately compress very well.
 */
export const RATIO_FLOOR_BYTES = 1024 * 1024;

interface ZipEntry extends ArchiveEntry {
  raw: yauzl.Entry;
}

const unsafe = (label: string, message: string) =>
  new TellerrandError("unsafe-archive", `${label}: ${message}`, { file: label });

/** Opens and validates a ZIP; `label` names it in errors (the user's path). */
export async function openZip(
  path: string,
  limits: ArchiveLimits,
  label: string,
): Promise<ExportContainer<ZipEntry>> {
  await assertZipMagic(path, label);
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(
      path,
      { lazyEntries: true, autoClose: false, validateEntrySizes: true, decodeStrings: false },
      (err, zipfile) => (err === null ? resolve(zipfile) : reject(err)),
    ),
  ).catch((err: Error) => {
    throw unsafe(label, `corrupt or truncated ZIP archive (${err.message})`);
  });
  try {
    const entries = await readEntries(zip, limits, label);
    return zipContainer(zip, entries, limits, label);
  } catch (err) {
    zip.close();
    throw err;
  }
}

async function assertZipMagic(path: string, label: string): Promise<void> {
  const handle = await openFile(path, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    const magic = buffer.subarray(0, bytesRead).toString("latin1");
    if (magic !== "PK\x03\x04" && magic !== "PK\x05\x06") {
      throw new TellerrandError(
        "bad-input",
        `${label} is not a ZIP archive, a folder or a CSV file`,
        { file: label },
      );
    }
  } finally {
    await handle.close();
  }
}

function readEntries(
  zip: yauzl.ZipFile,
  limits: ArchiveLimits,
  label: string,
): Promise<ZipEntry[]> {
  if (zip.entryCount > limits.maxEntries) {
    return Promise.reject(
      unsafe(label, `${zip.entryCount} entries, more than the limit of ${limits.maxEntries}`),
    );
  }
  return new Promise((resolve, reject) => {
    const entries: ZipEntry[] = [];
    let total = 0;
    zip.on("error", (err: Error) =>
      reject(unsafe(label, `corrupt or truncated ZIP archive (${err.message})`)),
    );
    zip.on("end", () => resolve(entries));
    zip.on("entry", (raw: yauzl.Entry) => {
      try {
        const entry = checkEntry(raw, limits, label);
        total += raw.uncompressedSize;
        if (total > limits.maxTotalUncompressedBytes) {
          throw unsafe(
            label,
            `entries unpack to more than ${limits.maxTotalUncompressedBytes} bytes (at "${entry.path}")`,
          );
        }
        if (!entry.path.endsWith("/")) entries.push(entry);
        zip.readEntry();
      } catch (err) {
        reject(err);
      }
    });
    zip.readEntry();
  });
}

/** Decodes and checks one central-directory entry. */
function checkEntry(raw: yauzl.Entry, limits: ArchiveLimits, label: string): ZipEntry {
  const nameBytes = raw.fileName as unknown as Buffer;
  const utf8 = (raw.generalPurposeBitFlag & 0x800) !== 0;
  const name = utf8 ? nameBytes.toString("utf8") : iconv.decode(nameBytes, "cp437");
  const path = name.replace(/\\/g, "/");
  if (/^[/]/.test(path) || /^[a-zA-Z]:/.test(path) || path.includes("\0")) {
    throw unsafe(label, `entry "${name}" has an absolute path`);
  }
  if (path.split("/").includes("..")) {
    throw unsafe(label, `entry "${name}" points outside the archive ("..")`);
  }
  if ((raw.generalPurposeBitFlag & 0x1) !== 0) {
    throw unsafe(label, `entry "${name}" is encrypted; export again without a password`);
  }
  const ratio = raw.uncompressedSize / Math.max(1, raw.compressedSize);
  if (raw.uncompressedSize > RATIO_FLOOR_BYTES && ratio > limits.maxCompressionRatio) {
    throw unsafe(
      label,
      `entry "${name}" has compression ratio ${Math.round(ratio)}, over the limit of ${limits.maxCompressionRatio} (zip bomb?)`,
    );
  }
  if (!path.endsWith("/") && raw.compressionMethod !== 0 && raw.compressionMethod !== 8) {
    throw unsafe(
      label,
      `entry "${name}" uses unsupported compression method ${raw.compressionMethod}`,
    );
  }
  return { path, size: raw.uncompressedSize, modified: raw.getLastModDate(), raw };
}

function zipContainer(
  zip: yauzl.ZipFile,
  entries: ZipEntry[],
  limits: ArchiveLimits,
  label: string,
): ExportContainer<ZipEntry> {
  let totalRead = 0;
  async function* read(entry: ZipEntry): AsyncGenerator<Buffer> {
    const stream = await new Promise<Readable>((resolve, reject) =>
      zip.openReadStream(entry.raw, (err, s) => (err === null ? resolve(s) : reject(err))),
    ).catch((err: Error) => {
      throw unsafe(label, `entry "${entry.path}" cannot be read (${err.message})`);
    });
    const cap = Math.max(RATIO_FLOOR_BYTES, limits.maxCompressionRatio * entry.raw.compressedSize);
    let entryRead = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        entryRead += chunk.length;
        totalRead += chunk.length;
        if (totalRead > limits.maxTotalUncompressedBytes) {
          throw unsafe(label, `unpacks to more than ${limits.maxTotalUncompressedBytes} bytes`);
        }
        if (entryRead > cap)
          throw unsafe(label, `entry "${entry.path}" inflates beyond its ratio cap`);
        yield chunk;
      }
    } catch (err) {
      if (err instanceof TellerrandError) throw err;
      throw unsafe(label, `entry "${entry.path}" is corrupt (${(err as Error).message})`);
    } finally {
      stream.destroy();
    }
  }
  return {
    kind: "zip",
    entries,
    read,
    async hash(selected) {
      const sha = createHash("sha256");
      for (const e of selected)
        sha.update(`${e.path}\0${e.raw.crc32}\0${e.raw.uncompressedSize}\n`);
      return sha.digest("hex");
    },
    async close() {
      zip.close();
    },
  };
}
