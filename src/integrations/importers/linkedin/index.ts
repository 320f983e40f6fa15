import { basename } from "node:path";
import { TellerrandError } from "../../../domain/errors.js";
import type {
  ExportEvent,
  ExportInfo,
  LinkedInFileName,
} from "../../../domain/linkedin/records.js";
import {
  type ArchiveLimits,
  DEFAULT_ARCHIVE_LIMITS,
  type LinkedInExportSource,
  type OpenLinkedInExport,
} from "../../../services/ports.js";
import { openContainer } from "./archive.js";
import type { ArchiveEntry, ExportContainer } from "./container.js";
import { toDay } from "./dates.js";
import { decodeText } from "./decode.js";
import { type EntryPlan, planEntries } from "./discover.js";
import { FILE_PARSERS } from "./files/registry.js";

/**
 * Opens a LinkedIn data export: a `.zip`, a `.zip.zip`, an unpacked folder or one CSV file.
 * The container is validated and hashed here, before any record is produced; `events()` then
 * streams skipped entries first, then each file LinkedIn order (see `discover.ts`).
 *
 * @example
 * const source = await openLinkedInExport("Complete_LinkedInDataExport_03-01-2026.zip");
 * try {
 *   for await (const event of source.events()) if (event.type === "record") save(event.record);
 * } finally {
 *   await source.close();
 * }
 */
export const openLinkedInExport: OpenLinkedInExport = async (path, limits) => {
  const full: ArchiveLimits = { ...DEFAULT_ARCHIVE_LIMITS, ...limits };
  const container = await openContainer(path, full);
  try {
    const plan = planEntries(container.entries);
    if (container.kind === "file" && plan.reads.length === 0) {
      throw new TellerrandError(
        "bad-input",
        `${path}: not a LinkedIn export file Tellerrand reads (expected a name like Connections.csv)`,
        { file: path },
      );
    }
    const info: ExportInfo = {
      source: path,
      variant: variantOf(path, container.kind, plan),
      exportDate: exportDateOf(path),
      filesDate: newestDate(plan.reads.map((r) => r.entry.modified)),
      contentHash: await container.hash(plan.reads.map((r) => r.entry)),
    };
    const source: LinkedInExportSource = {
      info,
      events: () => streamEvents(container, plan),
      close: () => container.close(),
    };
    return source;
  } catch (err) {
    await container.close();
    throw err;
  }
};

async function* streamEvents<E extends ArchiveEntry>(
  container: ExportContainer<E>,
  plan: EntryPlan<E>,
): AsyncGenerator<ExportEvent> {
  for (const { entry, reason } of plan.skipped)
    yield { type: "skipped", entry: entry.path, reason };
  for (const { file, entry } of plan.reads) {
    yield { type: "file", file, entry: entry.path };
    yield* streamFile(container, file, entry);
  }
}

async function* streamFile<E extends ArchiveEntry>(
  container: ExportContainer<E>,
  file: LinkedInFileName,
  entry: E,
): AsyncGenerator<ExportEvent> {
  const text = await decodeText(container.read(entry), entry.path);
  let records = 0;
  let problems = 0;
  for await (const out of FILE_PARSERS[file].read(text)) {
    if (out.type === "record") {
      records++;
      yield { type: "record", file, line: out.line, record: out.record };
    } else {
      problems++;
      yield out;
    }
  }
  yield { type: "file-done", file, records, problems };
}

/** The newest of the dates as `YYYY-MM-DD`, or null when none is known. */
function newestDate(dates: ReadonlyArray<Date | null>): string | null {
  const times = dates.filter((d): d is Date => d !== null && !Number.isNaN(d.getTime()));
  if (times.length === 0) return null;
  return new Date(Math.max(...times.map((d) => d.getTime()))).toISOString().slice(0, 10);
}

/** Files only the complete archive holds (a guess: the Basic archive is not documented). */
const COMPLETE_ONLY: readonly LinkedInFileName[] = [
  "messages.csv",
  "Shares.csv",
  "Comments.csv",
  "Reactions.csv",
];

/**
 * `Basic_…`/`Complete_…` from the name; otherwise `complete` when a file only the complete
 * archive holds is present, `basic` for an archive or folder with Connections.csv but none of
 * those, and `unknown` for a single CSV.
 */
export function variantOf(
  path: string,
  kind: ExportContainer["kind"],
  plan: EntryPlan<ArchiveEntry>,
): ExportInfo["variant"] {
  const name = basename(path).toLowerCase();
  if (name.startsWith("basic_")) return "basic";
  if (name.startsWith("complete_")) return "complete";
  if (kind === "file") return "unknown";
  const files = new Set(plan.reads.map((r) => r.file));
  if (COMPLETE_ONLY.some((f) => files.has(f))) return "complete";
  return files.has("Connections.csv") ? "basic" : "unknown";
}

/** `…_MM-DD-YYYY.zip` (or `.zip.zip`, or a folder so named) → `YYYY-MM-DD`. */
export function exportDateOf(path: string): string | null {
  const m = basename(path).match(/_(\d{2})-(\d{2})-(\d{4})(?:\.zip)*$/i);
  if (m === null) return null;
  return toDay(`${m[3]}-${m[1]}-${m[2]}`);
}
