import { describe, expect, it } from "vitest";
import {
  type BridgeValue,
  placeContact,
  type Relevance,
  DEFAULT_PLACEMENT_THRESHOLDS as T,
  type TieStrength,
} from "../../../src/domain/people/index.js";

const rel = (score: number): Relevance => ({
  score,
  byPart: { title: score },
  currentWork: 0,
  beyondWork: 1,
  sharedIds: [],
  shared: score > 0 ? ["Data"] : [],
});
const bridge = (score: number): BridgeValue => ({
  score,
  parts: [{ dimension: "function", key: "Legal", others: 1, share: 0.01, rarity: score }],
});
const tie = (grade: TieStrength["grade"], quietDays: number, interacted = true): TieStrength => ({
  score: grade === "strong" ? 0.6 : grade === "moderate" ? 0.3 : 0.05,
  grade,
  parts: {
    volume: 0,
    recency: 0,
    reciprocity: 0,
    recommendation: 0,
    endorsement: 0,
    sharedEmployer: 0,
    age: 0,
  },
  lastInteractionAt: interacted ? "2026-01-01T00:00:00Z" : null,
  quietDays,
});

const place = (r: number, b: number, t: TieStrength, mark?: "keep" | "reconnect" | "let-go") =>
  placeContact(
    {
      relevance: rel(r),
      bridge: bridge(b),
      tie: t,
      mark: mark && { mark, markedAt: "2026-11-01T10:00:00Z" },
    },
    T,
  );

describe("placement", () => {
  it("follows the rule table", () => {
    expect(place(0.3, 0.7, tie("weak", 900)).category).toBe("door-opener");
    expect(place(0.3, 0.7, tie("moderate", 10)).category).toBe("door-opener");
    // A strong tie is not a bridge (Granovetter): core.
    expect(place(0.3, 0.7, tie("strong", 10)).category).toBe("core");
    expect(place(0.3, 0.1, tie("moderate", 10)).category).toBe("core");
    expect(place(0.3, 0.1, tie("weak", 100, false)).category).toBe("core"); // connected recently
    expect(place(0.3, 0.1, tie("weak", 900)).category).toBe("dormant");
    expect(place(0.3, 0.1, tie("moderate", 900)).category).toBe("dormant");
    expect(place(0.1, 0.9, tie("weak", 10)).category).toBe("core"); // relationship
    expect(place(0.1, 0.9, tie("strong", 900)).category).toBe("core");
    expect(place(0.1, 0.9, tie("moderate", 900)).category).toBe("ballast");
    expect(place(0.1, 0.9, tie("weak", 100, false)).category).toBe("ballast");
  });

  it("puts the threshold on the relevant side", () => {
    expect(place(T.relevantMin, T.bridgeMin, tie("weak", 10)).category).toBe("door-opener");
  });

  it("gives the reason in words with the numbers", () => {
    const p = place(0.31, 0.72, tie("weak", 900));
    expect(p.reason).toMatch(
      /^Door-opener: relevant to your interests: 0\.31 ≥ 0\.20 \(shared topics: Data\)/,
    );
    expect(p.reason).toContain("bridge value 0.72");
    expect(p.reason).toContain("weak tie 0.05 (last interaction 900 days ago)");
    expect(place(0.05, 0.1, tie("weak", 800, false)).reason).toMatch(
      /^Ballast: not close to your interests: relevance 0\.05 < 0\.20/,
    );
  });

  it("lets the person's mark win and says so", () => {
    const letGo = place(0.3, 0.1, tie("moderate", 10), "let-go");
    expect(letGo).toMatchObject({ category: "ballast", computed: "core" });
    expect(letGo.reason).toContain(
      'You marked them "let-go" on 2026-11-01, so they are ballast instead of core.',
    );
    expect(place(0.1, 0.1, tie("weak", 900), "reconnect").category).toBe("dormant");
    expect(place(0.1, 0.1, tie("weak", 900), "keep").category).toBe("core");
    expect(place(0.3, 0.7, tie("weak", 900), "keep").category).toBe("door-opener");
  });
});
