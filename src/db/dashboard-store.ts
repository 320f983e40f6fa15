import type { Kysely } from "kysely";
import type { Database } from "./tables.js";

/**
 * One role of one connection with the snapshot range it was valid in. Together with the
 * snapshots' order this rebuilds the network as each snapshot saw it (for the score trend).
 */
export interface ContactRoleHistoryRow {
  contactId: number;
  connectedOn: string;
  firstSnapshotId: number;
  /** First snapshot in which the connection was missing; null while it lasts. */
  endedSnapshotId: number | null;
  /** Null when the connection has no role row at all. */
  fromSnapshotId: number | null;
  /** Snapshot that replaced this role; null for the current role. */
  toSnapshotId: number | null;
  company: string | null;
  orgKey: string | null;
  orgName: string | null;
  industry: string | null;
  jobFunction: string;
  seniority: string;
}

/** The dashboard's reads that the report store does not offer. */
export class SqlDashboardStore {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Every connection with every role it had, in one query (30,000 contacts with their
   * role changes are a few ten thousand narrow rows).
   *
   * @example
   * const rows = await new SqlDashboardStore(app.db).contactRoleHistory();
   */
  async contactRoleHistory(): Promise<ContactRoleHistoryRow[]> {
    const rows = await this.db
      .selectFrom("contacts as c")
      .leftJoin("contact_roles as r", "r.contact_id", "c.id")
      .leftJoin("organizations as o", "o.key", "r.org_key")
      .select(["c.id", "c.connected_on", "c.first_snapshot_id", "c.ended_snapshot_id"])
      .select(["r.from_snapshot_id", "r.to_snapshot_id", "r.company", "r.org_key"])
      .select(["r.job_function", "r.seniority", "o.name as org_name", "o.industry"])
      .orderBy("c.id")
      .orderBy("r.id")
      .execute();
    return rows.map((r) => ({
      contactId: r.id,
      connectedOn: r.connected_on,
      firstSnapshotId: r.first_snapshot_id,
      endedSnapshotId: r.ended_snapshot_id,
      fromSnapshotId: r.from_snapshot_id ?? null,
      toSnapshotId: r.to_snapshot_id ?? null,
      company: r.company ?? null,
      orgKey: r.org_key ?? null,
      orgName: r.org_name ?? null,
      industry: r.industry ?? null,
      jobFunction: r.job_function ?? "unknown",
      seniority: r.seniority ?? "unknown",
    }));
  }
}
