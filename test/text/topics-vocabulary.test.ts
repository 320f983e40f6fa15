import { describe, expect, it } from "vitest";
import { allConcepts, conceptsUnder, getConcept } from "../../src/text/topics/index.js";

describe("topic vocabulary: size and integrity", () => {
  const concepts = allConcepts();

  it("has at least 600 concepts with unique ids", () => {
    expect(concepts.length).toBeGreaterThanOrEqual(600);
    expect(new Set(concepts.map((c) => c.id)).size).toBe(concepts.length);
  });

  it("has 8–15 top-level groups", () => {
    const groups = concepts.filter((c) => c.parent === null);
    expect(groups.length).toBeGreaterThanOrEqual(8);
    expect(groups.length).toBeLessThanOrEqual(15);
  });

  it("gives every concept an English and a German label and surface forms in both", () => {
    for (const c of concepts) {
      expect(c.label.en.trim(), c.id).not.toBe("");
      expect(c.label.de.trim(), c.id).not.toBe("");
      if (c.parent === null) continue;
      expect(c.forms.en.length, `${c.id} en forms`).toBeGreaterThan(0);
      expect(c.forms.de.length, `${c.id} de forms`).toBeGreaterThan(0);
    }
  });

  it("links every parent to an existing concept and every path to a group", () => {
    for (const c of concepts) {
      if (c.parent !== null) expect(getConcept(c.parent), `${c.id} → ${c.parent}`).toBeDefined();
      expect(getConcept(c.path[0] ?? "")?.parent).toBeNull();
      expect(c.path.at(-1)).toBe(c.id);
    }
  });

  it("uses only known markers and no empty forms", () => {
    for (const c of concepts) {
      for (const form of [...c.forms.en, ...c.forms.de]) {
        expect(form.replace(/^[=?!>]*/, "").trim(), c.id).not.toBe("");
      }
    }
  });
});

describe("topic vocabulary: hierarchy", () => {
  it("places machine learning under technology › data", () => {
    expect(getConcept("machine-learning")?.path).toEqual([
      "technology",
      "data",
      "machine-learning",
    ]);
    expect(getConcept("machine-learning")?.label.de).toBe("Maschinelles Lernen");
  });

  it("lists descendants, not the concept itself", () => {
    const under = conceptsUnder("data").map((c) => c.id);
    expect(under).toContain("machine-learning");
    expect(under).toContain("deep-learning");
    expect(under).not.toContain("data");
    expect(conceptsUnder("deep-learning").map((c) => c.id)).toContain("pytorch");
    expect(conceptsUnder("does-not-exist")).toEqual([]);
  });

  it("returns undefined for an unknown id", () => {
    expect(getConcept("no-such-concept")).toBeUndefined();
  });
});
