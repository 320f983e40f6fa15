import { type Kysely, sql } from "kysely";

/**
 * Feeds, their tags and the articles fetched from them.
 * `articles.feed_id` is set to null (not cascaded) when a feed is removed, so starred articles
 * outlive their subscription; the store deletes the unstarred ones itself.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("feeds")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("url", "text", (c) => c.notNull().unique())
    .addColumn("site_url", "text")
    .addColumn("title", "text")
    .addColumn("kind", "text", (c) => c.notNull().defaultTo("other-company"))
    .addColumn("org_key", "text", (c) => c.references("organizations.key").onDelete("set null"))
    .addColumn("paused", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("paused_reason", "text")
    .addColumn("etag", "text")
    .addColumn("last_modified", "text")
    .addColumn("last_fetched_at", "text")
    .addColumn("next_check_at", "text")
    .addColumn("error_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("last_error", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("feeds_due")
    .on("feeds")
    .columns(["paused", "next_check_at"])
    .execute();

  await db.schema
    .createTable("feed_tags")
    .addColumn("feed_id", "integer", (c) => c.notNull().references("feeds.id").onDelete("cascade"))
    .addColumn("tag", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("feed_tags_pk", ["feed_id", "tag"])
    .execute();

  await db.schema
    .createTable("articles")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("feed_id", "integer", (c) => c.references("feeds.id").onDelete("set null"))
    .addColumn("guid", "text")
    .addColumn("url", "text")
    .addColumn("canonical_url", "text", (c) => c.unique())
    .addColumn("content_hash", "text", (c) => c.notNull())
    .addColumn("title", "text")
    .addColumn("authors", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("categories", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("enclosures", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("published_at", "text")
    .addColumn("updated_at", "text")
    // published, else updated, else fetched: what lists and retention order by.
    .addColumn("sort_at", "text", (c) => c.notNull())
    .addColumn("summary_text", "text")
    .addColumn("content_text", "text")
    .addColumn("content_html", "text")
    .addColumn("word_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("lang", "text")
    .addColumn("starred", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("read", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("hidden", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("fetched_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("articles_content_hash")
    .on("articles")
    .column("content_hash")
    .execute();
  await db.schema
    .createIndex("articles_feed_sort")
    .on("articles")
    .columns(["feed_id", "sort_at"])
    .execute();
  await db.schema.createIndex("articles_sort").on("articles").column("sort_at").execute();
  await db.schema
    .createIndex("articles_feed_guid")
    .on("articles")
    .columns(["feed_id", "guid"])
    .where(sql.ref("guid"), "is not", null)
    .execute();
}
