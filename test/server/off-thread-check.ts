/**
 * Run by off-thread.test.ts in its own Node process with tsx (Vitest's own workers cannot host
 * the model worker): computes every worker model over the store in `argv[2]` inline and in
 * the worker, and prints whether they are equal and how many came from the worker.
 */
import { createApp } from "../../src/app.js";
import { configSchema } from "../../src/config/schema.js";
import { reportsPerSnapshot } from "../../src/server/data/history.js";
import { networkData } from "../../src/server/data/network.js";
import { offThreadCounts, stopWorker, useWorkerThreads } from "../../src/server/data/off-thread.js";
import { discoveryModel, invitationsModel } from "../../src/server/data/people.js";

async function models(dataDir: string): Promise<string> {
  const app = await createApp(configSchema.parse({ dataDir }));
  try {
    return JSON.stringify({
      reports: await reportsPerSnapshot(app),
      network: await networkData(app),
      invitations: await invitationsModel(app),
      discover: await discoveryModel(app, { kind: "people", explore: 0.5, limit: 20 }),
    });
  } finally {
    await app.close();
  }
}

const dataDir = process.argv[2] ?? "";
const inline = await models(dataDir);
useWorkerThreads(true);
const fromWorker = await models(dataDir);
await stopWorker();
process.stdout.write(
  JSON.stringify({ equal: inline === fromWorker, length: inline.length, ...offThreadCounts }),
);
