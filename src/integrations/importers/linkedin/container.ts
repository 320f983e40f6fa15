/**
 * What the reader needs from an export container (a ZIP, a folder, a single CSV): its file
 * entries, a way to stream one, a content hash computed without parsing, and cleanup.
 */
export interface ArchiveEntry {
  /** Path inside the container, `/`-separated. */
  path: string;
  /** Size in bytes (uncompressed, as declared for a ZIP). */
  size: number;
  /** Last modification time (a ZIP stores it without a zone: read as local time). */
  modified: Date | null;
}

export interface ExportContainer<E extends ArchiveEntry = ArchiveEntry> {
  kind: "zip" | "folder" | "file";
  /** File entries only (no directories). */
  entries: readonly E[];
  /** Streams the bytes of one entry; throws `unsafe-archive` when a limit is crossed. */
  read(entry: E): AsyncIterable<Buffer>;
  /** SHA-256 (hex) over the given entries, in the given order. */
  hash(entries: readonly E[]): Promise<string>;
  close(): Promise<void>;
}
