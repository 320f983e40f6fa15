/**
 * Use case: import a list of people as discovery candidates (`tellerrand candidates import`),
 * the ports discovery reads candidates, article authors and the reading through, and the
 * organisations behind stored articles as candidates.
 */
import {
  authorOrganisation,
  type OrgArticle,
  type OrgCandidate,
  orgArticle,
} from "../domain/discovery/index.js";
import { canonicalOrganization, SELF_EMPLOYED_KEY } from "../domain/orgs/index.js";
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

/** A stored article with what stands behind it: its feed and that feed's organisation. */
export interface ArticleOrigin {
  /** Title and summary. */
  text: string;
  authors: string[];
  feedTitle: string | null;
  /** The feed's kind (own-blog, own-employer, other-company, media, person). */
  feedKind: string | null;
  org: { key: string; name: string; industry: string | null } | null;
}

/** An organisation of the store (from contacts, feeds or `orgs set-industry`). */
export interface KnownOrganisation {
  key: string;
  name: string;
  industry: string | null;
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
  /** The newest stored articles with their feed and its organisation. */
  articleOrigins(): Promise<ArticleOrigin[]>;
  /** Every organisation the store knows (to recognise organisations named as authors). */
  knownOrganisations(): Promise<KnownOrganisation[]>;
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

/** Feeds of these kinds are the person's own: their organisations are no discovery. */
const OWN_FEED_KINDS = new Set(["own-blog", "own-employer"]);
/** Feed titles kept per organisation for the reason. */
const FEEDS_SHOWN = 3;

interface OrgAcc {
  label: string;
  industry: string | null;
  via: Set<"feed" | "author">;
  feeds: Set<string>;
  articles: OrgArticle[];
}

/** The organisations behind one article: its feed's, then those named as authors. */
function behind(
  a: ArticleOrigin,
  known: ReadonlySet<string>,
): Map<string, { label: string; via: "feed" | "author" }> {
  const out = new Map<string, { label: string; via: "feed" | "author" }>();
  if (a.org !== null) out.set(a.org.key, { label: a.org.name, via: "feed" });
  for (const name of a.authors) {
    const o = authorOrganisation(name, known);
    if (o !== null && !out.has(o.key)) out.set(o.key, { label: o.label, via: "author" });
  }
  return out;
}

/**
 * The organisations behind stored articles (a feed's organisation, organisations named as
 * authors) as discovery candidates, each with its articles scored against the profiles. The
 * person's own employers and own feeds are left out.
 *
 * @example
 * const { orgs, pool } = await orgCandidates(store, { ownEmployerKeys: ["acme"] });
 */
export async function orgCandidates(
  reader: Pick<CandidateReader, "articleOrigins" | "knownOrganisations">,
  ctx: { ownEmployerKeys: readonly string[] },
): Promise<{ orgs: OrgCandidate[]; pool: Record<string, number> }> {
  const [origins, known] = await Promise.all([
    reader.articleOrigins(),
    reader.knownOrganisations(),
  ]);
  const names = new Map(known.map((o) => [o.key, o]));
  const keys = new Set(names.keys());
  const own = new Set([...ctx.ownEmployerKeys, SELF_EMPLOYED_KEY]);
  const acc = new Map<string, OrgAcc>();
  let articles = 0;
  for (const a of origins) {
    if (a.feedKind !== null && OWN_FEED_KINDS.has(a.feedKind)) continue;
    const orgs = [...behind(a, keys)].filter(([key]) => !own.has(key));
    if (orgs.length === 0) continue;
    articles++;
    const scored = orgArticle(a.text);
    for (const [key, b] of orgs) {
      const stored = names.get(key);
      const o = acc.get(key) ?? {
        label: stored?.name ?? b.label,
        industry: stored?.industry ?? null,
        via: new Set(),
        feeds: new Set(),
        articles: [],
      };
      o.via.add(b.via);
      if (b.via === "feed" && a.feedTitle !== null && o.feeds.size < FEEDS_SHOWN)
        o.feeds.add(a.feedTitle);
      o.articles.push(scored);
      acc.set(key, o);
    }
  }
  const orgs = [...acc].map(([key, o]) => ({
    key,
    label: o.label,
    industry: o.industry,
    via: [...o.via].sort(),
    feeds: [...o.feeds],
    articles: o.articles,
  }));
  return { orgs, pool: { organisations: orgs.length, articles } };
}
