import type { ExportEvent, ExportInfo } from "../domain/linkedin/records.js";

/** Limits that protect the machine from hostile archives. */
export interface ArchiveLimits {
  /** Sum of the uncompressed sizes of all entries read, in bytes. */
  maxTotalUncompressedBytes: number;
  /** Largest allowed uncompressed/compressed ratio of any one entry. */
  maxCompressionRatio: number;
  /** Most entries an archive may hold. */
  maxEntries: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxTotalUncompressedBytes: 2 * 1024 ** 3,
  maxCompressionRatio: 200,
  maxEntries: 10_000,
};

/**
 * An opened LinkedIn export (ZIP, `.zip.zip`, unpacked folder or a single CSV).
 * Opening validates the container (and throws `TellerrandError("unsafe-archive" | "bad-input" |
 * "not-found")`) before any record is produced, so a bad archive writes nothing.
 */
export interface LinkedInExportSource {
  readonly info: ExportInfo;
  /**
   * Streams the export's records file by file, never holding a whole file in memory.
   * Per-record problems are `problem` events; a file that is not what its name says throws
   * a `TellerrandError("bad-input")` naming the file.
   */
  events(): AsyncIterable<ExportEvent>;
  close(): Promise<void>;
}

export type OpenLinkedInExport = (
  path: string,
  limits?: Partial<ArchiveLimits>,
) => Promise<LinkedInExportSource>;
