import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scorePrivate } from "../../src/text/private/index.js";
import { PRIVATE_MODEL_JSON } from "../../src/text/private/model-data.js";
import { matchCues } from "../../src/text/private/rules.js";
import { type Example, serializeModel, trainLogReg } from "../../src/text/private/train.js";

const FIXTURES = join(import.meta.dirname, "../fixtures/text/private");

function load(file: string): Array<Example & { hard: boolean }> {
  return readFileSync(join(FIXTURES, file), "utf8")
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const [label, hard, text] = l.split("\t");
      return { text: text ?? "", label: label === "private" ? 1 : 0, hard: hard === "1" };
    });
}

describe("scorePrivate: hand-written examples", () => {
  it.each([
    "Urlaub endlich – Laptop bleibt zu Hause",
    "Alles Gute zum Geburtstag, mein Schatz!",
    "Unser Hund hat heute Geburtstag, es gibt Kuchen",
    "Sunday hike with the kids and the dog",
    "We got married last weekend!",
    "Recovering from surgery, thanks for all the flowers",
    "Happy birthday to my amazing wife",
  ])("private: %s", (text) => {
    const s = scorePrivate(text);
    expect(s.isPrivate).toBe(true);
    expect(s.private).toBeGreaterThan(0.5);
  });

  it.each([
    "Proud to announce my new role as Head of Data at Acme",
    "Nach 10 Jahren verabschiede ich mich von der Muster AG. Danke an mein Team!",
    "Happy to share our team offsite: two days of strategy",
    "Today is my 5th work anniversary at Siemens",
    "Wir suchen eine Backend-Entwicklerin (m/w/d) für unser Plattformteam",
    "Heute feiere ich mein Dienstjubiläum bei der Telekom",
    "Our quarterly results: revenue up 20 percent",
  ])("professional: %s", (text) => {
    const s = scorePrivate(text);
    expect(s.isPrivate).toBe(false);
    expect(s.private).toBeLessThan(0.5);
  });

  it("gives the deciding words as reasons, signed towards private", () => {
    const priv = scorePrivate("Endlich Familienurlaub am Strand");
    expect(priv.reasons.map((r) => r.term)).toContain("urlaub");
    expect(priv.reasons[0]?.weight).toBeGreaterThan(0);
    const prof = scorePrivate("We are hiring a data engineer");
    expect(prof.reasons.some((r) => r.term === "hiring" && r.weight < 0)).toBe(true);
    expect(prof.reasons.length).toBeLessThanOrEqual(8);
  });

  it("says nothing is private when there are no words", () => {
    expect(scorePrivate("")).toEqual({ private: 0, isPrivate: false, reasons: [] });
    expect(scorePrivate(" 🎉 ").isPrivate).toBe(false);
  });
});

describe("scorePrivate: news, job ads, release notes, event announcements", () => {
  // The SPD headline is also in the training set (news-de.tsv); the others are not in any set.
  it.each([
    "Die SPD verliert die Landtagswahl in Bayern deutlich",
    "Die Grünen verlieren die Bürgerschaftswahl in Hamburg",
    "Union und SPD einigen sich auf einen Koalitionsvertrag",
    "Bayer-Aktie bricht nach Gerichtsurteil ein",
    "Eintracht Frankfurt verliert im Elfmeterschießen",
    "Labour wins the by-election in a Conservative stronghold",
    "Nvidia shares hit a record after earnings beat forecasts",
    "Arsenal sign Spanish midfielder on a four-year deal",
    "Festival line-up announced: twenty bands across three stages",
    "Release 1.4 adds offline mode and fixes the login crash",
    "Backend-Entwickler (m/w/d) in Vollzeit gesucht, 30 Tage Urlaub",
  ])("not private: %s", (text) => {
    const s = scorePrivate(text);
    expect(s.isPrivate).toBe(false);
    expect(s.private).toBeLessThan(0.5);
  });

  it("explains an impersonal headline by its missing I/we/you", () => {
    const s = scorePrivate("Die SPD verliert die Landtagswahl in Bayern deutlich");
    expect(s.reasons).toContainEqual({ term: "(impersonal)", weight: -0.5 });
  });

  it.each([
    "Happy 30th birthday, little brother! See you at the barbecue on Saturday",
    "Unser Familienurlaub an der Nordsee: Drachen steigen lassen und Fischbrötchen",
  ])("still private in a blog or greeting register: %s", (text) => {
    expect(scorePrivate(text).isPrivate).toBe(true);
  });
});

describe("private cue lexicon", () => {
  it("matches German compound cues only at a word's start or end", () => {
    expect(matchCues("Familienurlaub").map((r) => r.term)).toEqual(
      expect.arrayContaining(["*urlaub", "familien*"]),
    );
    expect(matchCues("hundert Kunden").some((r) => r.term.includes("hund"))).toBe(false);
    expect(matchCues("Europa").map((r) => r.term)).toEqual([]);
  });
});

describe("private classifier on the labelled sets", () => {
  it("classifies the held-out texts (never trained on) with at least 85% accuracy", () => {
    const files = [
      "holdout-en.tsv",
      "holdout-de.tsv",
      "holdout-news-en.tsv",
      "holdout-news-de.tsv",
    ];
    for (const file of files) {
      const rows = load(file);
      const correct = rows.filter((r) => scorePrivate(r.text).isPrivate === (r.label === 1));
      expect(correct.length / rows.length, file).toBeGreaterThanOrEqual(0.85);
    }
  });

  it("has at least 250 labelled texts per language, roughly balanced, with hard cases", () => {
    for (const file of ["en.tsv", "de.tsv"]) {
      const rows = load(file);
      const share = rows.filter((r) => r.label === 1).length / rows.length;
      expect(rows.length, file).toBeGreaterThanOrEqual(250);
      expect(share, file).toBeGreaterThan(0.4);
      expect(share, file).toBeLessThan(0.6);
      expect(rows.filter((r) => r.hard).length, file).toBeGreaterThanOrEqual(40);
    }
  });

  it("has at least 120 news-style texts per language, with private ones in both splits", () => {
    for (const lang of ["en", "de"]) {
      const train = load(`news-${lang}.tsv`);
      const held = load(`holdout-news-${lang}.tsv`);
      expect(train.length + held.length, lang).toBeGreaterThanOrEqual(120);
      expect(held.filter((r) => r.label === 1).length, lang).toBeGreaterThanOrEqual(5);
      expect(train.filter((r) => r.label === 1).length, lang).toBeGreaterThanOrEqual(5);
    }
  });

  it("ships exactly the model that training on the development set produces", () => {
    const files = ["en.tsv", "de.tsv", "news-en.tsv", "news-de.tsv"];
    const examples = files.flatMap(load).map(({ text, label }) => ({
      text,
      label,
    }));
    expect(serializeModel(trainLogReg(examples))).toBe(PRIVATE_MODEL_JSON);
  });
});
