import type { Kysely } from "kysely";
import type {
  ArticleAuthor,
  ArticleOrigin,
  CandidateReader,
  CandidateWriter,
  KnownOrganisation,
  NewCandidate,
  ReadingSource,
  StoredCandidate,
} from "../services/candidates.js";
import type { Database } from "./tables.js";

/** How many of the newest articles discovery reads (authors, reading coverage, hosts). */
const ARTICLES_READ = 5000;

const jsonList = (s: string): string[] => {
  try {
    const v: unknown = JSON.parse(s);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
};

/** Imported candidates, and what discovery reads from articles and feeds. */
export class SqlCandidateStore implements CandidateReader, CandidateWriter {
  constructor(private readonly db: Kysely<Database>) {}

  async addCandidates(rows: readonly NewCandidate[], sourceFile: string, at: string) {
    let added = 0;
    await this.db.transaction().execute(async (tx) => {
      for (const r of rows) {
        const res = await tx
          .insertInto("discovery_candidates")
          .values({
            key: r.key,
            name: r.name,
            title: r.title,
            company: r.company,
            org_key: r.orgKey,
            url: r.url,
            note: r.note,
            source_file: sourceFile,
            imported_at: at,
          })
          .onConflict((oc) => oc.column("key").doNothing())
          .executeTakeFirst();
        added += Number(res.numInsertedOrUpdatedRows ?? 0);
      }
    });
    return { added, unchanged: rows.length - added };
  }

  async importedCandidates(): Promise<StoredCandidate[]> {
    const rows = await this.db
      .selectFrom("discovery_candidates as d")
      .leftJoin("organizations as o", "o.key", "d.org_key")
      .select(["d.id", "d.name", "d.title", "d.company", "d.org_key", "d.url", "d.note"])
      .select(["d.source_file", "o.industry"])
      .orderBy("d.id")
      .execute();
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      title: r.title,
      company: r.company,
      orgKey: r.org_key,
      url: r.url,
      note: r.note,
      sourceFile: r.source_file,
      industry: r.industry ?? null,
    }));
  }

  async articleAuthors(): Promise<ArticleAuthor[]> {
    const rows = await this.db
      .selectFrom("articles as a")
      .leftJoin("feeds as f", "f.id", "a.feed_id")
      .select(["a.authors", "a.title", "f.title as feedTitle", "f.org_key"])
      .where("a.authors", "!=", "[]")
      .orderBy("a.sort_at", "desc")
      .limit(ARTICLES_READ)
      .execute();
    const out = new Map<string, ArticleAuthor>();
    for (const r of rows) {
      for (const name of jsonList(r.authors)) {
        const key = `${name.toLowerCase()}\u0000${r.feedTitle ?? ""}`;
        const a = out.get(key) ?? {
          name,
          feedTitle: r.feedTitle ?? null,
          orgKey: r.org_key ?? null,
          articleTitles: [],
        };
        if (r.title !== null && a.articleTitles.length < 5) a.articleTitles.push(r.title);
        out.set(key, a);
      }
    }
    return [...out.values()];
  }

  async reading(): Promise<ReadingSource> {
    const articles = await this.db
      .selectFrom("articles")
      .select(["title", "summary_text", "url"])
      .orderBy("sort_at", "desc")
      .limit(ARTICLES_READ)
      .execute();
    const feeds = await this.db
      .selectFrom("feeds")
      .select(["url", "site_url", "org_key"])
      .execute();
    return {
      articles: articles.map((a) => ({
        text: [a.title, a.summary_text].filter((x) => x !== null).join(". "),
        url: a.url,
      })),
      feeds: feeds.map((f) => ({ url: f.url, siteUrl: f.site_url, orgKey: f.org_key })),
    };
  }

  async articleOrigins(): Promise<ArticleOrigin[]> {
    const rows = await this.db
      .selectFrom("articles as a")
      .leftJoin("feeds as f", "f.id", "a.feed_id")
      .leftJoin("organizations as o", "o.key", "f.org_key")
      .select(["a.title", "a.summary_text", "a.authors", "f.title as feedTitle", "f.kind"])
      .select(["f.org_key", "o.name as orgName", "o.industry"])
      .orderBy("a.sort_at", "desc")
      .limit(ARTICLES_READ)
      .execute();
    return rows.map((r) => ({
      text: [r.title, r.summary_text].filter((x) => x !== null).join(". "),
      authors: jsonList(r.authors),
      feedTitle: r.feedTitle ?? null,
      feedKind: r.kind ?? null,
      org:
        r.org_key == null
          ? null
          : { key: r.org_key, name: r.orgName ?? r.org_key, industry: r.industry ?? null },
    }));
  }

  async knownOrganisations(): Promise<KnownOrganisation[]> {
    return this.db.selectFrom("organizations").select(["key", "name", "industry"]).execute();
  }
}
