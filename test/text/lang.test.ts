import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  detectByFunctionWords,
  detectLanguage,
  loadEld,
  voteFunctionWords,
} from "../../src/text/lang/index.js";

const FIXTURES = join(import.meta.dirname, "../fixtures/text/lang");
const lines = (f: string) =>
  readFileSync(join(FIXTURES, f), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "");

beforeAll(() => loadEld());

describe("detectLanguage", () => {
  it.each([
    ["Spannendes Networking-Event", "de"],
    ["Unser Team sucht einen Senior Developer", "de"],
    ["Call mit dem Kunden morgen", "de"],
    ["Great Meetup mit @jana_b über Remote Work #networking", "de"],
    ["Unsere Entwickler:innen haben das Release deployed", "de"],
    ["Excited to join the team as Head of Sales", "en"],
    ["Quarterly profits jumped at the media giant", "en"],
    ["Kindergarten networking event in Berlin tonight", "en"],
    ["Nous recrutons un développeur pour notre équipe", "fr"],
    ["Estamos buscando un desarrollador para el equipo", "es"],
    ["Wij zoeken een ontwikkelaar voor ons team", "nl"],
  ])("%s → %s", (text, lang) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });

  it.each([
    ["", "empty"],
    ["   ", "blank"],
    ["🎉🎉🔥", "emoji only"],
    ["https://example.com/some/path", "URL only"],
    ["@jana_b #networking", "mentions and hashtags only"],
    ["Hallo", "one word"],
  ])("%j (%s) is und", (text) => {
    expect(detectLanguage(text)).toEqual({ lang: "und", confidence: 0, method: "none" });
  });

  it("says which stage decided and how sure it is", () => {
    const fw = detectLanguage("Call mit dem Kunden morgen");
    expect(fw.method).toBe("function-words");
    expect(fw.confidence).toBeGreaterThan(0.5);
    const eld = detectLanguage("Quarterly profits jumped sharply");
    expect(eld.method).toBe("eld");
    expect(eld.confidence).toBeGreaterThan(0);
    expect(eld.confidence).toBeLessThanOrEqual(1);
  });

  it("gets the hand-written posts right (≥ 98 %), and never takes other languages for de/en", () => {
    for (const [file, lang] of [
      ["de.txt", "de"],
      ["en.txt", "en"],
    ] as const) {
      const texts = lines(file);
      const ok = texts.filter((t) => detectLanguage(t).lang === lang).length;
      expect(ok / texts.length).toBeGreaterThanOrEqual(0.98);
    }
    for (const row of lines("other.tsv")) {
      const text = row.split("\t")[1] ?? "";
      expect(["de", "en"]).not.toContain(detectLanguage(text).lang);
    }
  });
});

describe("function-word vote", () => {
  it("splits shared words between languages", () => {
    const votes = voteFunctionWords(["in", "the"]);
    expect(votes.get("en")).toBeCloseTo(1.25);
    expect(votes.get("de")).toBeCloseTo(0.25);
  });

  it("abstains when no language leads clearly", () => {
    expect(detectByFunctionWords("Video in China").lang).toBe("und");
    expect(detectByFunctionWords("Ich bin heute im Büro").lang).toBe("de");
  });
});
