import type { Kysely } from "kysely";

/**
 * Publishing: drafts, one outbox entry per (draft, network) with its idempotency key, every
 * send attempt, and connected accounts (secrets encrypted by the service before they get here).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("publishing_drafts")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("source", "text", (c) => c.notNull()) // article | url | text
    .addColumn("article_id", "integer", (c) => c.references("articles.id").onDelete("set null"))
    .addColumn("comment", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("url", "text")
    .addColumn("title", "text")
    .addColumn("description", "text")
    .addColumn("image_url", "text")
    .addColumn("origin", "text") // own-blog, other-company, … (the article's feed kind)
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("publishing_accounts")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("network", "text", (c) => c.notNull())
    .addColumn("handle", "text", (c) => c.notNull())
    .addColumn("service_url", "text")
    .addColumn("secrets", "text", (c) => c.notNull())
    .addColumn("expires_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("publishing_accounts_network_handle", ["network", "handle"])
    .execute();

  await db.schema
    .createTable("outbox_entries")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("draft_id", "integer", (c) =>
      c.notNull().references("publishing_drafts.id").onDelete("cascade"),
    )
    .addColumn("network", "text", (c) => c.notNull())
    .addColumn("idempotency_key", "text", (c) => c.notNull().unique())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("verdict", "text", (c) => c.notNull()) // JSON RoutingVerdict
    .addColumn("forced", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("scheduled_at", "text")
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("send_started_at", "text")
    .addColumn("remote_id", "text")
    .addColumn("remote_url", "text")
    .addColumn("failure_kind", "text")
    .addColumn("last_error", "text")
    .addColumn("published_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("outbox_entries_draft_network", ["draft_id", "network"])
    .execute();
  await db.schema
    .createIndex("outbox_entries_due")
    .on("outbox_entries")
    .columns(["state", "scheduled_at"])
    .execute();

  await db.schema
    .createTable("outbox_attempts")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("entry_id", "integer", (c) =>
      c.notNull().references("outbox_entries.id").onDelete("cascade"),
    )
    .addColumn("started_at", "text", (c) => c.notNull())
    .addColumn("finished_at", "text")
    .addColumn("outcome", "text") // published | retry | refresh-token | bad-request | disconnect | reconciled | unknown
    .addColumn("http_status", "integer")
    .addColumn("message", "text")
    .execute();
  await db.schema
    .createIndex("outbox_attempts_entry")
    .on("outbox_attempts")
    .column("entry_id")
    .execute();
}
