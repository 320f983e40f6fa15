import type { Db } from "../../src/db/open.js";

export interface FixtureArticle {
  title: string;
  summary?: string;
  feed: number;
  hoursAgo?: number;
  url?: string;
}

/** Inserts feeds (id = position + 1) and articles; returns the article ids in order. */
export async function seed(
  db: Db,
  now: Date,
  feeds: Array<{ title: string; kind: string; org?: string; site?: string }>,
  articles: FixtureArticle[],
): Promise<number[]> {
  for (const f of feeds) {
    if (f.org !== undefined) {
      await db
        .insertInto("organizations")
        .values({ key: f.org, name: f.org, self_employed: 0, industry: null })
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  }
  for (const [i, f] of feeds.entries()) {
    await db
      .insertInto("feeds")
      .values({
        id: i + 1,
        url: `https://${f.site ?? `feed${i + 1}.example`}/feed.xml`,
        site_url: `https://${f.site ?? `feed${i + 1}.example`}/`,
        title: f.title,
        kind: f.kind,
        org_key: f.org ?? null,
        created_at: now.toISOString(),
      })
      .execute();
  }
  const ids: number[] = [];
  for (const [i, a] of articles.entries()) {
    const at = new Date(now.getTime() - (a.hoursAgo ?? 1) * 3_600_000).toISOString();
    const row = await db
      .insertInto("articles")
      .values({
        feed_id: a.feed,
        guid: `g${i}`,
        url: a.url ?? `https://feed${a.feed}.example/post/${i}`,
        canonical_url: a.url ?? `https://feed${a.feed}.example/post/${i}`,
        content_hash: `h${i}`,
        authors: "[]",
        categories: "[]",
        enclosures: "[]",
        word_count: 10,
        title: a.title,
        summary_text: a.summary ?? null,
        sort_at: at,
        published_at: at,
        fetched_at: at,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    ids.push(row.id);
  }
  return ids;
}
