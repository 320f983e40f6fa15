import { LINKEDIN_FILES, type LinkedInFileName } from "../../../domain/linkedin/records.js";

/**
 * Which archive entries are the LinkedIn files Tellerrand reads. Names drift between exports
 * (`Messages.csv` → `messages.csv`, `Rich Media.csv` → `Rich_Media.csv`, member-id suffixes like
 * `Shares_17529409.csv`), so names are compared on a key: the base name, lower-cased, without a
 * trailing `_<digits>` part and without spaces or `_`. Folders do not matter (2018 used `Jobs/`).
 *
 * Files are read in {@link LINKEDIN_FILES} order (Connections first, so a consumer that stops
 * early still has the core data). If several entries match one file (a copy in a subfolder,
 * numbered parts) all are read, in path order; every other entry is reported as skipped.
 */

export interface PlannedRead<E> {
  file: LinkedInFileName;
  entry: E;
}

export interface EntryPlan<E> {
  reads: PlannedRead<E>[];
  skipped: Array<{ entry: E; reason: string }>;
}

export const SKIP_REASON = "not used by Tellerrand";

/** The comparison key of a file name: `Shares_17529409.csv` → `shares.csv`. */
export function fileKey(path: string): string {
  const base = path.split(/[/\\]/).pop() ?? path;
  const dot = base.lastIndexOf(".");
  const stem = dot > 0 ? base.slice(0, dot) : base;
  const ext = dot > 0 ? base.slice(dot).toLowerCase() : "";
  return `${stem.toLowerCase().replace(/_\d+$/, "").replace(/[\s_]/g, "")}${ext}`;
}

const BY_KEY = new Map<string, LinkedInFileName>(LINKEDIN_FILES.map((f) => [fileKey(f), f]));

/** The LinkedIn file an entry path is, or null. */
export function canonicalFile(path: string): LinkedInFileName | null {
  return BY_KEY.get(fileKey(path)) ?? null;
}

/** Splits entries into ordered reads and skips. */
export function planEntries<E extends { path: string }>(entries: readonly E[]): EntryPlan<E> {
  const reads: PlannedRead<E>[] = [];
  const skipped: EntryPlan<E>["skipped"] = [];
  for (const entry of entries) {
    const file = canonicalFile(entry.path);
    if (file === null) skipped.push({ entry, reason: SKIP_REASON });
    else reads.push({ file, entry });
  }
  const order = (f: LinkedInFileName) => LINKEDIN_FILES.indexOf(f);
  reads.sort(
    (a, b) => order(a.file) - order(b.file) || a.entry.path.localeCompare(b.entry.path, "en"),
  );
  return { reads, skipped };
}
