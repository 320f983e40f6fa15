import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { App } from "../../app.js";
import type { DiscoveryResult } from "../../services/discovery.js";
import type { InvitationsResult } from "../../services/invitations.js";
import type { SnapshotReport } from "./history.js";
import type { NetworkData } from "./network.js";
import type { DiscoverQuery } from "./people.js";

/**
 * The result of each job: plain data only (structured clone copies own properties, so no
 * class instances; the triage's entries are, and it stays on the server's thread).
 */
export interface OffThreadResults {
  reports: SnapshotReport[];
  network: NetworkData | null;
  invitations: InvitationsResult;
  discover: DiscoveryResult;
}

/** What the worker computes, over the store file it opens itself (never `:memory:`). */
export interface OffThreadJob {
  id: number;
  job: keyof OffThreadResults;
  dbFile: string;
  config: App["config"];
  query?: DiscoverQuery;
}

export type OffThreadReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; reason: string };

let enabled = false;

/**
 * Lets the whole-network computations run in a worker thread (its own connection to the same
 * file), so the event loop keeps answering pages meanwhile; `serve` turns it on. Off (the
 * default, tests), or over an in-memory store, they run on the calling thread.
 *
 * @example
 * useWorkerThreads(true);
 */
export function useWorkerThreads(on: boolean): void {
  enabled = on;
}

/**
 * The worker over the file next to this one. Built (`dist/`) it is plain JavaScript; run from
 * the sources (`tsx`: bench, dev) it is TypeScript, and the worker registers tsx's loader
 * itself before importing it (the inherited `--import tsx` does not reliably reach workers).
 */
function newWorker(): Worker {
  const ext = extname(fileURLToPath(import.meta.url));
  const url = new URL(`./off-thread-worker${ext}`, import.meta.url);
  if (ext !== ".ts") return new Worker(url);
  const tsx = import.meta.resolve("tsx/esm/api");
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(boot, { eval: true });
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** One long-lived worker (modules load once); jobs run one at a time in it. */
let worker: { thread: Worker; pending: Map<number, Pending> } | undefined;
let nextId = 1;

function startWorker() {
  const thread = newWorker();
  const pending = new Map<number, Pending>();
  const current = { thread, pending };
  thread.unref(); // never keeps the process alive
  thread.on("message", (reply: OffThreadReply) => {
    const p = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.ok) p?.resolve(reply.value);
    else p?.reject(new Error(reply.reason));
  });
  const fail = () => {
    if (worker === current) worker = undefined;
    for (const p of pending.values()) p.reject(new Error("the worker stopped"));
    pending.clear();
  };
  thread.on("error", fail);
  thread.on("exit", fail);
  return current;
}

/**
 * Runs `job` in the worker when worker threads are on and the store is a file; otherwise, or
 * when the worker fails, `inline()` computes the same result here. Results are plain data
 * (structured clone).
 *
 * @example
 * const r = await offThread(app, "invitations", () => adviseOnInvitations(...));
 */
export function offThread<K extends keyof OffThreadResults>(
  app: App,
  job: K,
  inline: () => Promise<OffThreadResults[K]>,
  query?: DiscoverQuery,
): Promise<OffThreadResults[K]> {
  if (!enabled || app.dbFile === ":memory:") return inline();
  worker ??= startWorker();
  const { thread, pending } = worker;
  const id = nextId++;
  const message: OffThreadJob = { id, job, dbFile: app.dbFile, config: app.config };
  if (query !== undefined) message.query = query;
  const result = new Promise<OffThreadResults[K]>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
  });
  thread.postMessage(message);
  return result.then(
    (value) => {
      offThreadCounts.worker++;
      return value;
    },
    (error: unknown) => {
      offThreadCounts.fallback++;
      offThreadCounts.lastError = `${job}: ${String(error)}`;
      return inline();
    },
  );
}

/**
 * Models computed in the worker, and those computed here after the worker failed (a fallback
 * is correct, only slower: tests and the bench check that the worker really ran).
 */
export const offThreadCounts: { worker: number; fallback: number; lastError?: string } = {
  worker: 0,
  fallback: 0,
};

/** Ends the worker (tests and benchmarks; `serve` lets it end with the process). */
export async function stopWorker(): Promise<void> {
  const w = worker;
  worker = undefined;
  await w?.thread.terminate();
}
