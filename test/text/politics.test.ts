import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import {
  loadPoliticsModel,
  type PoliticsModel,
  previewOverrides,
  scorePolitics,
} from "../../src/text/politics/index.js";

let model: PoliticsModel;
beforeAll(() => {
  model = loadPoliticsModel();
});

const political = (text: string, strictness: "partisan" | "strict" = "partisan") =>
  scorePolitics(model, text, { strictness }).isPolitical;

describe("scorePolitics: hand-written examples", () => {
  it.each([
    "Die SPD verliert die Landtagswahl in Sachsen deutlich",
    "Der Kanzler streitet mit der Opposition im Bundestag",
    "AfD und CDU liefern sich ein Kopf-an-Kopf-Rennen in den Umfragen",
    "The Tories are behind Labour in every poll before the election",
    "Senate Republicans blocked the president's nominee",
    "Vote them out in November, this government has failed us",
  ])("flags clear politics at both levels: %s", (text) => {
    expect(political(text, "partisan")).toBe(true);
    expect(political(text, "strict")).toBe(true);
  });

  it.each([
    "Vizekanzler und Klubobfrau uneins über die Pensionsreform",
    "Die Freiheitlichen verlangen eine Volksbefragung über die Asylpolitik",
    "Der Ständerat in Bern lehnt die Vorlage des Bundesrats ab",
  ])("flags Austrian and Swiss politics (not in any training file): %s", (text) => {
    expect(political(text, "partisan")).toBe(true);
    expect(political(text, "strict")).toBe(true);
  });

  it.each([
    "Die Kärntner Sparkasse eröffnet drei neue Filialen im Lavanttal",
    "Schneechaos am Brenner: Lkw stecken stundenlang fest",
    "Das Grazer Start-up gewinnt einen Innovationspreis für seine Lager-Software",
  ])("keeps German business, panorama and tech news (not in any training file): %s", (text) => {
    expect(political(text, "partisan")).toBe(false);
    expect(political(text, "strict")).toBe(false);
  });

  it.each([
    "Our new travel policy is live, please read it before booking",
    "GDPR compliance workshop for the whole team on Thursday",
    "Loved the CEO's keynote on customer focus",
    "Steuerberatung für Startups: die wichtigsten Tipps",
    "Unsere neue Reisekostenrichtlinie gilt ab März",
    "Spannendes Networking-Event gestern in Hamburg",
    "We updated our privacy policy and cookie settings",
  ])("keeps professional texts that touch policy, at both levels: %s", (text) => {
    expect(political(text, "partisan")).toBe(false);
    expect(political(text, "strict")).toBe(false);
  });

  it.each([
    "Parliament passed new legislation regulating AI in the EU",
    "Neue Sanktionen gegen Russland beschlossen",
    "Der Bundestag beschließt die Reform des Mietrechts",
  ])("flags public policy and geopolitics at strict: %s", (text) => {
    expect(political(text, "strict")).toBe(true);
  });

  it("scores are probabilities and strict is never less strict on policy", () => {
    const text = "The EU Commission proposes new regulation for digital platforms";
    const p = scorePolitics(model, text, { strictness: "partisan" }).political;
    const s = scorePolitics(model, text, { strictness: "strict" }).political;
    expect(p).toBeGreaterThanOrEqual(0);
    expect(s).toBeLessThanOrEqual(1);
    expect(s).toBeGreaterThan(p);
  });
});

describe("held-out hand-written posts (never trained on)", () => {
  const rows = readFileSync("test/fixtures/text/politics/posts-heldout.tsv", "utf8")
    .split("\n")
    .filter((l) => l !== "" && !l.startsWith("#"))
    .map((l) => l.split("\t") as [string, string, string]);

  it("finds ≥ 85% of partisan posts and keeps ≥ 95% of professional posts", () => {
    for (const level of ["partisan", "strict"] as const) {
      const partisan = rows.filter((r) => r[0] === "partisan");
      const found = partisan.filter((r) => political(r[2], level)).length;
      expect(found / partisan.length).toBeGreaterThanOrEqual(0.85);
      const pro = rows.filter((r) => r[0] === "professional");
      const kept = pro.filter((r) => !political(r[2], level)).length;
      expect(kept / pro.length).toBeGreaterThanOrEqual(0.95);
    }
  });
});

describe("reasons", () => {
  it("names the political words first, with positive weights", () => {
    const r = scorePolitics(model, "Die Grünen verlieren die Bundestagswahl gegen die CDU");
    expect(r.reasons.length).toBeGreaterThan(0);
    const top = r.reasons.filter((x) => x.weight > 0).map((x) => x.term);
    expect(top.slice(0, 3)).toEqual(expect.arrayContaining(["bundestagswahl"]));
    expect(top).toEqual(expect.arrayContaining(["cdu"]));
  });

  it("names the professional context that pulled a text back, with negative weights", () => {
    const r = scorePolitics(model, "GDPR compliance workshop for our team");
    const negative = r.reasons.filter((x) => x.weight < 0).map((x) => x.term);
    expect(negative).toEqual(expect.arrayContaining(["compliance", "workshop"]));
  });
});

describe("overrides: whole word vs part of word", () => {
  const text = "Die Auswahl der Kandidaten für die Bundestagswahl";

  it("a plain word matches the whole word only", () => {
    const r = scorePolitics(model, text, { keepWords: ["wahl"] });
    expect(r.overriddenBy).toBeUndefined();
    expect(r.isPolitical).toBe(true);
  });

  it("*wahl matches word endings, wahl* beginnings, *wahl* anywhere", () => {
    expect(scorePolitics(model, text, { keepWords: ["*wahl"] }).overriddenBy).toEqual({
      kind: "keep",
      word: "*wahl",
    });
    expect(scorePolitics(model, "Wahlkampf in Bayern", { keepWords: ["wahl*"] }).isPolitical).toBe(
      false,
    );
    expect(scorePolitics(model, text, { keepWords: ["bundes*"] }).overriddenBy?.kind).toBe("keep");
    expect(scorePolitics(model, text, { keepWords: ["*tagswa*"] }).overriddenBy?.kind).toBe("keep");
  });

  it("keep forces visible, block forces hidden, block wins over keep; score is unchanged", () => {
    const plain = scorePolitics(model, text);
    const kept = scorePolitics(model, text, { keepWords: ["=Bundestagswahl"] });
    expect(kept.isPolitical).toBe(false);
    expect(kept.political).toBe(plain.political);
    const blocked = scorePolitics(model, "Our new product release", { blockWords: ["release"] });
    expect(blocked).toMatchObject({ isPolitical: true, overriddenBy: { kind: "block" } });
    const both = scorePolitics(model, text, { keepWords: ["*wahl"], blockWords: ["auswahl"] });
    expect(both.overriddenBy).toEqual({ kind: "block", word: "auswahl" });
  });

  it("phrases match whole words in sequence, case- and NFKC-insensitive", () => {
    const r = scorePolitics(model, "Interview with the PRIME  Minister today", {
      keepWords: ["prime minister"],
    });
    expect(r.overriddenBy?.kind).toBe("keep");
    expect(
      scorePolitics(model, "the primeminister", { keepWords: ["prime minister"] }).overriddenBy,
    ).toBeUndefined();
  });
});

describe("previewOverrides", () => {
  it("lists what a new setting would hide and unhide", () => {
    const items = [
      { id: "a", text: "Neue Sanktionen gegen Russland beschlossen" },
      { id: "b", text: "Die SPD gewinnt die Landtagswahl" },
      { id: "c", text: "Our new travel policy is live" },
    ];
    const stricter = previewOverrides(model, items, {}, { strictness: "strict" });
    expect(stricter.hide.map((x) => x.id)).toEqual(["a"]);
    expect(stricter.unhide).toEqual([]);
    expect(stricter.hiddenAfter).toBe(stricter.hiddenBefore + 1);
    const keep = previewOverrides(model, items, {}, { keepWords: ["spd"] });
    expect(keep.unhide).toEqual([
      expect.objectContaining({ id: "b", overriddenBy: { kind: "keep", word: "spd" } }),
    ]);
  });
});
