import type { Insertable, Kysely, Transaction } from "kysely";
import type {
  ArticleFilter,
  ArticleFlag,
  ArticleInput,
  ArticleRecord,
  ArticleRepository,
  FeedKind,
  StoreOutcome,
} from "../services/feeds/ports.js";
import type { Database } from "./tables.js";

type Trx = Transaction<Database>;

/** One stored article as the dashboard's article view shows it. */
export interface ArticleView {
  id: number;
  title: string | null;
  url: string | null;
  feedTitle: string | null;
  publishedAt: string | null;
  sortAt: string;
  lang: string | null;
  summaryText: string | null;
  contentText: string | null;
  /** Sanitised by the feed parser before it was stored. */
  contentHtml: string | null;
}

/**
 * Articles with de-duplication across feeds (canonical URL, then content hash) and retention
 * (newest N per feed, starred ones always kept).
 *
 * @example
 * const articles = new SqlArticleStore(db);
 * const outcome = await articles.store(feedId, items, new Date().toISOString(), 500);
 */
export class SqlArticleStore implements ArticleRepository {
  constructor(private readonly db: Kysely<Database>) {}

  store(
    feedId: number,
    items: ArticleInput[],
    fetchedAt: string,
    keep: number,
  ): Promise<StoreOutcome> {
    return this.db.transaction().execute(async (trx) => {
      const outcome: StoreOutcome = {
        inserted: 0,
        updated: 0,
        duplicates: 0,
        tooOld: 0,
        removedByRetention: 0,
      };
      if (items.length === 0) return outcome;
      const floor = await retentionFloor(trx, feedId, keep);
      const known = await Known.load(trx, feedId, items);
      const rows: Insertable<Database["articles"]>[] = [];
      for (const item of items) {
        const verdict = known.judge(feedId, item, fetchedAt, floor);
        if (verdict === "inserted") rows.push(insertRow(feedId, item, fetchedAt));
        else if (verdict === "updated") await update(trx, known.id(item), item);
        outcome[verdict] += 1;
      }
      // Bulk insert in chunks: one statement per chunk instead of one per article.
      for (let i = 0; i < rows.length; i += 50) {
        await trx
          .insertInto("articles")
          .values(rows.slice(i, i + 50))
          .execute();
      }
      if (outcome.inserted > 0)
        outcome.removedByRetention = await applyRetention(trx, feedId, keep);
      return outcome;
    });
  }

  async publishTimes(feedId: number, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom("articles")
      .select("published_at")
      .where("feed_id", "=", feedId)
      .where("published_at", "is not", null)
      .orderBy("published_at", "desc")
      .limit(limit)
      .execute();
    return rows.flatMap((r) => (r.published_at === null ? [] : [r.published_at]));
  }

  async list(filter: ArticleFilter): Promise<ArticleRecord[]> {
    let q = this.db
      .selectFrom("articles as a")
      .leftJoin("feeds as f", "f.id", "a.feed_id")
      .selectAll("a")
      .select(["f.title as feed_title", "f.kind as feed_kind", "f.org_key as feed_org"])
      .where("a.hidden", "=", 0);
    if (filter.since !== undefined) q = q.where("a.sort_at", ">=", filter.since);
    if (filter.feedId !== undefined) q = q.where("a.feed_id", "=", filter.feedId);
    if (filter.kind !== undefined) q = q.where("f.kind", "=", filter.kind);
    if (filter.lang !== undefined) q = q.where("a.lang", "=", filter.lang);
    const rows = await q
      .orderBy("a.sort_at", "desc")
      .orderBy("a.id", "desc")
      .limit(filter.limit ?? 100)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      feedId: r.feed_id,
      feedTitle: r.feed_title,
      kind: r.feed_kind as FeedKind | null,
      orgKey: r.feed_org,
      guid: r.guid,
      url: r.url,
      canonicalUrl: r.canonical_url,
      contentHash: r.content_hash,
      title: r.title,
      authors: JSON.parse(r.authors) as string[],
      categories: JSON.parse(r.categories) as string[],
      enclosures: JSON.parse(r.enclosures) as ArticleRecord["enclosures"],
      publishedAt: r.published_at,
      updatedAt: r.updated_at,
      sortAt: r.sort_at,
      summaryText: r.summary_text,
      contentText: r.content_text,
      contentHtml: r.content_html,
      wordCount: r.word_count,
      lang: r.lang,
      starred: r.starred === 1,
      read: r.read === 1,
      hidden: r.hidden === 1,
      fetchedAt: r.fetched_at,
    }));
  }

  /** One article with its feed's title, or undefined when there is no such id. */
  async view(id: number): Promise<ArticleView | undefined> {
    const r = await this.db
      .selectFrom("articles as a")
      .leftJoin("feeds as f", "f.id", "a.feed_id")
      .select(["a.id", "a.title", "a.url", "f.title as feedTitle", "a.published_at", "a.sort_at"])
      .select(["a.lang", "a.summary_text", "a.content_text", "a.content_html"])
      .where("a.id", "=", id)
      .executeTakeFirst();
    if (r === undefined) return undefined;
    return {
      id: r.id,
      title: r.title,
      url: r.url,
      feedTitle: r.feedTitle,
      publishedAt: r.published_at,
      sortAt: r.sort_at,
      lang: r.lang,
      summaryText: r.summary_text,
      contentText: r.content_text,
      contentHtml: r.content_html,
    };
  }

  async setStarred(id: number, starred: boolean): Promise<void> {
    await this.mark(id, "starred", starred);
  }

  async mark(id: number, flag: ArticleFlag, value: boolean): Promise<boolean> {
    const result = await this.db
      .updateTable("articles")
      .set(flag === "starred" ? { starred: value ? 1 : 0 } : { read: value ? 1 : 0 })
      .where("id", "=", id)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }
}

type Verdict = "inserted" | "updated" | "duplicates" | "tooOld";
type Existing = { id: number; feed_id: number | null; content_hash: string };

/**
 * What the store already holds for one batch of items, loaded with three queries (guids of this
 * feed, canonical URLs, content hashes) instead of three per item. Items of the batch are
 * added as they are judged, so duplicates inside one feed document are caught too.
 */
class Known {
  private readonly byGuid = new Map<string, Existing>();
  private readonly byUrl = new Map<string, Existing>();
  private readonly hashes = new Set<string>();
  private readonly matched = new Map<ArticleInput, Existing>();

  static async load(trx: Trx, feedId: number, items: ArticleInput[]): Promise<Known> {
    const known = new Known();
    const cols = ["id", "feed_id", "content_hash", "guid", "canonical_url"] as const;
    const guids = unique(items.map((i) => i.guid));
    const urls = unique(items.map((i) => i.canonicalUrl));
    const hashes = unique(items.map((i) => i.contentHash));
    for (const part of chunks(guids)) {
      const rows = await trx
        .selectFrom("articles")
        .select(cols)
        .where("feed_id", "=", feedId)
        .where("guid", "in", part)
        .execute();
      for (const r of rows) if (r.guid !== null) known.byGuid.set(r.guid, r);
    }
    for (const part of chunks(urls)) {
      const rows = await trx
        .selectFrom("articles")
        .select(cols)
        .where("canonical_url", "in", part)
        .execute();
      for (const r of rows) if (r.canonical_url !== null) known.byUrl.set(r.canonical_url, r);
    }
    for (const part of chunks(hashes)) {
      const rows = await trx
        .selectFrom("articles")
        .select("content_hash")
        .where("content_hash", "in", part)
        .execute();
      for (const r of rows) known.hashes.add(r.content_hash);
    }
    return known;
  }

  judge(feedId: number, item: ArticleInput, fetchedAt: string, floor: string | null): Verdict {
    const existing =
      (item.guid === null ? undefined : this.byGuid.get(item.guid)) ??
      (item.canonicalUrl === null ? undefined : this.byUrl.get(item.canonicalUrl));
    if (existing !== undefined) {
      // The same feed re-publishing an edited item updates it; another feed's copy is a duplicate.
      if (
        existing.id === -1 ||
        existing.feed_id !== feedId ||
        existing.content_hash === item.contentHash
      )
        return "duplicates";
      this.matched.set(item, existing);
      existing.content_hash = item.contentHash;
      return "updated";
    }
    if (this.hashes.has(item.contentHash)) return "duplicates";
    // Retention already dropped items this old; storing them again would churn every fetch.
    if (floor !== null && sortAt(item, fetchedAt) < floor) return "tooOld";
    const added: Existing = { id: -1, feed_id: feedId, content_hash: item.contentHash };
    if (item.guid !== null) this.byGuid.set(item.guid, added);
    if (item.canonicalUrl !== null) this.byUrl.set(item.canonicalUrl, added);
    this.hashes.add(item.contentHash);
    return "inserted";
  }

  id(item: ArticleInput): number {
    return this.matched.get(item)?.id ?? -1;
  }
}

function sortAt(item: ArticleInput, fetchedAt: string): string {
  return item.publishedAt ?? item.updatedAt ?? fetchedAt;
}

function insertRow(
  feedId: number,
  item: ArticleInput,
  fetchedAt: string,
): Insertable<Database["articles"]> {
  return {
    feed_id: feedId,
    guid: item.guid,
    url: item.url,
    canonical_url: item.canonicalUrl,
    content_hash: item.contentHash,
    ...contentColumns(item),
    published_at: item.publishedAt,
    sort_at: sortAt(item, fetchedAt),
    fetched_at: fetchedAt,
  };
}

async function update(trx: Trx, id: number, item: ArticleInput): Promise<void> {
  await trx
    .updateTable("articles")
    .set({ ...contentColumns(item), content_hash: item.contentHash })
    .where("id", "=", id)
    .execute();
}

function contentColumns(item: ArticleInput) {
  return {
    title: item.title,
    authors: JSON.stringify(item.authors),
    categories: JSON.stringify(item.categories),
    enclosures: JSON.stringify(item.enclosures),
    updated_at: item.updatedAt,
    summary_text: item.summaryText,
    content_text: item.contentText,
    content_html: item.contentHtml,
    word_count: item.wordCount,
    lang: item.lang,
  };
}

function unique(values: Array<string | null>): string[] {
  return [...new Set(values.filter((v): v is string => v !== null))];
}

/** SQLite binds at most 32,766 parameters; 500 per IN list stays far below. */
function chunks(values: string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < values.length; i += 500) out.push(values.slice(i, i + 500));
  return out;
}

/** Sort time of the feed's keep-th newest article once the feed is full, else null. */
async function retentionFloor(trx: Trx, feedId: number, keep: number): Promise<string | null> {
  const row = await trx
    .selectFrom("articles")
    .select("sort_at")
    .where("feed_id", "=", feedId)
    .orderBy("sort_at", "desc")
    .orderBy("id", "desc")
    .offset(keep - 1)
    .limit(1)
    .executeTakeFirst();
  return row?.sort_at ?? null;
}

/** Deletes the feed's unstarred articles beyond its newest `keep`; returns how many. */
async function applyRetention(trx: Trx, feedId: number, keep: number): Promise<number> {
  const keepIds = trx
    .selectFrom("articles")
    .select("id")
    .where("feed_id", "=", feedId)
    .orderBy("sort_at", "desc")
    .orderBy("id", "desc")
    .limit(keep);
  const result = await trx
    .deleteFrom("articles")
    .where("feed_id", "=", feedId)
    .where("starred", "=", 0)
    .where("id", "not in", keepIds)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
