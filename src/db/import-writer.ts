import type { Transaction } from "kysely";
import type { LinkedInRecord } from "../domain/linkedin/records.js";
import type {
  ConnectionFacts,
  ImportCounts,
  ImportWriter,
  OrganizationFacts,
} from "../services/ports.js";
import type { RowInserter } from "./open.js";
import { type RecordRow, recordRow } from "./record-rows.js";
import type { Database } from "./tables.js";

const BATCH = 200;

interface KnownContact {
  id: number;
  url: string | null;
  company: string | null;
  position: string | null;
  seenThisSnapshot: boolean;
}

/**
 * Writes one import inside its transaction: contacts are matched against what the store knows
 * (by profile URL, else by name and connection date), role changes become history, and every
 * other record is inserted so that a repeat changes nothing.
 */
export class SqlImportWriter implements ImportWriter {
  private readonly byIdentity = new Map<string, KnownContact>();
  private readonly byName = new Map<string, KnownContact>();
  private readonly pending = new Map<keyof Database, Array<Record<string, unknown>>>();
  private readonly newContacts: ConnectionFacts[] = [];
  private readonly orgs = new Map<string, OrganizationFacts>();
  private readonly counts: ImportCounts = {
    added: 0,
    unchanged: 0,
    ended: 0,
    roleChanges: 0,
    duplicates: 0,
  };
  constructor(
    private readonly trx: Transaction<Database>,
    readonly snapshotId: number,
    /** The next snapshot after this one when an older export is imported late, else null. */
    private readonly laterSnapshotId: number | null,
    private readonly inserter: RowInserter | undefined,
  ) {}

  /** Loads every known contact with its current role: one query instead of one per row. */
  async load(): Promise<void> {
    const rows = await this.trx
      .selectFrom("contacts as c")
      .leftJoin("contact_roles as r", (j) =>
        j.onRef("r.contact_id", "=", "c.id").on("r.to_snapshot_id", "is", null),
      )
      .select(["c.id", "c.identity", "c.name_identity", "c.url"])
      .select(["r.company", "r.position"])
      .execute();
    for (const row of rows) {
      const known = {
        id: row.id,
        url: row.url,
        company: row.company ?? null,
        position: row.position ?? null,
        seenThisSnapshot: false,
      };
      this.byIdentity.set(row.identity, known);
      this.byName.set(row.name_identity, known);
    }
  }

  async addOrganization(org: OrganizationFacts): Promise<void> {
    if (!this.orgs.has(org.key)) this.orgs.set(org.key, org);
  }

  async addConnection(facts: ConnectionFacts): Promise<void> {
    const known = this.byIdentity.get(facts.identity) ?? this.matchByName(facts);
    if (known === undefined) {
      const fresh = {
        id: -1,
        url: facts.url,
        company: facts.company,
        position: facts.position,
        seenThisSnapshot: true,
      };
      this.byIdentity.set(facts.identity, fresh);
      this.byName.set(facts.nameIdentity, fresh);
      this.newContacts.push(facts);
      this.counts.added++;
      if (this.newContacts.length >= BATCH) await this.flushNewContacts();
      return;
    }
    if (known.seenThisSnapshot) {
      this.counts.duplicates++;
      return;
    }
    known.seenThisSnapshot = true;
    // An older export imported late must not rewrite what a newer one recorded.
    if (this.laterSnapshotId === null) await this.updateKnown(known, facts);
    else this.counts.unchanged++;
  }

  /** Exports before 2023 have no URL column: match those rows by name and connection date. */
  private matchByName(facts: ConnectionFacts): KnownContact | undefined {
    const byName = this.byName.get(facts.nameIdentity);
    if (byName === undefined) return undefined;
    return facts.url === null || byName.url === null ? byName : undefined;
  }

  private async updateKnown(known: KnownContact, facts: ConnectionFacts): Promise<void> {
    const roleChanged = known.company !== facts.company || known.position !== facts.position;
    await this.trx
      .updateTable("contacts")
      .set({
        ...(facts.url === null ? {} : { identity: facts.identity, url: facts.url }),
        email: facts.email ?? undefined,
        last_snapshot_id: this.snapshotId,
        ended_snapshot_id: null,
      })
      .where("id", "=", known.id)
      .execute();
    if (!roleChanged) {
      this.counts.unchanged++;
      return;
    }
    await this.trx
      .updateTable("contact_roles")
      .set({ to_snapshot_id: this.snapshotId })
      .where("contact_id", "=", known.id)
      .where("to_snapshot_id", "is", null)
      .execute();
    await this.queue("contact_roles", roleRow(known.id, facts, this.snapshotId));
    known.company = facts.company;
    known.position = facts.position;
    this.counts.roleChanges++;
  }

  async addRecord(record: LinkedInRecord, orgKey: string | null): Promise<void> {
    const target = recordRow(record, orgKey);
    if (target === null) return;
    if (target.table === "profile") {
      await this.trx
        .insertInto("profile")
        .values(target.row as Database["profile"])
        .onConflict((oc) => oc.column("id").doUpdateSet(target.row as Database["profile"]))
        .execute();
      return;
    }
    await this.queue(target.table, target.row);
  }

  private async queue(table: RecordRow["table"], row: Record<string, unknown>): Promise<void> {
    if (this.inserter !== undefined) {
      this.inserter.insertIgnoringConflicts(table, row);
      return;
    }
    let rows = this.pending.get(table);
    if (rows === undefined) {
      rows = [];
      this.pending.set(table, rows);
    }
    rows.push(row);
    if (rows.length >= BATCH) await this.flushTable(table);
  }

  private async flushTable(table: keyof Database): Promise<void> {
    const rows = this.pending.get(table);
    if (rows === undefined || rows.length === 0) return;
    this.pending.set(table, []);
    await this.trx
      .insertInto(table)
      .values(rows as never)
      .onConflict((oc) => oc.doNothing())
      .execute();
  }

  private async flushNewContacts(): Promise<void> {
    const batch = this.newContacts.splice(0);
    if (batch.length === 0) return;
    const inserted = await this.trx
      .insertInto("contacts")
      .values(
        batch.map((f) => ({
          identity: f.identity,
          name_identity: f.nameIdentity,
          first_name: f.firstName,
          last_name: f.lastName,
          url: f.url,
          email: f.email,
          connected_on: f.connectedOn,
          first_snapshot_id: this.snapshotId,
          last_snapshot_id: this.snapshotId,
          ended_snapshot_id: this.laterSnapshotId,
        })),
      )
      .returning(["id", "identity"])
      .execute();
    const ids = new Map(inserted.map((r) => [r.identity, r.id]));
    for (const facts of batch) {
      const id = ids.get(facts.identity);
      if (id === undefined) throw new Error(`contact ${facts.identity} was not inserted`);
      const known = this.byIdentity.get(facts.identity);
      if (known !== undefined) known.id = id;
      await this.queue("contact_roles", roleRow(id, facts, this.snapshotId));
    }
  }

  async finish(args: { connectionsRead: boolean; stats: unknown }): Promise<ImportCounts> {
    await this.flushNewContacts();
    for (const table of this.pending.keys()) await this.flushTable(table);
    await this.flushOrganizations();
    if (args.connectionsRead && this.laterSnapshotId === null) {
      const ended = await this.trx
        .updateTable("contacts")
        .set({ ended_snapshot_id: this.snapshotId })
        .where("last_snapshot_id", "!=", this.snapshotId)
        .where("ended_snapshot_id", "is", null)
        .executeTakeFirst();
      this.counts.ended = Number(ended.numUpdatedRows);
    }
    await this.trx
      .updateTable("snapshots")
      .set({ stats: JSON.stringify({ ...asObject(args.stats), counts: this.counts }) })
      .where("id", "=", this.snapshotId)
      .execute();
    return { ...this.counts };
  }

  private async flushOrganizations(): Promise<void> {
    const orgs = [...this.orgs.values()];
    for (let i = 0; i < orgs.length; i += BATCH) {
      await this.trx
        .insertInto("organizations")
        .values(
          orgs.slice(i, i + BATCH).map((o) => ({
            key: o.key,
            name: o.name,
            self_employed: o.selfEmployed ? 1 : 0,
          })),
        )
        .onConflict((oc) => oc.column("key").doNothing())
        .execute();
    }
  }
}

function roleRow(
  contactId: number,
  f: ConnectionFacts,
  snapshotId: number,
): Record<string, unknown> {
  return {
    contact_id: contactId,
    company: f.company,
    org_key: f.orgKey,
    position: f.position,
    job_function: f.jobFunction,
    seniority: f.seniority,
    confidence: f.confidence,
    from_snapshot_id: snapshotId,
    to_snapshot_id: null,
  };
}

function asObject(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" ? (value as Record<string, unknown>) : {};
}
