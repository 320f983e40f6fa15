import { type Db, openDatabase } from "../../src/db/open.js";
import type { Labelled, SourceSpec } from "./pool.js";

/**
 * An in-memory store holding one persona's sources, articles and current position (`work`:
 * title and description; empty title: no position, so no current-work profile). Returns the
 * database and the data set's political label per stored article id.
 */
export async function fillStore(
  now: Date,
  srcs: SourceSpec[],
  articles: Labelled[],
  work: { title: string; description: string | null },
): Promise<{ db: Db; political: Map<number, boolean> }> {
  const db = await openDatabase(":memory:");
  for (const s of [...new Set(srcs.map((x) => x.org)), "bbc", "derstandard"])
    await db
      .insertInto("organizations")
      .values({ key: s, name: s, self_employed: 0, industry: null })
      .execute();
  const feeds = [
    ...srcs,
    { title: "BBC", kind: "media", org: "bbc" },
    { title: "DER STANDARD", kind: "media", org: "derstandard" },
  ];
  for (const [i, f] of feeds.entries())
    await db
      .insertInto("feeds")
      .values({
        id: i + 1,
        url: `https://f${i + 1}.example/feed`,
        title: f.title,
        kind: f.kind,
        org_key: f.org,
        created_at: now.toISOString(),
      })
      .execute();
  if (work.title !== "")
    await db
      .insertInto("own_positions")
      .values({
        company_name: "Acme",
        org_key: "acme",
        title: work.title,
        description: work.description,
        location: null,
        started_on: "2022-01",
        finished_on: null,
      })
      .execute();
  const political = new Map<number, boolean>();
  for (let i = 0; i < articles.length; i += 200) {
    const chunk = articles.slice(i, i + 200).map((a, k) => {
      const at = new Date(now.getTime() - a.hoursAgo * 3_600_000).toISOString();
      return {
        feed_id: a.feed,
        guid: `g${i + k}`,
        url: `https://x.example/${i + k}`,
        canonical_url: `https://x.example/${i + k}`,
        content_hash: `h${i + k}`,
        title: a.title,
        summary_text: a.summary,
        authors: "[]",
        categories: "[]",
        enclosures: "[]",
        word_count: 100,
        sort_at: at,
        published_at: at,
        fetched_at: at,
      };
    });
    const ids = await db.insertInto("articles").values(chunk).returning("id").execute();
    ids.forEach((r, k) => {
      political.set(r.id, articles[i + k]?.political ?? false);
    });
  }
  return { db, political };
}
