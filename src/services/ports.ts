import type { ExportEvent, ExportInfo, LinkedInRecord } from "../domain/linkedin/records.js";

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

/** What the store keeps about one connection in one snapshot, derived by the import service. */
export interface ConnectionFacts {
  identity: string;
  /** Identity by name and connection date, to match exports made before LinkedIn added URLs. */
  nameIdentity: string;
  firstName: string | null;
  lastName: string | null;
  url: string | null;
  email: string | null;
  connectedOn: string;
  company: string | null;
  orgKey: string | null;
  position: string | null;
  jobFunction: string;
  seniority: string;
  confidence: number;
}

export interface OrganizationFacts {
  key: string;
  name: string;
  selfEmployed: boolean;
}

export interface SnapshotMeta {
  source: string;
  variant: string;
  exportDate: string | null;
  contentHash: string;
  /** The date the export describes: its date from the file name, else the import date. */
  asOf: string;
  importedAt: string;
}

export interface ImportCounts {
  added: number;
  unchanged: number;
  ended: number;
  roleChanges: number;
  duplicates: number;
}

/** Writes one import inside one transaction; the store decides how to batch. */
export interface ImportWriter {
  readonly snapshotId: number;
  addConnection(facts: ConnectionFacts): Promise<void>;
  addOrganization(org: OrganizationFacts): Promise<void>;
  addRecord(record: LinkedInRecord, orgKey: string | null): Promise<void>;
  /** Flushes, then ends vanished connections when `connectionsRead` and this is the newest snapshot. */
  finish(args: { connectionsRead: boolean; stats: unknown }): Promise<ImportCounts>;
}

export interface SnapshotSummary {
  id: number;
  source: string;
  variant: string;
  asOf: string;
  importedAt: string;
  contentHash: string;
  stats: unknown;
}

export interface LinkedInStore {
  findSnapshotByHash(contentHash: string): Promise<SnapshotSummary | undefined>;
  /** Runs `work` in one transaction: if it throws, nothing is written. */
  runImport<T>(meta: SnapshotMeta, work: (writer: ImportWriter) => Promise<T>): Promise<T>;
}

/** Reads the horizon report needs (implemented in `src/db/report-store.ts`). */
export interface ReportReader {
  snapshots(): Promise<SnapshotSummary[]>;
  /** The few facts per current connection that the horizon report needs (it reads 30,000 rows). */
  currentContactFacts(): Promise<
    Array<{
      connectedOn: string;
      orgKey: string | null;
      orgName: string | null;
      company: string | null;
      industry: string | null;
      jobFunction: string;
      seniority: string;
    }>
  >;
  ownPositions(): Promise<
    Array<{ companyName: string; orgKey: string | null; finishedOn: string | null }>
  >;
  profileName(): Promise<string | null>;
}
