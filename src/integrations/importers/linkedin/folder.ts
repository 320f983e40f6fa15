import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { TellerrandError } from "../../../domain/errors.js";
import type { ArchiveLimits } from "../../../services/ports.js";
import type { ArchiveEntry, ExportContainer } from "./container.js";

/**
 * An unpacked export folder (files may sit in subfolders) or a single CSV file. Symbolic links
 * are not followed, so a folder cannot lead the reader elsewhere on the disk; the walk stops at
 * {@link MAX_DEPTH} levels and at `maxEntries` files.
 */
const MAX_DEPTH = 8;

interface FsEntry extends ArchiveEntry {
  absolute: string;
}

async function walk(root: string, limits: ArchiveLimits): Promise<FsEntry[]> {
  const out: FsEntry[] = [];
  async function visit(dir: string, prefix: string, depth: number): Promise<void> {
    const items = await readdir(dir, { withFileTypes: true });
    items.sort((a, b) => a.name.localeCompare(b.name, "en"));
    for (const item of items) {
      const absolute = join(dir, item.name);
      const path = prefix === "" ? item.name : `${prefix}/${item.name}`;
      if (item.isDirectory() && depth < MAX_DEPTH) await visit(absolute, path, depth + 1);
      else if (item.isFile()) {
        const info = await stat(absolute);
        out.push({ path, absolute, size: info.size, modified: info.mtime });
        if (out.length > limits.maxEntries) {
          throw new TellerrandError(
            "bad-input",
            `${root}: more than ${limits.maxEntries} files; is this really a LinkedIn export?`,
            { file: root },
          );
        }
      }
    }
  }
  await visit(root, "", 0);
  return out;
}

function fsContainer(kind: "folder" | "file", entries: FsEntry[]): ExportContainer<FsEntry> {
  return {
    kind,
    entries,
    read: (entry) => createReadStream(entry.absolute) as AsyncIterable<Buffer>,
    async hash(selected) {
      const sha = createHash("sha256");
      for (const entry of selected) {
        sha.update(`${entry.path}\0`);
        for await (const chunk of createReadStream(entry.absolute)) sha.update(chunk as Buffer);
        sha.update("\n");
      }
      return sha.digest("hex");
    },
    async close() {},
  };
}

/** A folder holding an unpacked export. */
export async function openFolder(path: string, limits: ArchiveLimits): Promise<ExportContainer> {
  return fsContainer("folder", await walk(path, limits));
}

/** A single export file, e.g. `Connections.csv`. */
export async function openSingleFile(path: string): Promise<ExportContainer> {
  const info = await stat(path);
  return fsContainer("file", [
    { path: basename(path), absolute: path, size: info.size, modified: info.mtime },
  ]);
}
