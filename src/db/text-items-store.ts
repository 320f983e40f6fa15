import type { Kysely } from "kysely";
import type { Database } from "./tables.js";

/** A stored text the filters can judge: an article or one of the person's own shares. */
export interface TextItem {
  id: string;
  kind: "article" | "share";
  title: string | null;
  text: string;
}

/** Reads the stored texts that the politics and privacy filters apply to. */
export class SqlTextItemStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Newest first: articles (title and the start of their text) and shares (their commentary). */
  async items(limit: number): Promise<TextItem[]> {
    const articles = await this.db
      .selectFrom("articles")
      .select(["id", "title", "summary_text", "content_text"])
      .orderBy("sort_at", "desc")
      .limit(limit)
      .execute();
    const shares = await this.db
      .selectFrom("shares")
      .select(["id", "commentary"])
      .where("commentary", "is not", null)
      .orderBy("shared_at", "desc")
      .limit(limit)
      .execute();
    return [
      ...articles.map((a) => ({
        id: `article:${a.id}`,
        kind: "article" as const,
        title: a.title,
        // The title and the opening are what a reader sees in a digest: judge those.
        text: [a.title, (a.summary_text ?? a.content_text ?? "").slice(0, 600)]
          .filter(Boolean)
          .join("\n"),
      })),
      ...shares.map((s) => ({
        id: `share:${s.id}`,
        kind: "share" as const,
        title: null,
        text: s.commentary ?? "",
      })),
    ];
  }
}
