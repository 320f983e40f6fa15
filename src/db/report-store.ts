import type { Kysely } from "kysely";
import type { SnapshotSummary } from "../services/ports.js";
import { toSummary } from "./linkedin-store.js";
import type { Database } from "./tables.js";

/** A current connection as the report needs it. */
export interface CurrentContactRow {
  id: number;
  firstName: string | null;
  lastName: string | null;
  connectedOn: string;
  company: string | null;
  orgKey: string | null;
  orgName: string | null;
  selfEmployed: boolean;
  industry: string | null;
  position: string | null;
  jobFunction: string;
  seniority: string;
}

export interface OwnPositionRow {
  companyName: string;
  orgKey: string | null;
  title: string | null;
  startedOn: string | null;
  finishedOn: string | null;
}

/** Reads for the horizon report and the snapshot list. */
export class SqlReportStore {
  constructor(private readonly db: Kysely<Database>) {}

  async snapshots(): Promise<SnapshotSummary[]> {
    const rows = await this.db
      .selectFrom("snapshots")
      .selectAll()
      .orderBy("as_of")
      .orderBy("id")
      .execute();
    return rows.map(toSummary);
  }

  /** Connections not ended by the latest snapshot, each with its current role. */
  async currentContacts(): Promise<CurrentContactRow[]> {
    const rows = await this.db
      .selectFrom("contacts as c")
      .leftJoin("contact_roles as r", (j) =>
        j.onRef("r.contact_id", "=", "c.id").on("r.to_snapshot_id", "is", null),
      )
      .leftJoin("organizations as o", "o.key", "r.org_key")
      .where("c.ended_snapshot_id", "is", null)
      .select(["c.id", "c.first_name", "c.last_name", "c.connected_on"])
      .select(["r.company", "r.org_key", "r.position", "r.job_function", "r.seniority"])
      .select(["o.name as org_name", "o.self_employed", "o.industry"])
      .orderBy("c.id")
      .execute();
    return rows.map((r) => ({
      id: r.id,
      firstName: r.first_name,
      lastName: r.last_name,
      connectedOn: r.connected_on,
      company: r.company ?? null,
      orgKey: r.org_key ?? null,
      orgName: r.org_name ?? null,
      selfEmployed: r.self_employed === 1,
      industry: r.industry ?? null,
      position: r.position ?? null,
      jobFunction: r.job_function ?? "unknown",
      seniority: r.seniority ?? "unknown",
    }));
  }

  async currentContactFacts(): Promise<
    Array<
      Pick<
        CurrentContactRow,
        "connectedOn" | "orgKey" | "orgName" | "company" | "industry" | "jobFunction" | "seniority"
      >
    >
  > {
    const rows = await this.db
      .selectFrom("contacts as c")
      .leftJoin("contact_roles as r", (j) =>
        j.onRef("r.contact_id", "=", "c.id").on("r.to_snapshot_id", "is", null),
      )
      .leftJoin("organizations as o", "o.key", "r.org_key")
      .where("c.ended_snapshot_id", "is", null)
      .select(["c.connected_on", "r.company", "r.org_key", "r.job_function", "r.seniority"])
      .select(["o.name as org_name", "o.industry"])
      .orderBy("c.id")
      .execute();
    return rows.map((r) => ({
      connectedOn: r.connected_on,
      orgKey: r.org_key ?? null,
      orgName: r.org_name ?? null,
      company: r.company ?? null,
      industry: r.industry ?? null,
      jobFunction: r.job_function ?? "unknown",
      seniority: r.seniority ?? "unknown",
    }));
  }

  async ownPositions(): Promise<OwnPositionRow[]> {
    const rows = await this.db
      .selectFrom("own_positions")
      .selectAll()
      .orderBy("started_on")
      .execute();
    return rows.map((r) => ({
      companyName: r.company_name,
      orgKey: r.org_key,
      title: r.title,
      startedOn: r.started_on,
      finishedOn: r.finished_on,
    }));
  }

  async profileName(): Promise<string | null> {
    const row = await this.db
      .selectFrom("profile")
      .select(["first_name", "last_name"])
      .executeTakeFirst();
    if (row === undefined) return null;
    const name = [row.first_name, row.last_name].filter((p) => p !== null && p !== "").join(" ");
    return name === "" ? null : name;
  }

  /** How many connections, ended or not, each snapshot had at its time. */
  async contactCounts(): Promise<{ total: number; ended: number }> {
    const row = await this.db
      .selectFrom("contacts")
      .select((eb) => [
        eb.fn.countAll<number>().as("total"),
        eb.fn.count<number>("ended_snapshot_id").as("ended"),
      ])
      .executeTakeFirstOrThrow();
    return { total: Number(row.total), ended: Number(row.ended) };
  }
}
