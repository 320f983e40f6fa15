import { describe, expect, it } from "vitest";
import {
  DEFAULT_TIE_PARAMS,
  daysBetween,
  type Interaction,
  tieStrength,
} from "../../../src/domain/people/index.js";

const none: Interaction = {
  messagesIn: 0,
  messagesOut: 0,
  lastMessageAt: null,
  recommendations: 0,
  endorsements: 0,
  lastGestureAt: null,
  connectedOn: "2026-11-20",
  sharedEmployer: false,
};

describe("tie strength", () => {
  it("pins the formula on a hand-computed case", () => {
    // 10 in, 10 out, last message 50 days before the end of 2026-11-20, former colleague,
    // connected 2020-01-01 (2,515 days):
    // volume = ln 21 / ln 51 = 0.774331; recency = 0.5^(50/365) = 0.909438; reciprocity = 1;
    // sharedEmployer = 1; age = 2515 / 365.25 / 10 = 0.688569
    // score = 0.3·0.774331 + 0.2·0.909438 + 0.1 + 0.1 + 0.05·0.688569 = 0.648615
    const t = tieStrength(
      {
        ...none,
        messagesIn: 10,
        messagesOut: 10,
        lastMessageAt: "2026-10-01T00:00:00Z",
        connectedOn: "2020-01-01",
        sharedEmployer: true,
      },
      "2026-11-20",
    );
    expect(t.parts.volume).toBeCloseTo(Math.log(21) / Math.log(51), 6);
    expect(t.parts.recency).toBeCloseTo(0.5 ** (50 / 365), 6);
    expect(t.parts.age).toBeCloseTo(2515 / 365.25 / 10, 6);
    expect(t.score).toBeCloseTo(0.648615, 5);
    expect(t.grade).toBe("strong");
    expect(t.quietDays).toBe(50);
    expect(t.lastInteractionAt).toBe("2026-10-01T00:00:00Z");
  });

  it("grades a recommendation plus endorsements without messages as moderate", () => {
    // 0.15 (recommendation) + 0.1 · 2/3 (endorsements) = 0.216667 ≥ 0.2
    const t = tieStrength(
      { ...none, recommendations: 1, endorsements: 2, lastGestureAt: "2025-06-01T10:00:00Z" },
      "2026-11-20",
    );
    expect(t.score).toBeCloseTo(0.15 + 0.1 * (2 / 3), 6);
    expect(t.grade).toBe("moderate");
    expect(t.quietDays).toBe(daysBetween("2025-06-01T10:00:00Z", "2026-11-20"));
  });

  it("counts quiet days from the connection when there was never any interaction", () => {
    const t = tieStrength({ ...none, connectedOn: "2024-11-20" }, "2026-11-20");
    expect(t.lastInteractionAt).toBeNull();
    expect(t.quietDays).toBe(730);
    expect(t.grade).toBe("weak");
    expect(t.parts.reciprocity).toBe(0);
  });

  it("one-way messages count less than a conversation", () => {
    const oneWay = tieStrength(
      { ...none, messagesIn: 8, lastMessageAt: "2026-11-01" },
      "2026-11-20",
    );
    const twoWay = tieStrength(
      { ...none, messagesIn: 4, messagesOut: 4, lastMessageAt: "2026-11-01" },
      "2026-11-20",
    );
    expect(twoWay.score).toBeGreaterThan(oneWay.score);
  });

  it("never falls when messages are added, or when the last one is more recent", () => {
    let previous = -1;
    for (const n of [0, 1, 2, 5, 10, 50, 500]) {
      const t = tieStrength(
        { ...none, messagesIn: n, messagesOut: n, lastMessageAt: n > 0 ? "2026-01-01" : null },
        "2026-11-20",
      );
      expect(t.score).toBeGreaterThanOrEqual(previous);
      previous = t.score;
    }
    const older = tieStrength(
      { ...none, messagesIn: 3, messagesOut: 3, lastMessageAt: "2023-01-01" },
      "2026-11-20",
    );
    const newer = tieStrength(
      { ...none, messagesIn: 3, messagesOut: 3, lastMessageAt: "2026-01-01" },
      "2026-11-20",
    );
    expect(newer.score).toBeGreaterThan(older.score);
  });

  it("uses the thresholds it is given", () => {
    const i = { ...none, messagesIn: 1, messagesOut: 1, lastMessageAt: "2026-11-20" };
    expect(tieStrength(i, "2026-11-20").grade).toBe("moderate");
    expect(
      tieStrength(i, "2026-11-20", { ...DEFAULT_TIE_PARAMS, moderateMin: 0.9, strongMin: 0.95 })
        .grade,
    ).toBe("weak");
  });
});

describe("daysBetween", () => {
  it("counts whole days, a date meaning its start (from) or end (to)", () => {
    expect(daysBetween("2026-11-01", "2026-11-20")).toBe(19);
    expect(daysBetween("2026-11-20T23:59:59Z", "2026-11-20")).toBe(0);
    expect(daysBetween("2027-01-01", "2026-11-20")).toBe(0);
    expect(daysBetween("not a date", "2026-11-20")).toBe(0);
  });
});
