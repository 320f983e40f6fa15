import { sql } from "kysely";
import type { App } from "../../app.js";
import { withinBudget } from "./cold-budget.js";

interface Entry {
  version: string;
  value: Promise<unknown>;
  /** Whether `value` has resolved: a request then gets it at once, without a budget timer. */
  done?: boolean;
}

/** Per open store (a wipe opens a new one, whose entries start empty). */
const caches = new WeakMap<App, Map<string, Entry>>();

/**
 * A token that changes whenever the store's contents may have changed: `total_changes()`
 * counts the rows this connection wrote (the dashboard's own writes), `PRAGMA data_version`
 * moves when another connection commits (a `tellerrand import` in a terminal while `serve`
 * runs). Both are counters SQLite keeps anyway: reading them costs microseconds.
 *
 * @example
 * const before = await storeVersion(app); // "3:120"
 */
export async function storeVersion(app: App): Promise<string> {
  const { rows } = await sql<{ v: number; c: number }>`
    select (select data_version from pragma_data_version()) as v, total_changes() as c`.execute(
    app.db,
  );
  const row = rows[0];
  return row === undefined ? "" : `${row.v}:${row.c}`;
}

/**
 * Memoises a model derived from the whole store (the horizon report over 30,000 contacts takes
 * a second or more) until the store changes; concurrent requests share one computation. The
 * value is shared between requests: callers must treat it as read-only.
 *
 * @example
 * const trend = await cachedUntilChange(app, "trend", () => computeTrend(app));
 */
export async function cachedUntilChange<T>(
  app: App,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  const version = await storeVersion(app);
  let cache = caches.get(app);
  if (cache === undefined) {
    cache = new Map();
    caches.set(app, cache);
  }
  const hit = cache.get(key);
  if (hit !== undefined && hit.version === version) {
    return withinBudget(hit.value as Promise<T>, hit.done === true);
  }
  const value = compute();
  const entry: Entry = { version, value };
  cache.set(key, entry);
  value.then(
    () => {
      entry.done = true;
    },
    () => undefined,
  );
  // A failed computation is not kept: the next request tries again.
  value.catch(() => {
    if (cache.get(key) === entry) cache.delete(key);
  });
  return withinBudget(value);
}

/**
 * What a small write does to one cached model: nothing (`true`: kept as it is), everything
 * (`false`: recomputed on the next request), or a change the caller can apply to it.
 */
export type WriteEffect = boolean | ((value: unknown) => unknown);

/**
 * Runs one of the dashboard's own small writes (a mark, a feedback click) and keeps the cached
 * models it cannot affect (or updates them): their entries move from the version before the
 * write to the one after it. Only when the write is provably alone: no other connection
 * committed meanwhile and at most `maxRows` rows changed on this one; otherwise everything is
 * recomputed as usual.
 *
 * @example
 * await keepingUnaffected(app, (key) => key !== "triage", () => store.setMark(7, "keep", null, at));
 */
export async function keepingUnaffected<T>(
  app: App,
  effect: (key: string) => WriteEffect,
  write: () => Promise<T>,
  maxRows = 10,
): Promise<T> {
  const before = await storeVersion(app);
  const result = await write();
  const after = await storeVersion(app);
  const [dataBefore, rowsBefore] = before.split(":").map(Number);
  const [dataAfter, rowsAfter] = after.split(":").map(Number);
  const alone =
    dataBefore === dataAfter &&
    rowsBefore !== undefined &&
    rowsAfter !== undefined &&
    rowsAfter - rowsBefore <= maxRows;
  const cache = caches.get(app);
  if (!alone || cache === undefined) return result;
  for (const [key, entry] of cache) {
    const e = entry.version === before ? effect(key) : false;
    if (e === false) continue;
    entry.version = after;
    if (typeof e === "function") {
      entry.done = false;
      entry.value = entry.value.then(e);
      entry.value.then(
        () => {
          entry.done = true;
        },
        () => undefined,
      );
      entry.value.catch(() => {
        if (cache.get(key) === entry) cache.delete(key);
      });
    }
  }
  return result;
}
