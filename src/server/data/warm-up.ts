import type { App } from "../../app.js";
import { yieldToRequests } from "./cold-budget.js";
import { storeVersion } from "./store-cache.js";

/** How often the store's change counters are read (microseconds each) to spot an import. */
export const WARM_POLL_MS = 1000;

/** The background warm-up of a running dashboard. */
export interface WarmUp {
  /** Resolves when the round running now (if any) is over. */
  idle(): Promise<void>;
  stop(): void;
}

/**
 * Computes the models behind the navigation's pages in the order the person is likely to open
 * them: overview and network, triage, the digest (its first analysis writes thousands of rows,
 * which leave the models before it valid, see `ANALYSIS_UNAFFECTED`), discovery at the default
 * dial, and last the invitations (the longest computation, seconds over 30,000 contacts).
 * Failures only mean the first request computes the model itself.
 *
 * @example
 * await warmModels(app);
 */
export async function warmModels(app: App): Promise<void> {
  const [{ reportsPerSnapshot }, { networkData }, people, digest, { discoverQuery }] =
    await Promise.all([
      import("./history.js"),
      import("./network.js"),
      import("./people.js"),
      import("./digest.js"),
      import("../pages/discover.js"),
    ]);
  // Between two models the requests that came meanwhile are answered.
  const quietly = (p: Promise<unknown>) => p.then(yieldToRequests, yieldToRequests);
  await quietly(reportsPerSnapshot(app));
  await quietly(networkData(app));
  await quietly(people.triageModel(app));
  await quietly(digest.digestModel(app, false));
  await quietly(
    people.discoveryModel(
      app,
      discoverQuery(() => undefined),
    ),
  );
  await quietly(people.invitationsModel(app));
}

/**
 * Warms the models right after the start and again whenever the store changed (an import in a
 * terminal, a write on a page, a wipe): the change counters are polled, and a round runs when
 * they moved since the last round ended. Models a small write left valid are cache hits, so a
 * round after a mark recomputes only what the mark touched.
 *
 * @example
 * const warm = startWarmUp(() => deps.app()); // … warm.stop();
 */
export function startWarmUp(current: () => App, pollMs = WARM_POLL_MS): WarmUp {
  let warmedApp: App | undefined;
  let warmedVersion = "";
  let running: Promise<void> | undefined;
  const round = async () => {
    const app = current();
    const before = await storeVersion(app);
    if (app === warmedApp && before === warmedVersion) return;
    await warmModels(app);
    warmedApp = app;
    // The version before the round: a change during it (an import, the round's own digest
    // analyses) brings another round, which costs little when the models are still valid.
    warmedVersion = before;
  };
  const tick = () => {
    if (running !== undefined) return;
    running = round()
      .catch(() => undefined)
      .finally(() => {
        running = undefined;
      });
  };
  tick();
  const timer = setInterval(tick, pollMs);
  timer.unref();
  return {
    idle: async () => {
      await running;
    },
    stop: () => clearInterval(timer),
  };
}
