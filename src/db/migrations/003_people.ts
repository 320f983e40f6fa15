import { type Kysely, sql } from "kysely";

/**
 * The person's own marks on contacts (issue 5 triage, issue 8 dashboard): keep, reconnect or
 * let go. One mark per contact; the next triage respects it. Removed with the contact.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("contact_marks")
    .addColumn("contact_id", "integer", (c) =>
      c.primaryKey().references("contacts.id").onDelete("cascade"),
    )
    .addColumn("mark", "text", (c) =>
      c.notNull().check(sql`mark in ('keep', 'reconnect', 'let-go')`),
    )
    .addColumn("note", "text")
    .addColumn("marked_at", "text", (c) => c.notNull())
    .execute();
}
