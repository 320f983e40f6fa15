import { describe, expect, it } from "vitest";
import { STEM_CACHE_SIZE, stem, stemCacheSize } from "../../src/text/stem.js";
import { isStopword, STOPWORDS_DE, STOPWORDS_EN } from "../../src/text/stopwords/index.js";

describe("stem", () => {
  it("stems gendered German forms like the generic noun", () => {
    const base = stem("Entwickler", "de");
    expect(base).toBe("entwickl");
    for (const w of [
      "Entwickler:innen",
      "Entwickler*innen",
      "Entwickler_innen",
      "EntwicklerInnen",
      "Entwickler/-innen",
      "Entwicklerinnen",
      "Entwicklerin",
      "Entwicklern",
    ]) {
      expect(stem(w, "de"), w).toBe(base);
    }
    expect(stem("Kolleg*innen", "de")).toBe(stem("Kollegen", "de"));
  });

  it("leaves words that merely end in -in/-innen alone", () => {
    expect(stem("Berlin", "de")).toBe("berlin");
    expect(stem("Termin", "de")).toBe("termin");
    expect(stem("gewinnen", "de")).toBe("gewinn");
  });

  it("follows Snowball German and Porter2 English", () => {
    expect(stem("Häuser", "de")).toBe("haus");
    expect(stem("Veranstaltungen", "de")).toBe("veranstalt");
    // Porter2, not Porter (which gives "gener", "dy", "ski").
    expect(stem("generously", "en")).toBe("generous");
    expect(stem("dying", "en")).toBe("die");
    expect(stem("skies", "en")).toBe("sky");
    expect(stem("Networking", "en")).toBe("network");
    expect(stem("meetings", "en")).toBe(stem("meeting", "en"));
  });

  it("keeps its cache bounded", () => {
    for (let i = 0; i < STEM_CACHE_SIZE + 1000; i++) stem(`wort${i}`, "de");
    expect(stemCacheSize("de")).toBeLessThanOrEqual(STEM_CACHE_SIZE);
    expect(stem("wort1", "de")).toBe("wort1");
  });
});

describe("stopwords", () => {
  it("covers function words and spares content words", () => {
    for (const w of ["und", "der", "nicht", "wir", "über"])
      expect(isStopword(w, "de"), w).toBe(true);
    for (const w of ["the", "and", "don't", "we're", "of"])
      expect(isStopword(w, "en"), w).toBe(true);
    for (const w of ["jahr", "zeit", "mensch", "gut", "neu", "netzwerk"]) {
      expect(isStopword(w, "de"), w).toBe(false);
    }
    for (const w of ["information", "work", "new", "world", "best"]) {
      expect(isStopword(w, "en"), w).toBe(false);
    }
    expect(isStopword("und", "fr")).toBe(false);
  });

  it("are short curated lists without duplicates", () => {
    for (const list of [STOPWORDS_DE, STOPWORDS_EN]) {
      expect(list.length).toBeGreaterThanOrEqual(150);
      expect(list.length).toBeLessThanOrEqual(260);
      expect(new Set(list).size).toBe(list.length);
      for (const w of list) expect(w).toBe(w.toLowerCase());
    }
  });
});
