import { afterEach, describe, expect, it } from "vitest";
import { mastodonPublisher } from "../../../src/integrations/publishers/mastodon/index.js";
import { composeDrafts } from "../../../src/services/publishing/compose.js";
import { approveEntry, scheduleEntry } from "../../../src/services/publishing/outbox.js";
import type { RunSummary } from "../../../src/services/publishing/run.js";
import { startOutboxScheduler } from "../../../src/services/publishing/scheduler.js";
import { type FakeMastodon, startFakeMastodon } from "../../fakes/publishers/mastodon.js";
import { connect, type TestPublishing, testContext } from "./helpers.js";

let fake: FakeMastodon;
let t: TestPublishing;
afterEach(async () => {
  await fake.close();
  await t.app.close();
});

describe("outbox scheduler loop", () => {
  it("publishes due entries on its ticks, never overlaps, survives a failed pass, stops", async () => {
    fake = await startFakeMastodon({ token: "tok" });
    t = await testContext({ mastodon: mastodonPublisher() });
    await connect(t, "mastodon", fake.url, { token: "tok" });
    const r = await composeDrafts(t.ctx, { text: "Slides are up", networks: ["mastodon"] });
    const id = r.entries[0]?.entryId as number;
    await approveEntry(t.ctx, id);
    await scheduleEntry(t.ctx, id);
    t.clock.now = new Date("2026-03-02T09:00:00.000Z"); // past the 08:30 slot

    let active = 0;
    let maxActive = 0;
    let calls = 0;
    const runs: RunSummary[] = [];
    const errors: unknown[] = [];
    let done: () => void = () => undefined;
    const enough = new Promise<void>((resolve) => {
      done = resolve;
    });
    const s = startOutboxScheduler(
      async () => {
        calls += 1;
        active += 1;
        maxActive = Math.max(maxActive, active);
        await new Promise((resolve) => setTimeout(resolve, 20)); // slower than the interval
        active -= 1;
        if (calls === 1) throw new Error("database busy");
        return t.ctx;
      },
      {
        intervalMs: 5,
        onRun: (summary) => {
          runs.push(summary);
          if (runs.length >= 2) done();
        },
        onError: (e) => errors.push(e),
      },
    );
    await enough;
    await s.stop();
    const after = calls;
    expect(errors).toHaveLength(1);
    expect(maxActive).toBe(1);
    expect(runs[0]?.published).toEqual([id]);
    expect(runs[1]?.published).toEqual([]);
    expect(fake.statuses).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(calls).toBe(after); // stopped: no further passes
  });
});
