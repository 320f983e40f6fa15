import { describe, expect, it } from "vitest";
import { SqlPeopleStore } from "../../src/db/people-store.js";
import type { TriageEntry, TriageResult } from "../../src/domain/people/index.js";
import { withMark } from "../../src/server/data/triage-marks.js";
import { runTriage } from "../../src/services/triage.js";
import { harness } from "./harness.js";

const view = (r: TriageResult) => ({
  counts: r.counts,
  entries: r.entries.map(
    (e: TriageEntry) => `${e.id} ${e.category} ${e.computed} ${e.mark} ${e.priority} ${e.reason}`,
  ),
});

describe("withMark", () => {
  it("gives exactly what a full triage gives after the same marks", async () => {
    const h = await harness();
    try {
      const app = h.deps.app();
      const store = new SqlPeopleStore(app.db);
      const deps = { people: store, reports: app.reports };
      const triage = () => runTriage(deps, app.config.profile, app.config.triage);
      let r = await triage();
      const at = "2026-11-27T10:00:00.000Z";
      const byCategory = (c: string) => r.entries.find((e) => e.category === c);
      const steps = [
        { e: byCategory("ballast"), mark: "keep" as const },
        { e: byCategory("door-opener"), mark: "let-go" as const },
        { e: byCategory("core"), mark: "reconnect" as const },
        { e: byCategory("dormant"), mark: "keep" as const },
      ];
      for (const { e, mark } of steps) {
        if (e === undefined) continue;
        await store.setMark(e.id, mark, null, at);
        r = withMark(r, e.id, { mark, markedAt: at });
        expect(view(r)).toEqual(view(await triage()));
      }
      const first = steps[0]?.e;
      if (first !== undefined) {
        await store.clearMark(first.id);
        r = withMark(r, first.id, null);
        expect(view(r)).toEqual(view(await triage()));
      }
      expect(withMark(r, 987654, null)).toBe(r);
    } finally {
      await h.close();
    }
  });
});
