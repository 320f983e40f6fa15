import { RichText } from "@atproto/api";
import twitter from "twitter-text";
import { describe, expect, it } from "vitest";
import {
  countText,
  graphemeCount,
  mastodonLength,
} from "../../../src/domain/publishing/counters.js";
import { draftText } from "../../../src/domain/publishing/draft-text.js";
import { NETWORK_SPECS, specFor } from "../../../src/domain/publishing/networks.js";

const SAMPLES = [
  "Hello world",
  "Lies das: https://example.com/a/very/long/path/that/goes/on/and/on?with=query&and=more",
  "Ümläute und ß, 日本語のテキスト, emoji 👩‍👩‍👧‍👦🇩🇪 and #hashtags @someone",
  "Zwei Links https://a.example/x und https://b.example/y/z",
];

describe("counters", () => {
  it("X equals twitter-text's weighted length (URLs 23, CJK weight 2)", () => {
    for (const s of SAMPLES) {
      expect(countText(NETWORK_SPECS.x, s).used).toBe(twitter.parseTweet(s).weightedLength);
    }
    expect(countText(NETWORK_SPECS.x, "日本").used).toBe(4);
  });

  it("Bluesky equals @atproto/api RichText graphemes and UTF-8 bytes, the binding one reported", () => {
    for (const s of SAMPLES) {
      const rt = new RichText({ text: s });
      const c = countText(NETWORK_SPECS.bluesky, s);
      expect(c.measures).toEqual([
        { unit: "graphemes", used: rt.graphemeLength, limit: 300 },
        { unit: "bytes", used: rt.length, limit: 3000 },
      ]);
    }
    // 300 family emoji: 300 graphemes but 7,500 bytes: bytes bind.
    const heavy = countText(NETWORK_SPECS.bluesky, "👩‍👩‍👧‍👦".repeat(300));
    expect(heavy).toMatchObject({ unit: "bytes", used: 7500, ok: false });
  });

  it("Mastodon counts graphemes, URLs as 23 and remote mentions by user part", () => {
    expect(mastodonLength("👩‍👩‍👧‍👦🇩🇪")).toBe(2);
    expect(mastodonLength(`see https://example.com/${"x".repeat(100)}`)).toBe(4 + 23);
    expect(mastodonLength("hi @alice@very.long.instance.example")).toBe(9);
    expect(countText(specFor("mastodon", { maxLength: 11 }), "x".repeat(12))).toMatchObject({
      remaining: -1,
      ok: false,
    });
  });

  it("counts graphemes with Intl.Segmenter", () => {
    expect(graphemeCount("e\u0301")).toBe(1);
  });
});

describe("draft text", () => {
  const source = {
    comment: "",
    url: "https://blog.example/post",
    title: "A title",
    description: null,
    imageUrl: null,
  };

  it("puts the link in the text only where the network shows it there", () => {
    expect(draftText(NETWORK_SPECS.x, source)).toBe("A title\n\nhttps://blog.example/post");
    expect(draftText(NETWORK_SPECS.linkedin, source)).toBe("A title");
  });

  it("cuts a long comment at a grapheme boundary with an ellipsis, never the link", () => {
    const long = { ...source, comment: "🇩🇪 ".repeat(400) };
    for (const n of ["x", "bluesky", "mastodon"] as const) {
      const text = draftText(NETWORK_SPECS[n], long);
      const c = countText(NETWORK_SPECS[n], text);
      expect(c.ok).toBe(true);
      expect(text.endsWith("…\n\nhttps://blog.example/post")).toBe(true);
      expect(text).not.toMatch(/\uD83C(?!\uDDE9|\uDDEA)/); // no flag split in half
    }
  });
});
