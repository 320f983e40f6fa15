import type { Kysely, Selectable } from "kysely";
import type { NetworkId } from "../domain/publishing/networks.js";
import type { OutboxState } from "../domain/publishing/outbox.js";
import { idempotencyKey } from "../domain/publishing/outbox.js";
import type {
  ArticleSource,
  AttemptRecord,
  DraftRecord,
  EntryPatch,
  NewDraft,
  NewEntry,
  OutboxEntry,
  OutboxRepository,
} from "../services/publishing/ports.js";
import type { Database } from "./tables.js";

type EntryRow = Selectable<Database["outbox_entries"]>;
type DraftRow = Selectable<Database["publishing_drafts"]>;

function toEntry(r: EntryRow): OutboxEntry {
  return {
    id: r.id,
    draftId: r.draft_id,
    network: r.network as NetworkId,
    idempotencyKey: r.idempotency_key,
    text: r.text,
    state: r.state as OutboxState,
    verdict: JSON.parse(r.verdict),
    forced: r.forced === 1,
    scheduledAt: r.scheduled_at,
    attempts: r.attempts,
    sendStartedAt: r.send_started_at,
    remoteId: r.remote_id,
    remoteUrl: r.remote_url,
    failureKind: r.failure_kind,
    lastError: r.last_error,
    publishedAt: r.published_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toDraft(r: DraftRow): DraftRecord {
  return {
    id: r.id,
    source: r.source as DraftRecord["source"],
    articleId: r.article_id,
    comment: r.comment,
    url: r.url,
    title: r.title,
    description: r.description,
    imageUrl: r.image_url,
    origin: r.origin,
    createdAt: r.created_at,
  };
}

const PATCH_COLUMNS: Record<keyof EntryPatch, keyof EntryRow> = {
  state: "state",
  text: "text",
  scheduledAt: "scheduled_at",
  attempts: "attempts",
  sendStartedAt: "send_started_at",
  remoteId: "remote_id",
  remoteUrl: "remote_url",
  failureKind: "failure_kind",
  lastError: "last_error",
  publishedAt: "published_at",
};

/**
 * Drafts, outbox entries and attempts. `update` is a compare-and-set on the state, so two
 * runners can never both claim one entry.
 *
 * @example
 * const outbox = new SqlOutboxStore(db);
 * const due = await outbox.due(new Date().toISOString());
 */
export class SqlOutboxStore implements OutboxRepository {
  constructor(private readonly db: Kysely<Database>) {}

  createDraft(draft: NewDraft, entries: NewEntry[], now: string): Promise<DraftRecord> {
    return this.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto("publishing_drafts")
        .values({
          source: draft.source,
          article_id: draft.articleId,
          comment: draft.comment,
          url: draft.url,
          title: draft.title,
          description: draft.description,
          image_url: draft.imageUrl,
          origin: draft.origin,
          created_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      for (const e of entries) {
        await trx
          .insertInto("outbox_entries")
          .values({
            draft_id: row.id,
            network: e.network,
            idempotency_key: idempotencyKey(row.id, e.network),
            text: e.text,
            state: "draft",
            verdict: JSON.stringify(e.verdict),
            forced: e.verdict.status === "forced" ? 1 : 0,
            created_at: now,
            updated_at: now,
          })
          .execute();
      }
      return toDraft(row);
    });
  }

  async getDraft(id: number): Promise<DraftRecord | undefined> {
    const row = await this.db
      .selectFrom("publishing_drafts")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
    return row === undefined ? undefined : toDraft(row);
  }

  async getEntry(id: number): Promise<OutboxEntry | undefined> {
    const row = await this.db
      .selectFrom("outbox_entries")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
    return row === undefined ? undefined : toEntry(row);
  }

  async listEntries(
    filter: { state?: OutboxState; network?: NetworkId; draftId?: number } = {},
  ): Promise<OutboxEntry[]> {
    let q = this.db.selectFrom("outbox_entries").selectAll();
    if (filter.state !== undefined) q = q.where("state", "=", filter.state);
    if (filter.network !== undefined) q = q.where("network", "=", filter.network);
    if (filter.draftId !== undefined) q = q.where("draft_id", "=", filter.draftId);
    return (await q.orderBy("id").execute()).map(toEntry);
  }

  async update(
    id: number,
    expected: OutboxState,
    patch: EntryPatch,
    now: string,
  ): Promise<boolean> {
    const values: Record<string, unknown> = { updated_at: now };
    for (const [key, value] of Object.entries(patch)) {
      values[PATCH_COLUMNS[key as keyof EntryPatch]] = value;
    }
    const result = await this.db
      .updateTable("outbox_entries")
      .set(values)
      .where("id", "=", id)
      .where("state", "=", expected)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async due(now: string): Promise<OutboxEntry[]> {
    const rows = await this.db
      .selectFrom("outbox_entries")
      .selectAll()
      .where("state", "=", "scheduled")
      .where("scheduled_at", "<=", now)
      .orderBy("scheduled_at")
      .orderBy("id")
      .execute();
    return rows.map(toEntry);
  }

  async takenTimes(network: NetworkId): Promise<string[]> {
    const rows = await this.db
      .selectFrom("outbox_entries")
      .select(["scheduled_at", "published_at"])
      .where("network", "=", network)
      .where("state", "in", ["scheduled", "publishing", "published"])
      .execute();
    return rows.flatMap((r) => {
      const t = r.published_at ?? r.scheduled_at;
      return t === null ? [] : [t];
    });
  }

  async startAttempt(entryId: number, now: string): Promise<number> {
    const row = await this.db
      .insertInto("outbox_attempts")
      .values({ entry_id: entryId, started_at: now })
      .returning("id")
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async finishAttempt(
    id: number,
    now: string,
    outcome: string,
    detail: { httpStatus?: number; message?: string },
  ): Promise<void> {
    await this.db
      .updateTable("outbox_attempts")
      .set({
        finished_at: now,
        outcome,
        http_status: detail.httpStatus ?? null,
        message: detail.message ?? null,
      })
      .where("id", "=", id)
      .execute();
  }

  async attempts(entryId: number): Promise<AttemptRecord[]> {
    const rows = await this.db
      .selectFrom("outbox_attempts")
      .selectAll()
      .where("entry_id", "=", entryId)
      .orderBy("id")
      .execute();
    return rows.map((r) => ({
      id: r.id,
      entryId: r.entry_id,
      startedAt: r.started_at,
      finishedAt: r.finished_at,
      outcome: r.outcome,
      httpStatus: r.http_status,
      message: r.message,
    }));
  }
}

/**
 * A stored article as composing needs it: link, title, summary, the first image enclosure as
 * card image, and the kind of the feed it came from (own-blog, other-company, …).
 */
export async function articleSource(
  db: Kysely<Database>,
  id: number,
): Promise<ArticleSource | undefined> {
  const r = await db
    .selectFrom("articles as a")
    .leftJoin("feeds as f", "f.id", "a.feed_id")
    .select([
      "a.id",
      "a.url",
      "a.title",
      "a.summary_text",
      "a.content_text",
      "a.enclosures",
      "f.kind",
    ])
    .where("a.id", "=", id)
    .executeTakeFirst();
  if (r === undefined) return undefined;
  const enclosures = JSON.parse(r.enclosures) as Array<{ url: string; type: string | null }>;
  const image = enclosures.find((e) => e.type?.startsWith("image/"));
  return {
    id: r.id,
    url: r.url,
    title: r.title,
    summaryText: r.summary_text,
    contentText: r.content_text,
    imageUrl: image?.url ?? null,
    kind: r.kind ?? null,
  };
}
