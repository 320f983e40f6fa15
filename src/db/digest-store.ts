import { type Kysely, sql } from "kysely";
import type { KnownHost } from "../domain/audit/shares.js";
import { hostOf } from "../domain/audit/shares.js";
import type {
  CandidateTable,
  DigestCandidate,
  FeedbackAction,
  FeedbackEvent,
  ReadItem,
  Reasons,
  WordReason,
} from "../domain/digest/index.js";
import type { AnalysisRow, DigestRepository, PendingArticle } from "../services/digest-ports.js";
import { encodeRankData, loadCandidateTable } from "./digest-candidates.js";
import type { Database } from "./tables.js";

/** Article columns that change with feedback (politics is never one of them). */
const FLAG: Partial<Record<FeedbackAction, "read" | "starred" | "hidden">> = {
  read: "read",
  star: "starred",
  hide: "hidden",
};

function parseTopics(json: string): Map<string, number> {
  const pairs = JSON.parse(json) as Array<[string, number]>;
  return new Map(pairs);
}

/**
 * The digest's SQL: analyses cache, feedback, digest runs; reads articles, feeds, shares and
 * own positions.
 *
 * @example
 * const store = new SqlDigestStore(db);
 * await store.addFeedback(42, "star", new Date().toISOString());
 */
export class SqlDigestStore implements DigestRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private pendingQuery(since: string) {
    return this.db
      .selectFrom("articles as a")
      .leftJoin("article_analysis as an", "an.article_id", "a.id")
      .select(["a.id", "a.title", "a.summary_text as summary", "a.content_text as content"])
      .where("a.sort_at", ">=", since);
  }

  async pendingAnalyses(version: string, since: string, limit: number): Promise<PendingArticle[]> {
    return this.pendingQuery(since)
      .where((eb) =>
        eb.or([eb("an.article_id", "is", null), eb("an.model_version", "!=", version)]),
      )
      .orderBy("a.id")
      .limit(limit)
      .execute();
  }

  async saveAnalyses(rows: AnalysisRow[], at: string): Promise<void> {
    if (rows.length === 0) return;
    await this.db.transaction().execute(async (trx) => {
      const numbers = new Map(
        (await trx.selectFrom("topic_concepts").select(["id", "concept"]).execute()).map((c) => [
          c.concept,
          c.id,
        ]),
      );
      const added: Array<{ id: number; concept: string }> = [];
      let next = Math.max(-1, ...numbers.values()) + 1;
      const numberOf = (concept: string) => {
        let id = numbers.get(concept);
        if (id === undefined) {
          id = next++;
          numbers.set(concept, id);
          added.push({ id, concept });
        }
        return id;
      };
      const blobs = rows.map((r) =>
        encodeRankData(
          {
            partisan: r.politicalPartisan,
            strict: r.politicalStrict,
            private: r.private,
            topics: JSON.parse(r.topics) as Array<[string, number]>,
          },
          numberOf,
        ),
      );
      for (let i = 0; i < added.length; i += 200) {
        await trx
          .insertInto("topic_concepts")
          .values(added.slice(i, i + 200))
          .execute();
      }
      for (let i = 0; i < rows.length; i += 100) {
        const values = rows.slice(i, i + 100).map((r, k) => ({
          article_id: r.articleId,
          model_version: r.modelVersion,
          lang: r.lang,
          political_partisan: r.politicalPartisan,
          political_strict: r.politicalStrict,
          partisan_reasons: r.partisanReasons,
          strict_reasons: r.strictReasons,
          private: r.private,
          private_reasons: r.privateReasons,
          topics: r.topics,
          words_key: r.wordsKey,
          words_match: r.wordsMatch === null ? null : JSON.stringify(r.wordsMatch),
          analysed_at: at,
          rank_data: blobs[i + k] ?? null,
        }));
        await trx
          .insertInto("article_analysis")
          .values(values)
          .onConflict((oc) =>
            oc.column("article_id").doUpdateSet((eb) => ({
              model_version: eb.ref("excluded.model_version"),
              lang: eb.ref("excluded.lang"),
              political_partisan: eb.ref("excluded.political_partisan"),
              political_strict: eb.ref("excluded.political_strict"),
              partisan_reasons: eb.ref("excluded.partisan_reasons"),
              strict_reasons: eb.ref("excluded.strict_reasons"),
              private: eb.ref("excluded.private"),
              private_reasons: eb.ref("excluded.private_reasons"),
              topics: eb.ref("excluded.topics"),
              words_key: eb.ref("excluded.words_key"),
              words_match: eb.ref("excluded.words_match"),
              analysed_at: eb.ref("excluded.analysed_at"),
              rank_data: eb.ref("excluded.rank_data"),
            })),
          )
          .execute();
      }
    });
  }

  async staleWordMatches(
    wordsKey: string,
    since: string,
    limit: number,
  ): Promise<PendingArticle[]> {
    return this.pendingQuery(since)
      .where("an.article_id", "is not", null)
      .where((eb) => eb.or([eb("an.words_key", "is", null), eb("an.words_key", "!=", wordsKey)]))
      .orderBy("a.id")
      .limit(limit)
      .execute();
  }

  async saveWordMatches(
    wordsKey: string,
    matches: Array<{ id: number; match: AnalysisRow["wordsMatch"] }>,
  ): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      for (const m of matches) {
        await trx
          .updateTable("article_analysis")
          .set({
            words_key: wordsKey,
            words_match: m.match === null ? null : JSON.stringify(m.match),
          })
          .where("article_id", "=", m.id)
          .execute();
      }
    });
  }

  /**
   * Ranking data of every analysed article since `since`, in columns (no titles, URLs or
   * reasons: see {@link loadDetails}).
   */
  async candidates(since: string, version: string): Promise<CandidateTable> {
    return loadCandidateTable(this.db, since, version, (id) => this.reasons.get(id));
  }

  /** Fills titles, URLs and reasons of the few candidates that are shown. */
  async loadDetails(candidates: readonly DigestCandidate[]): Promise<void> {
    const byId = new Map(candidates.map((c) => [c.id, c]));
    const ids = [...byId.keys()];
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await this.db
        .selectFrom("articles as a")
        .innerJoin("article_analysis as an", "an.article_id", "a.id")
        .select([
          "a.id",
          "a.title",
          "a.url",
          "an.partisan_reasons",
          "an.strict_reasons",
          "an.private_reasons",
        ])
        .where("a.id", "in", ids.slice(i, i + 500))
        .execute();
      for (const r of rows) {
        const c = byId.get(r.id);
        if (c === undefined) continue;
        c.title = r.title ?? "(untitled)";
        c.url = r.url;
        this.reasons.set(r.id, {
          partisan: JSON.parse(r.partisan_reasons) as WordReason[],
          strict: JSON.parse(r.strict_reasons) as WordReason[],
          private: JSON.parse(r.private_reasons) as WordReason[],
        });
      }
    }
  }

  private readonly reasons = new Map<number, Reasons>();

  async feedbackEvents(since: string): Promise<FeedbackEvent[]> {
    const rows = await this.db
      .selectFrom("article_feedback as e")
      .innerJoin("articles as a", "a.id", "e.article_id")
      .leftJoin("article_analysis as an", "an.article_id", "a.id")
      .select(["e.action", "e.at", "a.feed_id", "an.topics"])
      .where("e.at", ">=", since)
      .orderBy("e.id")
      .execute();
    return rows.map((r) => ({
      action: r.action as FeedbackAction,
      at: r.at,
      sourceId: r.feed_id === null ? "none" : String(r.feed_id),
      topics: parseTopics(r.topics ?? "[]"),
    }));
  }

  async readItems(since: string): Promise<ReadItem[]> {
    const rows = await this.db
      .selectFrom("articles as a")
      .innerJoin("article_analysis as an", "an.article_id", "a.id")
      .select(["a.sort_at", "an.topics"])
      .select((eb) =>
        eb
          .selectFrom("article_feedback as e")
          .select(sql<string>`max(e.at)`.as("last"))
          .whereRef("e.article_id", "=", "a.id")
          .where("e.action", "in", ["read", "star"])
          .as("last_at"),
      )
      // Literal, not bound, so SQLite can use the partial index articles_read_or_starred.
      .where(sql<boolean>`(a.read = 1 or a.starred = 1)`)
      // Read long after publication still counts: only a cheap pre-cut on the sort time here.
      .where(
        "a.sort_at",
        ">=",
        since === "" ? "" : new Date(Date.parse(since) - 365 * 86_400_000).toISOString(),
      )
      .execute();
    return rows
      .map((r) => ({ at: r.last_at ?? r.sort_at, topics: parseTopics(r.topics) }))
      .filter((r) => r.at >= since);
  }

  async addFeedback(articleId: number, action: FeedbackAction, at: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const found = await trx
        .selectFrom("articles")
        .select("id")
        .where("id", "=", articleId)
        .executeTakeFirst();
      if (found === undefined) return false;
      await trx
        .insertInto("article_feedback")
        .values({ article_id: articleId, action, at })
        .execute();
      const column = FLAG[action];
      if (column !== undefined) {
        await trx
          .updateTable("articles")
          .set({ [column]: 1 })
          .where("id", "=", articleId)
          .execute();
      }
      return true;
    });
  }

  async recordRun(run: {
    at: string;
    since: string;
    articleIds: number[];
    kinds: Record<string, number>;
    sent: boolean;
  }): Promise<void> {
    await this.db
      .insertInto("digest_runs")
      .values({
        created_at: run.at,
        since: run.since,
        article_ids: JSON.stringify(run.articleIds),
        kinds: JSON.stringify(run.kinds),
        sent: run.sent ? 1 : 0,
      })
      .execute();
  }

  async currentWorkText(): Promise<string> {
    const rows = await this.db
      .selectFrom("own_positions")
      .select(["title", "description"])
      .where("finished_on", "is", null)
      .execute();
    return rows.map((r) => [r.title, r.description].filter(Boolean).join(". ")).join("\n");
  }

  async profileText(): Promise<string> {
    const [profile, skills, certs] = await Promise.all([
      this.db.selectFrom("profile").select(["headline", "summary"]).executeTakeFirst(),
      this.db.selectFrom("skills").select("name").execute(),
      this.db.selectFrom("certifications").select("name").execute(),
    ]);
    return [
      profile?.headline,
      profile?.summary,
      ...skills.map((s) => s.name),
      ...certs.map((c) => c.name),
    ]
      .filter((x): x is string => typeof x === "string" && x.trim() !== "")
      .join("\n");
  }

  async shares(): Promise<Array<{ at: string; url: string | null }>> {
    const rows = await this.db
      .selectFrom("shares")
      .select(["shared_at", "shared_url"])
      .orderBy("shared_at")
      .execute();
    return rows.map((r) => ({ at: r.shared_at, url: r.shared_url }));
  }

  async knownHosts(): Promise<KnownHost[]> {
    const rows = await this.db
      .selectFrom("feeds")
      .select(["url", "site_url", "kind", "org_key"])
      .execute();
    const out: KnownHost[] = [];
    for (const r of rows) {
      for (const u of [r.site_url, r.url]) {
        const host = u === null ? null : hostOf(u);
        if (host !== null) out.push({ host, kind: r.kind as KnownHost["kind"], orgKey: r.org_key });
      }
    }
    return out;
  }

  async offeredKinds(since = ""): Promise<Record<string, number>> {
    const rows = await this.db
      .selectFrom("digest_runs")
      .select("kinds")
      .where("created_at", ">=", since)
      .execute();
    const total: Record<string, number> = {};
    for (const r of rows) {
      for (const [k, n] of Object.entries(JSON.parse(r.kinds) as Record<string, number>)) {
        total[k] = (total[k] ?? 0) + n;
      }
    }
    return total;
  }
}
