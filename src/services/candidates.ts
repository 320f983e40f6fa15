/**
 * Use case: import a list of people as discovery candidates (`tellerrand candidates import`),
 * and the ports discovery reads candidates, article authors and the reading through.
 */
import { canonicalOrganization } from "../domain/orgs/index.js";
import {
  type CandidateRowError,
  parseCandidatesCsv,
} from "../integrations/importers/candidates/index.js";

export interface NewCandidate {
  key: string;
  name: string;
  title: string | null;
  company: string | null;
  orgKey: string | null;
  url: string | null;
  note: string | null;
}

export interface StoredCandidate extends Omit<NewCandidate, "key"> {
  id: number;
  sourceFile: string;
  /** NACE section of the organisation, if set with `orgs set-industry`. */
  industry: string | null;
}

export interface ArticleAuthor {
  name: string;
  feedTitle: string | null;
  orgKey: string | null;
  articleTitles: string[];
}

export interface ReadingSource {
  articles: Array<{ text: string; url: string | null }>;
  feeds: Array<{ url: string; siteUrl: string | null; orgKey: string | null }>;
}

export interface CandidateWriter {
  /** Inserts new candidates; rows whose key exists are left as they are. */
  addCandidates(
    rows: readonly NewCandidate[],
    sourceFile: string,
    at: string,
  ): Promise<{ added: number; unchanged: number }>;
}

export interface CandidateReader {
  importedCandidates(): Promise<StoredCandidate[]>;
  articleAuthors(): Promise<ArticleAuthor[]>;
  reading(): Promise<ReadingSource>;
}

const fold = (s: string) =>
  s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();

/**
 * The identity of a candidate: the profile URL without query, fragment and trailing slash,
 * else the folded name and company.
 *
 * @example
 * candidateKey("Jana B", null, "https://www.linkedin.com/in/jana/?x=1"); // "url:https://www.linkedin.com/in/jana"
 */
export function candidateKey(name: string, company: string | null, url: string | null): string {
  if (url !== null)
    return `url:${url
      .replace(/[?#].*$/, "")
      .replace(/\/+$/, "")
      .toLowerCase()}`;
  return `name:${fold(name)}|${fold(company ?? "")}`;
}

export interface CandidateImportResult {
  file: string;
  rows: number;
  added: number;
  unchanged: number;
  errors: CandidateRowError[];
}

/**
 * Parses and stores a candidate list; bad rows are reported (line and field), good rows kept;
 * importing the same file again adds nothing.
 *
 * @example
 * await importCandidates(store, readFileSync("attendees.csv"), "attendees.csv", new Date().toISOString());
 */
export async function importCandidates(
  writer: CandidateWriter,
  bytes: Uint8Array,
  file: string,
  at: string,
): Promise<CandidateImportResult> {
  const parsed = parseCandidatesCsv(bytes, file);
  const rows = parsed.records.map((r) => ({
    key: candidateKey(r.name, r.company, r.url),
    name: r.name,
    title: r.title,
    company: r.company,
    orgKey: r.company === null ? null : (canonicalOrganization(r.company)?.key ?? null),
    url: r.url,
    note: r.note,
  }));
  const { added, unchanged } = await writer.addCandidates(rows, file, at);
  return { file, rows: parsed.records.length, added, unchanged, errors: parsed.errors };
}
