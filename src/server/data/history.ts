import type { App } from "../../app.js";
import { type ContactRoleHistoryRow, SqlDashboardStore } from "../../db/dashboard-store.js";
import type { HorizonReport } from "../../domain/horizon/index.js";
import { buildHorizonReport } from "../../services/horizon.js";
import type { ReportReader, SnapshotSummary } from "../../services/ports.js";
import { yieldToRequests } from "./cold-budget.js";
import { offThread } from "./off-thread.js";
import { cachedUntilChange } from "./store-cache.js";

type FactsRow = Awaited<ReturnType<ReportReader["currentContactFacts"]>>[number];

/** The horizon report as one snapshot saw the network. */
export interface SnapshotReport {
  snapshot: SnapshotSummary;
  report: HorizonReport;
}

/**
 * The network as a snapshot saw it: connections present then, each with the role it had then.
 * Snapshots are ranked by date (then id), like the report store orders them, because an older
 * export may be imported after a newer one.
 *
 * @example
 * const facts = factsAtSnapshot(rows, rankById, 0); // the first export's network
 */
export function factsAtSnapshot(
  rows: readonly ContactRoleHistoryRow[],
  rankById: ReadonlyMap<number, number>,
  rank: number,
): FactsRow[] {
  const rankOf = (id: number | null) => (id === null ? Infinity : (rankById.get(id) ?? Infinity));
  const out: FactsRow[] = [];
  let i = 0;
  while (i < rows.length) {
    const first = rows[i] as ContactRoleHistoryRow;
    let j = i;
    let role: ContactRoleHistoryRow | undefined;
    for (
      ;
      j < rows.length && (rows[j] as ContactRoleHistoryRow).contactId === first.contactId;
      j++
    ) {
      const r = rows[j] as ContactRoleHistoryRow;
      if (
        r.fromSnapshotId !== null &&
        rankOf(r.fromSnapshotId) <= rank &&
        rankOf(r.toSnapshotId) > rank
      )
        role = r;
    }
    i = j;
    if (rankOf(first.firstSnapshotId) > rank || rankOf(first.endedSnapshotId) <= rank) continue;
    out.push({
      connectedOn: first.connectedOn,
      orgKey: role?.orgKey ?? null,
      orgName: role?.orgName ?? null,
      company: role?.company ?? null,
      industry: role?.industry ?? null,
      jobFunction: role?.jobFunction ?? "unknown",
      seniority: role?.seniority ?? "unknown",
    });
  }
  return out;
}

/**
 * The horizon report of every snapshot, oldest first, from one read of the contacts with their
 * roles (the newest one equals `tellerrand report`). Empty when nothing is imported. Kept until
 * the store changes (shared between requests: read-only).
 *
 * @example
 * const trend = await reportsPerSnapshot(app);
 * trend.map((s) => s.report.horizonScore.value);
 */
export function reportsPerSnapshot(app: App): Promise<SnapshotReport[]> {
  return cachedUntilChange(app, "reportsPerSnapshot", () =>
    offThread(app, "reports", () => computeReportsPerSnapshot(app)),
  );
}

/** The models of `reportsPerSnapshot`, computed now (no cache). */
export async function computeReportsPerSnapshot(app: App): Promise<SnapshotReport[]> {
  const snapshots = await app.reports.snapshots();
  if (snapshots.length === 0) return [];
  const [rows, positions, name] = await Promise.all([
    new SqlDashboardStore(app.db).contactRoleHistory(),
    app.reports.ownPositions(),
    app.reports.profileName(),
  ]);
  const rankById = new Map(snapshots.map((s, rank) => [s.id, rank]));
  const out: SnapshotReport[] = [];
  for (const [rank, snapshot] of snapshots.entries()) {
    await yieldToRequests(); // one report per turn of the event loop
    const facts = factsAtSnapshot(rows, rankById, rank);
    const reader: ReportReader = {
      snapshots: async () => snapshots.slice(0, rank + 1),
      currentContactFacts: async () => facts,
      ownPositions: async () => positions,
      profileName: async () => name,
    };
    out.push({ snapshot, report: await buildHorizonReport(reader, app.config.profile) });
  }
  return out;
}
