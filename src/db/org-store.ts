import type { Kysely } from "kysely";
import type { Database } from "./tables.js";

export interface OrganizationRow {
  key: string;
  name: string;
  selfEmployed: boolean;
  industry: string | null;
  /** Current connections whose current role is at this organisation. */
  contacts: number;
}

/** The user-editable organisation table (organisation → NACE industry). */
export class SqlOrgStore {
  constructor(private readonly db: Kysely<Database>) {}

  async list(): Promise<OrganizationRow[]> {
    const rows = await this.db
      .selectFrom("organizations as o")
      .leftJoin("contact_roles as r", (j) =>
        j.onRef("r.org_key", "=", "o.key").on("r.to_snapshot_id", "is", null),
      )
      .leftJoin("contacts as c", (j) =>
        j.onRef("c.id", "=", "r.contact_id").on("c.ended_snapshot_id", "is", null),
      )
      .select(["o.key", "o.name", "o.self_employed", "o.industry"])
      .select((eb) => eb.fn.count<number>("c.id").as("contacts"))
      .groupBy(["o.key", "o.name", "o.self_employed", "o.industry"])
      .orderBy("contacts", "desc")
      .orderBy("o.key")
      .execute();
    return rows.map((r) => ({
      key: r.key,
      name: r.name,
      selfEmployed: r.self_employed === 1,
      industry: r.industry,
      contacts: Number(r.contacts),
    }));
  }

  async find(key: string): Promise<OrganizationRow | undefined> {
    return (await this.list()).find((o) => o.key === key);
  }

  /** Sets (or with null clears) an organisation's industry; creates the organisation if new. */
  async setIndustry(key: string, name: string, industry: string | null): Promise<void> {
    await this.db
      .insertInto("organizations")
      .values({ key, name, self_employed: 0, industry })
      .onConflict((oc) => oc.column("key").doUpdateSet({ industry }))
      .execute();
  }
}
