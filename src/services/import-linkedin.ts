import {
  type ConnectionRecord,
  type ExportEvent,
  type ImportProblem,
  LINKEDIN_FILES,
  type LinkedInFileName,
  type LinkedInRecord,
} from "../domain/linkedin/records.js";
import { canonicalOrganization } from "../domain/orgs/canonical.js";
import type { TitleClassification } from "../domain/taxonomy.js";
import { classifyTitle } from "../domain/titles/index.js";
import type {
  ArchiveLimits,
  ConnectionFacts,
  ImportCounts,
  ImportWriter,
  LinkedInStore,
  OpenLinkedInExport,
} from "./ports.js";

export interface ImportDeps {
  open: OpenLinkedInExport;
  store: LinkedInStore;
  now?: () => Date;
  /** Called every few thousand records with the running count. */
  onProgress?: (records: number, file: string) => void;
}

/** What an import did, for the terminal and for `--json`. */
export interface ImportReport {
  status: "imported" | "unchanged";
  source: string;
  variant: string;
  snapshot: { id: number; asOf: string };
  files: Array<{ file: LinkedInFileName; entry: string; records: number; problems: number }>;
  skipped: Array<{ entry: string; reason: string }>;
  missing: LinkedInFileName[];
  problems: {
    total: number;
    byFile: Record<string, number>;
    /** Counts per kind of problem: file, field and reason with quoted values elided. */
    byKind: Record<string, number>;
    samples: ImportProblem[];
  };
  counts: ImportCounts | null;
}

const PROBLEM_SAMPLES = 50;
const PROBLEM_KINDS = 30;

/**
 * Imports a LinkedIn export into the store in one transaction: a bad archive or a crash writes
 * nothing; the same export twice changes nothing; a later export becomes a new snapshot.
 */
export async function importLinkedInExport(
  deps: ImportDeps,
  path: string,
  limits?: Partial<ArchiveLimits>,
): Promise<ImportReport> {
  const source = await deps.open(path, limits);
  try {
    const { info } = source;
    const previous = await deps.store.findSnapshotByHash(info.contentHash);
    if (previous !== undefined) {
      return unchangedReport(info.source, info.variant, previous.id, previous.asOf, previous.stats);
    }
    const importedAt = (deps.now ?? (() => new Date()))().toISOString();
    const meta = {
      source: info.source,
      variant: info.variant,
      exportDate: info.exportDate,
      contentHash: info.contentHash,
      // The name's date, else the files' date: an undated export is not "as of today".
      asOf: info.exportDate ?? info.filesDate ?? importedAt.slice(0, 10),
      importedAt,
    };
    return await deps.store.runImport(meta, async (writer) => {
      const report = emptyReport(info.source, info.variant, writer.snapshotId, meta.asOf);
      await consume(source.events(), writer, report, deps.onProgress);
      const connectionsRead = report.files.some((f) => f.file === "Connections.csv");
      report.counts = await writer.finish({ connectionsRead, stats: statsOf(report) });
      return report;
    });
  } finally {
    await source.close();
  }
}

async function consume(
  events: AsyncIterable<ExportEvent>,
  writer: ImportWriter,
  report: ImportReport,
  onProgress: ImportDeps["onProgress"],
): Promise<void> {
  let seen = 0;
  for await (const event of events) {
    switch (event.type) {
      case "file":
        report.files.push({ file: event.file, entry: event.entry, records: 0, problems: 0 });
        report.missing = report.missing.filter((f) => f !== event.file);
        break;
      case "record":
        await store(writer, event.record);
        if (++seen % 5000 === 0) onProgress?.(seen, event.file);
        break;
      case "problem":
        addProblem(report, event.problem);
        break;
      case "skipped":
        report.skipped.push({ entry: event.entry, reason: event.reason });
        break;
      case "file-done": {
        const file = report.files.find((f) => f.file === event.file && f.records === 0);
        if (file !== undefined) {
          file.records = event.records;
          file.problems = event.problems;
        }
        break;
      }
    }
  }
}

async function store(writer: ImportWriter, record: LinkedInRecord): Promise<void> {
  if (record.kind === "connection") {
    const facts = connectionFacts(record);
    if (facts.company !== null) await addOrganization(writer, facts.company);
    await writer.addConnection(facts);
    return;
  }
  let orgKey: string | null = null;
  if (record.kind === "position") orgKey = await addOrganization(writer, record.companyName);
  await writer.addRecord(record, orgKey);
}

async function addOrganization(writer: ImportWriter, company: string): Promise<string | null> {
  const org = canonicalOrganization(company);
  if (org === null) return null;
  await writer.addOrganization({ key: org.key, name: org.display, selfEmployed: org.selfEmployed });
  return org.key;
}

const TITLE_CACHE_LIMIT = 50_000;
const titleCache = new Map<string, TitleClassification>();

/** Networks repeat titles ("Software Engineer" hundreds of times): classify each once. */
function classifyCached(title: string): TitleClassification {
  let hit = titleCache.get(title);
  if (hit === undefined) {
    if (titleCache.size >= TITLE_CACHE_LIMIT) titleCache.clear();
    hit = classifyTitle(title);
    titleCache.set(title, hit);
  }
  return hit;
}

/** Derives what the store keeps for a connection: identity, organisation, title understanding. */
export function connectionFacts(record: ConnectionRecord): ConnectionFacts {
  const org = record.company === null ? null : canonicalOrganization(record.company);
  const title = record.position === null ? null : classifyCached(record.position);
  const nameIdentity = `name:${normName(record.firstName)} ${normName(record.lastName)}|${record.connectedOn}`;
  const slug = record.url === null ? null : profileSlug(record.url);
  const anonymous = record.firstName === null && record.lastName === null && slug === null;
  return {
    // Files users cut for privacy have no names: company, position and date are all there is.
    identity:
      slug !== null
        ? `in:${slug}`
        : anonymous
          ? `anon:${record.company ?? ""}|${record.position ?? ""}|${record.connectedOn}`
          : nameIdentity,
    nameIdentity,
    firstName: record.firstName,
    lastName: record.lastName,
    url: record.url,
    email: record.email,
    connectedOn: record.connectedOn,
    company: record.company,
    orgKey: org?.key ?? null,
    position: record.position,
    jobFunction: title?.function ?? "unknown",
    seniority: title?.seniority ?? "unknown",
    confidence: title?.confidence ?? 0,
  };
}

function normName(name: string | null): string {
  return (name ?? "").normalize("NFKC").toLocaleLowerCase("en").replace(/\s+/g, " ").trim();
}

/** `https://www.linkedin.com/in/Jane-Doe-123/` → `jane-doe-123`; null if it is no profile URL. */
export function profileSlug(url: string): string | null {
  const match = /linkedin\.com\/in\/([^/?#]+)/i.exec(url);
  if (match?.[1] === undefined) return null;
  let slug = match[1];
  try {
    slug = decodeURIComponent(slug);
  } catch {
    // keep the raw slug: a malformed escape is still a stable identity
  }
  return slug.normalize("NFKC").toLocaleLowerCase("en");
}

function emptyReport(source: string, variant: string, id: number, asOf: string): ImportReport {
  return {
    status: "imported",
    source,
    variant,
    snapshot: { id, asOf },
    files: [],
    skipped: [],
    missing: [...LINKEDIN_FILES],
    problems: { total: 0, byFile: {}, byKind: {}, samples: [] },
    counts: null,
  };
}

function addProblem(report: ImportReport, problem: ImportProblem): void {
  report.problems.total++;
  report.problems.byFile[problem.file] = (report.problems.byFile[problem.file] ?? 0) + 1;
  const kinds = report.problems.byKind;
  let kind = `${problem.file}${problem.field ? ` [${problem.field}]` : ""}: ${problem.reason.replace(/"[^"]*"/g, '"…"')}`;
  if (kinds[kind] === undefined && Object.keys(kinds).length >= PROBLEM_KINDS)
    kind = "other problems";
  kinds[kind] = (kinds[kind] ?? 0) + 1;
  if (report.problems.samples.length < PROBLEM_SAMPLES) report.problems.samples.push(problem);
}

function statsOf(report: ImportReport): Record<string, unknown> {
  return {
    files: report.files,
    skipped: report.skipped,
    missing: report.missing,
    problems: report.problems,
  };
}

function unchangedReport(
  source: string,
  variant: string,
  id: number,
  asOf: string,
  stats: unknown,
): ImportReport {
  const s = (stats ?? {}) as Partial<ImportReport>;
  return {
    status: "unchanged",
    source,
    variant,
    snapshot: { id, asOf },
    files: s.files ?? [],
    skipped: s.skipped ?? [],
    missing: s.missing ?? [],
    problems: { total: 0, byFile: {}, byKind: {}, samples: [], ...s.problems },
    counts: null,
  };
}
