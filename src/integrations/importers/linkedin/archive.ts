import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { TellerrandError } from "../../../domain/errors.js";
import type { ArchiveLimits } from "../../../services/ports.js";
import type { ExportContainer } from "./container.js";
import { openFolder, openSingleFile } from "./folder.js";
import { openZip } from "./zip.js";

/**
 * Opens whatever the user pointed at as an export container: a folder, a `.csv` file, a ZIP,
 * or a `.zip.zip` (a ZIP whose only file is another ZIP, as some mail clients deliver it). The
 * inner ZIP is extracted under `os.tmpdir()` with the same limits and removed on close.
 * Archive-level metadata entries (`__MACOSX/`, `.DS_Store`) are ignored when deciding whether
 * a ZIP merely wraps another.
 */
export async function openContainer(path: string, limits: ArchiveLimits): Promise<ExportContainer> {
  const info = await stat(path).catch(() => {
    throw new TellerrandError("not-found", `${path} does not exist`, { file: path });
  });
  if (info.isDirectory()) return openFolder(path, limits);
  if (/\.csv$/i.test(path)) return openSingleFile(path);
  const outer = await openZip(path, limits, path);
  const files = outer.entries.filter((e) => !isMetadata(e.path));
  const only = files[0];
  if (files.length !== 1 || only === undefined || !/\.zip$/i.test(only.path)) return outer;
  const dir = await mkdtemp(join(tmpdir(), "tellerrand-zip-"));
  try {
    const inner = join(dir, "inner.zip");
    await pipeline(Readable.from(outer.read(only)), createWriteStream(inner));
    const container = await openZip(inner, limits, `${path} → ${only.path}`);
    return {
      ...container,
      async close() {
        await container.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  } finally {
    await outer.close();
  }
}

function isMetadata(path: string): boolean {
  return path.startsWith("__MACOSX/") || /(^|\/)\.DS_Store$/.test(path);
}
