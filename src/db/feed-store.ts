import { type Kysely, sql } from "kysely";
import {
  DEFAULT_FEED_KIND,
  type FeedKind,
  type FeedRecord,
  type FeedRepository,
  type FetchBookkeeping,
  type NewFeed,
} from "../services/feeds/ports.js";
import type { Database } from "./tables.js";

/**
 * Subscriptions: feeds, their tags and their fetch state.
 *
 * @example
 * const feeds = new SqlFeedStore(db);
 * const { feed } = await feeds.add({ url: "https://example.org/feed.xml" }, new Date().toISOString());
 */
export class SqlFeedStore implements FeedRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(feed: NewFeed, now: string): Promise<{ feed: FeedRecord; created: boolean }> {
    const existing = await this.findByUrl(feed.url);
    if (existing !== undefined) return { feed: existing, created: false };
    const id = await this.db.transaction().execute(async (trx) => {
      if (feed.org) {
        await trx
          .insertInto("organizations")
          .values({ key: feed.org.key, name: feed.org.name, self_employed: 0, industry: null })
          .onConflict((oc) => oc.column("key").doNothing())
          .execute();
      }
      const row = await trx
        .insertInto("feeds")
        .values({
          url: feed.url,
          site_url: feed.siteUrl ?? null,
          title: feed.title ?? null,
          kind: feed.kind ?? DEFAULT_FEED_KIND,
          org_key: feed.org?.key ?? null,
          created_at: now,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      for (const tag of uniqueTags(feed.tags ?? [])) {
        await trx.insertInto("feed_tags").values({ feed_id: row.id, tag }).execute();
      }
      return row.id;
    });
    const created = await this.get(id);
    if (created === undefined) throw new Error(`feed ${id} vanished after insert`);
    return { feed: created, created: true };
  }

  async get(id: number): Promise<FeedRecord | undefined> {
    return (await this.select((q) => q.where("f.id", "=", id)))[0];
  }

  async findByUrl(url: string): Promise<FeedRecord | undefined> {
    return (await this.select((q) => q.where("f.url", "=", url)))[0];
  }

  list(): Promise<FeedRecord[]> {
    return this.select((q) => q);
  }

  due(now: string, all: boolean): Promise<FeedRecord[]> {
    return this.select((q) => {
      const unpaused = q.where("f.paused", "=", 0);
      return all
        ? unpaused
        : unpaused.where((eb) =>
            eb.or([eb("f.next_check_at", "is", null), eb("f.next_check_at", "<=", now)]),
          );
    });
  }

  async setPaused(id: number, paused: boolean, reason: string | null): Promise<void> {
    // Resuming clears the error streak so one more failure does not pause it again at once.
    const values = paused
      ? { paused: 1, paused_reason: reason }
      : { paused: 0, paused_reason: null, error_count: 0, next_check_at: null };
    await this.db.updateTable("feeds").set(values).where("id", "=", id).execute();
  }

  async setTags(id: number, tags: string[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom("feed_tags").where("feed_id", "=", id).execute();
      for (const tag of uniqueTags(tags)) {
        await trx.insertInto("feed_tags").values({ feed_id: id, tag }).execute();
      }
    });
  }

  async remove(id: number): Promise<{ articlesRemoved: number; starredKept: number }> {
    return this.db.transaction().execute(async (trx) => {
      const removed = await trx
        .deleteFrom("articles")
        .where("feed_id", "=", id)
        .where("starred", "=", 0)
        .executeTakeFirst();
      const kept = await trx
        .selectFrom("articles")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("feed_id", "=", id)
        .executeTakeFirstOrThrow();
      // feed_tags cascade; articles.feed_id is set null by the foreign key.
      await trx.deleteFrom("feeds").where("id", "=", id).execute();
      return { articlesRemoved: Number(removed.numDeletedRows), starredKept: Number(kept.n) };
    });
  }

  async recordSuccess(id: number, book: FetchBookkeeping): Promise<void> {
    const values: Record<string, string | number | null> = {
      last_fetched_at: book.fetchedAt,
      next_check_at: book.nextCheckAt,
      error_count: 0,
      last_error: null,
    };
    if (book.etag !== undefined) values.etag = book.etag;
    if (book.lastModified !== undefined) values.last_modified = book.lastModified;
    if (book.siteUrl) values.site_url = book.siteUrl;
    if (book.url !== undefined && !(await this.urlTakenByOther(book.url, id))) {
      values.url = book.url;
    }
    await this.db.updateTable("feeds").set(values).where("id", "=", id).execute();
    if (book.title) {
      // A title the user never set follows the feed's own.
      await this.db
        .updateTable("feeds")
        .set({ title: book.title })
        .where("id", "=", id)
        .where("title", "is", null)
        .execute();
    }
  }

  async recordError(
    id: number,
    error: string,
    nextCheckAt: string,
    fetchedAt: string,
    pauseReason: string | null,
  ): Promise<number> {
    const row = await this.db
      .updateTable("feeds")
      .set((eb) => ({
        error_count: eb("error_count", "+", 1),
        last_error: error,
        last_fetched_at: fetchedAt,
        next_check_at: nextCheckAt,
      }))
      .where("id", "=", id)
      .returning("error_count")
      .executeTakeFirstOrThrow();
    if (pauseReason !== null) await this.setPaused(id, true, pauseReason);
    return row.error_count;
  }

  private async urlTakenByOther(url: string, id: number): Promise<boolean> {
    const other = await this.db
      .selectFrom("feeds")
      .select("id")
      .where("url", "=", url)
      .where("id", "!=", id)
      .executeTakeFirst();
    return other !== undefined;
  }

  private async select(
    where: (q: ReturnType<SqlFeedStore["base"]>) => ReturnType<SqlFeedStore["base"]>,
  ): Promise<FeedRecord[]> {
    const rows = await where(this.base()).orderBy("f.id").execute();
    if (rows.length === 0) return [];
    const tags = await this.db
      .selectFrom("feed_tags")
      .select(["feed_id", "tag"])
      .where(
        "feed_id",
        "in",
        rows.map((r) => r.id),
      )
      .orderBy("tag")
      .execute();
    const byFeed = new Map<number, string[]>();
    for (const t of tags) byFeed.set(t.feed_id, [...(byFeed.get(t.feed_id) ?? []), t.tag]);
    return rows.map((r) => ({
      id: r.id,
      url: r.url,
      siteUrl: r.site_url,
      title: r.title,
      kind: r.kind as FeedKind,
      orgKey: r.org_key,
      orgName: r.org_name,
      tags: byFeed.get(r.id) ?? [],
      paused: r.paused === 1,
      pausedReason: r.paused_reason,
      etag: r.etag,
      lastModified: r.last_modified,
      lastFetchedAt: r.last_fetched_at,
      nextCheckAt: r.next_check_at,
      errorCount: r.error_count,
      lastError: r.last_error,
      createdAt: r.created_at,
      articleCount: Number(r.article_count),
    }));
  }

  private base() {
    return this.db
      .selectFrom("feeds as f")
      .leftJoin("organizations as o", "o.key", "f.org_key")
      .selectAll("f")
      .select("o.name as org_name")
      .select(
        sql<number>`(select count(*) from articles a where a.feed_id = f.id)`.as("article_count"),
      );
  }
}

/** Trimmed, non-empty, unique tags in first-seen order. */
export function uniqueTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter((t) => t !== ""))];
}
