/**
 * Worker thread of `offThread`: per job it opens the store file (a wipe replaces the file, so
 * no connection is kept), computes the model as the server would, and posts it back. Jobs run
 * one after the other; a failure is reported as `{ ok: false }` and the server then computes
 * the model on its own thread.
 */
import { parentPort } from "node:worker_threads";
import { createApp } from "../../app.js";
import { SqlCandidateStore } from "../../db/candidate-store.js";
import { SqlPeopleStore } from "../../db/people-store.js";
import { runDiscovery } from "../../services/discovery.js";
import { adviseOnInvitations } from "../../services/invitations.js";
import { computeReportsPerSnapshot } from "./history.js";
import { computeNetworkData } from "./network.js";
import type { OffThreadJob, OffThreadReply } from "./off-thread.js";

async function compute(job: OffThreadJob): Promise<unknown> {
  const app = await createApp(job.config, job.dbFile);
  try {
    const deps = { people: new SqlPeopleStore(app.db), reports: app.reports };
    const { profile, triage } = app.config;
    switch (job.job) {
      case "reports":
        return await computeReportsPerSnapshot(app);
      case "network":
        return await computeNetworkData(app);
      case "invitations":
        return await adviseOnInvitations(deps, profile, triage);
      case "discover": {
        const q = job.query ?? { kind: "people", explore: 0.5, limit: 20 };
        const candidates = new SqlCandidateStore(app.db);
        return await runDiscovery({ ...deps, candidates }, profile, {
          ...q,
          minRelevance: triage.relevantMin,
        });
      }
    }
  } finally {
    await app.close();
  }
}

let queue: Promise<void> = Promise.resolve();
parentPort?.on("message", (job: OffThreadJob) => {
  queue = queue.then(async () => {
    try {
      const reply: OffThreadReply = { id: job.id, ok: true, value: await compute(job) };
      parentPort?.postMessage(reply);
    } catch (error) {
      // A failed computation or a value that does not clone: the server computes it itself.
      const reply: OffThreadReply = { id: job.id, ok: false, reason: String(error) };
      parentPort?.postMessage(reply);
    }
  });
});
