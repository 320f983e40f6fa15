import { describe, expect, it } from "vitest";
import { compoundParts, normToken, tokenize } from "../../src/text/tokenize.js";

const kinds = (text: string) => tokenize(text).map((t) => `${t.kind}:${t.text}`);

describe("tokenize", () => {
  it("returns nothing for empty text and punctuation only", () => {
    expect(tokenize("")).toEqual([]);
    expect(tokenize("...!!! ?? — (…)")).toEqual([]);
  });

  it("keeps offsets and normalizes to NFKC lower case", () => {
    const [t] = tokenize("  Ｆｕｌｌwidth");
    expect(t).toEqual({
      text: "Ｆｕｌｌwidth",
      norm: "fullwidth",
      kind: "word",
      start: 2,
      end: 11,
    });
    expect(normToken("Don’t")).toBe("don't");
  });

  it("keeps hashtags and mentions, including Mastodon handles", () => {
    expect(kinds("#Hungry4More mit @jana_b und @jana@mastodon.social")).toEqual([
      "hashtag:#Hungry4More",
      "word:mit",
      "mention:@jana_b",
      "word:und",
      "mention:@jana@mastodon.social",
    ]);
  });

  it("keeps URLs without trailing punctuation and e-mails whole", () => {
    expect(
      kinds("Mehr: https://example.com/a?b=1. Oder (www.tellerrand.de/x), jana.b@firma.de!"),
    ).toEqual([
      "word:Mehr",
      "url:https://example.com/a?b=1",
      "word:Oder",
      "url:www.tellerrand.de/x",
      "email:jana.b@firma.de",
    ]);
    expect(kinds("siehe https://de.wikipedia.org/wiki/Rand_(Begriff).")).toEqual([
      "word:siehe",
      "url:https://de.wikipedia.org/wiki/Rand_(Begriff)",
    ]);
    expect(kinds("tellerrand.de ist online, Node.js nicht")).toEqual([
      "url:tellerrand.de",
      "word:ist",
      "word:online",
      "word:Node",
      "word:js",
      "word:nicht",
    ]);
  });

  it("keeps gendered German forms as one word", () => {
    for (const w of [
      "Entwickler:innen",
      "Entwickler*innen",
      "Entwickler_innen",
      "EntwicklerInnen",
      "Kolleg*in",
    ]) {
      expect(kinds(`Liebe ${w}!`)).toEqual(["word:Liebe", `word:${w}`]);
    }
    // A colon that is not a gender marker still separates.
    expect(kinds("Zeit: 10 Uhr")).toEqual(["word:Zeit", "number:10", "word:Uhr"]);
  });

  it("keeps hyphenated compounds and apostrophes inside words", () => {
    expect(kinds("Networking-Event, don't, geht's, don’t")).toEqual([
      "word:Networking-Event",
      "word:don't",
      "word:geht's",
      "word:don’t",
    ]);
    expect(compoundParts("Networking-Event")).toEqual(["Networking", "Event"]);
    expect(compoundParts("E-Mail-Adresse")).toEqual(["E", "Mail", "Adresse"]);
    expect(compoundParts("Netzwerk")).toEqual(["Netzwerk"]);
  });

  it("reads decimal numbers and alphanumeric words", () => {
    expect(kinds("3,5 Mio. 1.000.000 und 2.0. 5G B2B COVID-19 42")).toEqual([
      "number:3,5",
      "word:Mio",
      "number:1.000.000",
      "word:und",
      "number:2.0",
      "word:5G",
      "word:B2B",
      "word:COVID-19",
      "number:42",
    ]);
  });

  it("keeps emoji sequences (ZWJ, skin tone, flags, keycaps) as single tokens", () => {
    expect(kinds("🎉 👩‍💻 👍🏽 🇩🇪 #️⃣ ❤️")).toEqual([
      "emoji:🎉",
      "emoji:👩‍💻",
      "emoji:👍🏽",
      "emoji:🇩🇪",
      "emoji:#️⃣",
      "emoji:❤️",
    ]);
  });

  it("handles mixed scripts", () => {
    expect(kinds("Привет мир, 你好 und مرحبا café")).toEqual([
      "word:Привет",
      "word:мир",
      "word:你好",
      "word:und",
      "word:مرحبا",
      "word:café",
    ]);
  });

  it("is re-entrant across calls with and without links", () => {
    const a = tokenize("a https://x.de b");
    const b = tokenize("c d");
    expect(a.map((t) => t.kind)).toEqual(["word", "url", "word"]);
    expect(b.map((t) => t.text)).toEqual(["c", "d"]);
  });
});
