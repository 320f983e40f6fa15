import type { App } from "../../app.js";
import type { CurrentContactRow } from "../../db/report-store.js";
import type { HorizonReport } from "../../domain/horizon/index.js";
import { JOB_FUNCTIONS, NACE_SECTIONS } from "../../domain/taxonomy.js";
import { buildHorizonReport } from "../../services/horizon.js";
import type { ReportReader } from "../../services/ports.js";
import { yieldToRequests } from "./cold-budget.js";
import { offThread } from "./off-thread.js";
import { cachedUntilChange } from "./store-cache.js";

export interface NetworkData {
  report: HorizonReport;
  /** The current contacts sorted by name (last, first; then id), as the drill-down lists them. */
  contacts: CurrentContactRow[];
}

/**
 * The current network and its horizon report from one read of the current contacts (the
 * report and the segment map share it). Null when nothing is imported. Kept until the store
 * changes (shared between requests: read-only).
 *
 * @example
 * const data = await networkData(app);
 * data?.report.dimensions.function.shares;
 */
export function networkData(app: App): Promise<NetworkData | null> {
  return cachedUntilChange(app, "networkData", () =>
    offThread(app, "network", () => computeNetworkData(app)),
  );
}

/** The model of `networkData`, computed now (no cache). */
export async function computeNetworkData(app: App): Promise<NetworkData | null> {
  const snapshots = await app.reports.snapshots();
  if (snapshots.length === 0) return null;
  const contacts = await app.reports.currentContacts();
  const reader: ReportReader = {
    snapshots: async () => snapshots,
    currentContactFacts: async () => contacts,
    ownPositions: () => app.reports.ownPositions(),
    profileName: () => app.reports.profileName(),
  };
  await yieldToRequests();
  const report = await buildHorizonReport(reader, app.config.profile);
  await yieldToRequests();
  return { report, contacts: sortByName(contacts) };
}

const NAME_ORDER = new Intl.Collator();

/**
 * Contacts sorted by last and first name, then id. Collation is slow (a segment of 10,000
 * took over 100 ms per request), so it happens once per store version, here, and the
 * drill-down only filters this order.
 */
function sortByName(contacts: readonly CurrentContactRow[]): CurrentContactRow[] {
  return contacts
    .map((c) => ({ c, name: `${c.lastName ?? ""} ${c.firstName ?? ""}` }))
    .sort((a, b) => NAME_ORDER.compare(a.name, b.name) || a.c.id - b.c.id)
    .map((x) => x.c);
}

export const SEGMENT_COLUMNS = ["industry", "employer"] as const;
export type SegmentColumns = (typeof SEGMENT_COLUMNS)[number];

export interface SegmentAxis {
  key: string;
  label: string;
  count: number;
}

/** Job functions × industries (or top employers), with the contacts counted per cell. */
export interface SegmentGrid {
  columns: SegmentColumns;
  rows: SegmentAxis[];
  cols: SegmentAxis[];
  /** `${row}\u0000${col}` → count; cells without contacts are absent. */
  cells: Record<string, number>;
  max: number;
}

export const UNKNOWN_KEY = "unknown";
export const OTHER_KEY = "other";

/** Employer columns shown before the rest is folded into "other". */
const TOP_EMPLOYERS = 12;

/**
 * Results per contacts array: `networkData` hands out one array per store version, so the
 * grid and the top employers (50–100 ms over 30,000 contacts on a busy machine) are counted
 * once per version instead of once per request. Arrays are never mutated (read-only).
 */
const gridMemo = new WeakMap<readonly CurrentContactRow[], Map<SegmentColumns, SegmentGrid>>();
const employerMemo = new WeakMap<readonly CurrentContactRow[], Map<string, string>>();

function employerKeys(contacts: readonly CurrentContactRow[]): Map<string, string> {
  const known = employerMemo.get(contacts);
  if (known !== undefined) return known;
  const top = countEmployers(contacts);
  employerMemo.set(contacts, top);
  return top;
}

function countEmployers(contacts: readonly CurrentContactRow[]): Map<string, string> {
  const counts = new Map<string, { label: string; n: number }>();
  for (const c of contacts) {
    if (c.orgKey === null) continue;
    const entry = counts.get(c.orgKey) ?? { label: c.orgName ?? c.company ?? c.orgKey, n: 0 };
    entry.n += 1;
    counts.set(c.orgKey, entry);
  }
  const top = [...counts.entries()]
    .sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]))
    .slice(0, TOP_EMPLOYERS);
  return new Map(top.map(([key, v]) => [key, v.label]));
}

/** The column a contact falls into. */
export function columnOf(
  contact: CurrentContactRow,
  columns: SegmentColumns,
  top: ReadonlyMap<string, string>,
): string {
  if (columns === "industry") return contact.industry ?? UNKNOWN_KEY;
  if (contact.orgKey === null) return UNKNOWN_KEY;
  return top.has(contact.orgKey) ? contact.orgKey : OTHER_KEY;
}

/**
 * Counts contacts per (job function, column). Rows follow the taxonomy's order, columns the
 * NACE order or employer size; "unknown" and "other" come last. Only non-empty rows and
 * columns are kept. Counted once per contacts array (the result is shared: read-only).
 *
 * @example
 * const grid = segmentGrid(contacts, "industry");
 * grid.cells[`Engineering\u0000J`]; // contacts in engineering at IT companies
 */
export function segmentGrid(
  contacts: readonly CurrentContactRow[],
  columns: SegmentColumns,
): SegmentGrid {
  let grids = gridMemo.get(contacts);
  if (grids === undefined) {
    grids = new Map();
    gridMemo.set(contacts, grids);
  }
  const known = grids.get(columns);
  if (known !== undefined) return known;
  const grid = countGrid(contacts, columns);
  grids.set(columns, grid);
  return grid;
}

function countGrid(contacts: readonly CurrentContactRow[], columns: SegmentColumns): SegmentGrid {
  const top = employerKeys(contacts);
  const cells: Record<string, number> = {};
  const rowCount = new Map<string, number>();
  const colCount = new Map<string, number>();
  for (const c of contacts) {
    const col = columnOf(c, columns, top);
    const key = `${c.jobFunction}\u0000${col}`;
    cells[key] = (cells[key] ?? 0) + 1;
    rowCount.set(c.jobFunction, (rowCount.get(c.jobFunction) ?? 0) + 1);
    colCount.set(col, (colCount.get(col) ?? 0) + 1);
  }
  const rows = [...JOB_FUNCTIONS, UNKNOWN_KEY]
    .filter((f) => rowCount.has(f))
    .map((f) => ({ key: f, label: f, count: rowCount.get(f) ?? 0 }));
  const colOrder = columns === "industry" ? Object.keys(NACE_SECTIONS) : [...top.keys(), OTHER_KEY];
  const colLabel = (k: string): string =>
    columns === "industry"
      ? (NACE_SECTIONS[k as keyof typeof NACE_SECTIONS] ?? k)
      : (top.get(k) ?? k);
  const cols = [...colOrder, UNKNOWN_KEY]
    .filter((k) => colCount.has(k))
    .map((k) => ({ key: k, label: colLabel(k), count: colCount.get(k) ?? 0 }));
  return { columns, rows, cols, cells, max: Math.max(0, ...Object.values(cells)) };
}

/**
 * The contacts of one segment, in the order given (`networkData` has sorted them by name).
 *
 * @example
 * segmentContacts(data.contacts, "industry", "Engineering", "J");
 */
export function segmentContacts(
  contacts: readonly CurrentContactRow[],
  columns: SegmentColumns,
  fn: string,
  col: string,
): CurrentContactRow[] {
  const top = employerKeys(contacts);
  return contacts.filter((c) => c.jobFunction === fn && columnOf(c, columns, top) === col);
}
