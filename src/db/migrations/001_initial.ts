import { type Kysely, sql } from "kysely";

/** The store's first schema: snapshots, contacts with role history, and the export's own data. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("snapshots")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("variant", "text", (c) => c.notNull())
    .addColumn("export_date", "text")
    .addColumn("content_hash", "text", (c) => c.notNull().unique())
    .addColumn("as_of", "text", (c) => c.notNull())
    .addColumn("imported_at", "text", (c) => c.notNull())
    .addColumn("stats", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("organizations")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("self_employed", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("industry", "text")
    .execute();

  await db.schema
    .createTable("contacts")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("identity", "text", (c) => c.notNull().unique())
    .addColumn("name_identity", "text", (c) => c.notNull())
    .addColumn("first_name", "text")
    .addColumn("last_name", "text")
    .addColumn("url", "text")
    .addColumn("email", "text")
    .addColumn("connected_on", "text", (c) => c.notNull())
    .addColumn("first_snapshot_id", "integer", (c) => c.notNull().references("snapshots.id"))
    .addColumn("last_snapshot_id", "integer", (c) => c.notNull().references("snapshots.id"))
    .addColumn("ended_snapshot_id", "integer", (c) => c.references("snapshots.id"))
    .execute();

  await db.schema
    .createIndex("contacts_name_identity")
    .on("contacts")
    .column("name_identity")
    .execute();

  await db.schema
    .createTable("contact_roles")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("contact_id", "integer", (c) => c.notNull().references("contacts.id"))
    .addColumn("company", "text")
    .addColumn("org_key", "text")
    .addColumn("position", "text")
    .addColumn("job_function", "text", (c) => c.notNull())
    .addColumn("seniority", "text", (c) => c.notNull())
    .addColumn("confidence", "real", (c) => c.notNull())
    .addColumn("from_snapshot_id", "integer", (c) => c.notNull().references("snapshots.id"))
    .addColumn("to_snapshot_id", "integer", (c) => c.references("snapshots.id"))
    .execute();
  await db.schema
    .createIndex("contact_roles_contact")
    .on("contact_roles")
    .columns(["contact_id", "to_snapshot_id"])
    .execute();

  await db.schema
    .createTable("profile")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("first_name", "text")
    .addColumn("last_name", "text")
    .addColumn("headline", "text")
    .addColumn("summary", "text")
    .addColumn("industry", "text")
    .addColumn("geo_location", "text")
    .execute();

  await db.schema
    .createTable("own_positions")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("company_name", "text", (c) => c.notNull())
    .addColumn("org_key", "text")
    .addColumn("title", "text")
    .addColumn("description", "text")
    .addColumn("location", "text")
    .addColumn("started_on", "text")
    .addColumn("finished_on", "text")
    .execute();
  await uniqueIndex(db, "own_positions", ["company_name", "title", "started_on"]);

  await db.schema
    .createTable("education")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("school_name", "text", (c) => c.notNull())
    .addColumn("start_date", "text")
    .addColumn("end_date", "text")
    .addColumn("degree_name", "text")
    .addColumn("notes", "text")
    .addColumn("activities", "text")
    .execute();
  await uniqueIndex(db, "education", ["school_name", "start_date", "degree_name"]);

  await db.schema
    .createTable("skills")
    .addColumn("name", "text", (c) => c.primaryKey())
    .execute();
  await db.schema
    .createTable("languages")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("proficiency", "text")
    .execute();

  await db.schema
    .createTable("certifications")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("url", "text")
    .addColumn("authority", "text")
    .addColumn("started_on", "text")
    .addColumn("finished_on", "text")
    .addColumn("license_number", "text")
    .execute();
  await uniqueIndex(db, "certifications", ["name", "authority", "started_on"]);

  await db.schema
    .createTable("invitations")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("sender", "text")
    .addColumn("recipient", "text")
    .addColumn("sent_at", "text", (c) => c.notNull())
    .addColumn("message", "text")
    .addColumn("direction", "text", (c) => c.notNull())
    .addColumn("inviter_profile_url", "text")
    .addColumn("invitee_profile_url", "text")
    .execute();
  await uniqueIndex(db, "invitations", ["sender", "recipient", "sent_at", "direction"]);

  await activityTables(db);
}

/** Tables of the person's own activity; each row is identified by a fingerprint of its content. */
async function activityTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("messages")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("fingerprint", "text", (c) => c.notNull().unique())
    .addColumn("conversation_id", "text")
    .addColumn("conversation_title", "text")
    .addColumn("sender", "text")
    .addColumn("sender_profile_url", "text")
    .addColumn("recipients", "text")
    .addColumn("recipient_profile_urls", "text")
    .addColumn("sent_at", "text", (c) => c.notNull())
    .addColumn("subject", "text")
    .addColumn("content", "text")
    .addColumn("folder", "text")
    .addColumn("direction", "text")
    .addColumn("is_draft", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex("messages_sender_url")
    .on("messages")
    .column("sender_profile_url")
    .execute();

  const simple: Array<[string, Array<[string, "text" | "integer"]>]> = [
    [
      "shares",
      [
        ["shared_at", "text"],
        ["share_link", "text"],
        ["commentary", "text"],
        ["shared_url", "text"],
        ["media_url", "text"],
        ["visibility", "text"],
      ],
    ],
    [
      "comments",
      [
        ["commented_at", "text"],
        ["link", "text"],
        ["message", "text"],
      ],
    ],
    [
      "reactions",
      [
        ["reacted_at", "text"],
        ["type", "text"],
        ["link", "text"],
      ],
    ],
    [
      "endorsements_received",
      [
        ["endorsed_at", "text"],
        ["skill_name", "text"],
        ["endorser_first_name", "text"],
        ["endorser_last_name", "text"],
        ["endorser_profile_url", "text"],
        ["status", "text"],
      ],
    ],
    [
      "recommendations_received",
      [
        ["first_name", "text"],
        ["last_name", "text"],
        ["company", "text"],
        ["job_title", "text"],
        ["text", "text"],
        ["created_at", "text"],
        ["status", "text"],
      ],
    ],
  ];
  for (const [table, columns] of simple) {
    let builder = db.schema
      .createTable(table)
      .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
      .addColumn("fingerprint", "text", (c) => c.notNull().unique());
    for (const [name, type] of columns) builder = builder.addColumn(name, type);
    await builder.execute();
  }

  await db.schema
    .createTable("company_follows")
    .addColumn("organization", "text", (c) => c.primaryKey())
    .addColumn("followed_on", "text")
    .execute();
}

async function uniqueIndex(db: Kysely<unknown>, table: string, columns: string[]): Promise<void> {
  // SQLite treats NULLs as distinct in UNIQUE indexes; coalesce so a re-import stays idempotent.
  const expr = columns.map((c) => `coalesce(${c}, '')`).join(", ");
  await sql.raw(`create unique index ${table}_natural_key on ${table} (${expr})`).execute(db);
}
