import { type Kysely, sql } from "kysely";

/**
 * The digest's tables.
 * - `article_analysis`: one row per article, computed once per article and analysis version
 *   (politics per level with reasons, private, topics), so a digest over 100,000 articles
 *   re-analyses nothing. `words_key`/`words_match` cache the person's keep/block words: a new
 *   word list changes the key and only the word match is redone.
 *   `rank_data` holds what ranking reads, compactly (see `encodeRankData` in
 *   digest-candidates.ts): the three probabilities as float32, then 8 int32 concept numbers and
 *   8 float32 weights, little-endian. The REAL columns stay for filtering in SQL.
 * - `topic_concepts`: the concept numbers, append-only, so a stored blob never changes meaning.
 * - `article_feedback`: read, star, hide, less, more events with their time.
 * - `digest_runs`: what each digest offered (article ids and counts per source kind), for the
 *   sharing audit's "offered vs shared" comparison.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("article_analysis")
    .addColumn("article_id", "integer", (c) =>
      c.primaryKey().references("articles.id").onDelete("cascade"),
    )
    .addColumn("model_version", "text", (c) => c.notNull())
    .addColumn("lang", "text")
    .addColumn("political_partisan", "real", (c) => c.notNull())
    .addColumn("political_strict", "real", (c) => c.notNull())
    // JSON arrays of { term, weight }.
    .addColumn("partisan_reasons", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("strict_reasons", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("private", "real", (c) => c.notNull())
    .addColumn("private_reasons", "text", (c) => c.notNull().defaultTo("[]"))
    // JSON array of [conceptId, weight], heaviest first.
    .addColumn("topics", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("words_key", "text")
    // JSON { kind: "keep" | "block", word } or null.
    .addColumn("words_match", "text")
    .addColumn("analysed_at", "text", (c) => c.notNull())
    .addColumn("rank_data", "blob")
    .execute();
  await db.schema
    .createTable("topic_concepts")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("concept", "text", (c) => c.notNull().unique())
    .execute();
  await db.schema
    .createIndex("article_analysis_version")
    .on("article_analysis")
    .column("model_version")
    .execute();

  // The read and starred articles (a few percent) for the reading centroid and the audit,
  // without scanning every article.
  await db.schema
    .createIndex("articles_read_or_starred")
    .on("articles")
    .column("sort_at")
    .where(sql<boolean>`read = 1 or starred = 1`)
    .execute();

  await db.schema
    .createTable("article_feedback")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("article_id", "integer", (c) =>
      c.notNull().references("articles.id").onDelete("cascade"),
    )
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("article_feedback_article")
    .on("article_feedback")
    .column("article_id")
    .execute();
  await db.schema.createIndex("article_feedback_at").on("article_feedback").column("at").execute();

  await db.schema
    .createTable("digest_runs")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("since", "text", (c) => c.notNull())
    // JSON array of article ids, in digest order.
    .addColumn("article_ids", "text", (c) => c.notNull())
    // JSON { kind: count }.
    .addColumn("kinds", "text", (c) => c.notNull())
    .addColumn("sent", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
}
