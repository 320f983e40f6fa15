import { describe, expect, it } from "vitest";
import {
  cosine,
  learnFeedback,
  politicalPenalty,
  RELEVANCE_FLOOR,
  scoreCandidates,
  scoreTable,
  sourceQuality,
  tableOf,
  taste,
  topicClassifier,
} from "../../../src/domain/digest/index.js";
import { RELEVANCE_FLOOR as FLOOR } from "../../../src/domain/digest/score.js";
import { analysis, candidate, context, NOW } from "./helpers.js";

describe("score factors", () => {
  it("is relevance × novelty × freshness × quality × taste × penalty, as documented", () => {
    const c = candidate({ topics: { ml: 1, data: 0.5 } });
    const [s] = scoreCandidates([c], context());
    const p = s?.parts;
    const fresh = 0.8 + 0.4 * 2 ** (-1 / 36);
    expect(p?.relevance).toBeCloseTo(1, 6);
    expect(p?.novelty).toBeCloseTo(1.1, 9); // nothing like the work or the reading
    expect(p?.freshness).toBeCloseTo(fresh, 6);
    expect(p?.quality).toBe(1);
    expect(p?.taste).toBe(1);
    expect(p?.penalty).toBe(1);
    expect(p?.score).toBeCloseTo((FLOOR + 1) * 1.1 * fresh, 6);
  });

  it("bounds freshness to [0.8, 1.2]: half-way after one half-life, no reward for future dates", () => {
    const old = candidate({ publishedAt: new Date(NOW.getTime() - 36 * 3_600_000).toISOString() });
    const future = candidate({ publishedAt: new Date(NOW.getTime() + 3_600_000).toISOString() });
    const ancient = candidate({ publishedAt: "2001-01-01T00:00:00Z" });
    const [a, b, c] = scoreCandidates([old, future, ancient], context());
    expect(a?.parts.freshness).toBeCloseTo(1, 6);
    expect(b?.parts.freshness).toBeCloseTo(1.2, 9);
    expect(c?.parts.freshness).toBeCloseTo(0.8, 9);
  });

  it("novelty drops for articles like the current work and like what was read, to 0.9", () => {
    const c = candidate({ topics: { ml: 1 } });
    const work = scoreCandidates([c], context({ work: new Map([["ml", 1]]) }))[0];
    expect(work?.parts.novelty).toBeCloseTo(0.9, 6);
    const fb = learnFeedback([], [{ at: NOW.toISOString(), topics: new Map([["ml", 1]]) }], NOW);
    const read = scoreCandidates([c], context({ feedback: fb }))[0];
    expect(read?.parts.novelty).toBeCloseTo(0.9, 6);
  });

  it("an off-topic article cannot outrank a relevant one through novelty and freshness", () => {
    const relevant = candidate({
      topics: { ml: 1 },
      publishedAt: "2001-01-01T00:00:00Z",
    });
    const offTopic = candidate({ topics: { seo: 1 } });
    const [r, o] = scoreCandidates([relevant, offTopic], context({ work: new Map([["ml", 1]]) }));
    expect(r?.parts.score).toBeGreaterThan(o?.parts.score ?? Number.POSITIVE_INFINITY);
  });

  it("penalises borderline political probability softly, from 0.3 to the threshold", () => {
    expect(politicalPenalty(0.2, 0.6)).toBe(1);
    expect(politicalPenalty(0.45, 0.6)).toBeCloseTo(0.75, 9);
    expect(politicalPenalty(0.6, 0.6)).toBeCloseTo(0.5, 9);
    const borderline = candidate({
      analysis: analysis({ ml: 1, data: 0.5 }, { political: { partisan: 0.45, strict: 0.1 } }),
    });
    const ctx = context({ politics: { strictness: "partisan", threshold: 0.6 } });
    const [s] = scoreCandidates([borderline], ctx);
    expect(s?.parts.penalty).toBeCloseTo(0.75, 6);
    // The strict level's probability counts at strict, not the partisan one.
    const strict = context({ politics: { strictness: "strict", threshold: 0.6 } });
    expect(scoreCandidates([borderline], strict)[0]?.parts.penalty).toBe(1);
  });

  it("scores a candidate table exactly like the objects it came from", () => {
    const items = [
      candidate({ topics: { ml: 1, data: 0.5 } }),
      candidate({ topics: { dbs: 1, data: 0.5 }, sourceId: "2" }),
      candidate({ topics: { seo: 1 } }),
    ];
    const cols = scoreTable(tableOf(items), context());
    scoreCandidates(items, context()).forEach((s, i) => {
      expect(cols.score[i]).toBeCloseTo(s.parts.score, 12);
      expect(cols.beyond[i] === 1).toBe(s.parts.beyond);
    });
  });

  it("without interests every article is equally relevant and none is 'beyond'", () => {
    const [s] = scoreCandidates(
      [candidate({ topics: { seo: 1 } })],
      context({ interests: new Map(), interestConcepts: [] }),
    );
    expect(s?.parts.relevance).toBe(1);
    expect(s?.parts.beyond).toBe(false);
  });

  it("classifies topics by the hierarchy: core, broader label, sibling, same group, unrelated", () => {
    const classOf = topicClassifier(context());
    expect(classOf("ml")).toEqual({ kind: "core" });
    expect(classOf("data")).toEqual({ kind: "ignore" });
    expect(classOf("dbs")).toEqual({ kind: "other", adjacency: 1 });
    expect(classOf("k8s")).toEqual({ kind: "other", adjacency: 0.5 });
    expect(classOf("seo")).toEqual({ kind: "other", adjacency: 0 });
  });

  it("marks adjacent, non-work articles as beyond and core ones not", () => {
    const [dbs, ml, seo] = scoreCandidates(
      [
        candidate({ topics: { dbs: 1, data: 0.5 } }),
        candidate({ topics: { ml: 1, data: 0.5 } }),
        candidate({ topics: { seo: 1, marketing: 0.5 } }),
      ],
      context(),
    );
    expect(dbs?.parts.beyond).toBe(true);
    expect(dbs?.parts.beyondScore).toBeGreaterThan(0);
    expect(ml?.parts.beyond).toBe(false);
    expect(seo?.parts.beyond).toBe(false);
    // An adjacent topic that is the current work is not "beyond your work".
    const atWork = scoreCandidates(
      [candidate({ topics: { dbs: 1 } })],
      context({ work: new Map([["dbs", 1]]) }),
    );
    expect(atWork[0]?.parts.beyond).toBe(false);
  });
});

describe("feedback", () => {
  const at = NOW.toISOString();
  const ml = new Map([["ml", 1]]);
  it("source quality is the Beta posterior mean over the prior mean", () => {
    const m = learnFeedback(
      [
        { action: "star", at, sourceId: "a", topics: ml },
        { action: "hide", at, sourceId: "b", topics: ml },
        { action: "less", at, sourceId: "b", topics: ml },
      ],
      [],
      NOW,
    );
    expect(sourceQuality(m, "a")).toBeCloseTo((2 + 2) / (4 + 2) / 0.5, 6);
    expect(sourceQuality(m, "b")).toBeCloseTo(2 / (4 + 3) / 0.5, 6);
    expect(sourceQuality(m, "unknown")).toBe(1);
  });

  it("decays with a 90-day half-life", () => {
    const old = new Date(NOW.getTime() - 90 * 86_400_000).toISOString();
    const m = learnFeedback([{ action: "star", at: old, sourceId: "a", topics: ml }], [], NOW);
    expect(sourceQuality(m, "a")).toBeCloseTo((2 + 1) / (4 + 1) / 0.5, 6);
  });

  it("'more' lifts and 'less' lowers similar topics, bounded by e", () => {
    const m = learnFeedback(
      [
        { action: "more", at, sourceId: "a", topics: ml },
        { action: "less", at, sourceId: "a", topics: new Map([["seo", 1]]) },
      ],
      [],
      NOW,
    );
    expect(taste(m, ml, 1)).toBeCloseTo(Math.E, 6);
    expect(taste(m, new Map([["seo", 1]]), 1)).toBeCloseTo(1 / Math.E, 6);
    expect(taste(m, new Map([["k8s", 1]]), 1)).toBe(1);
  });

  it("cosine handles empty vectors", () => {
    expect(cosine(new Map(), ml)).toBe(0);
    expect(RELEVANCE_FLOOR).toBe(FLOOR);
  });
});
