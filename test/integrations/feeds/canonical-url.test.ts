import { describe, expect, it } from "vitest";
import { canonicalUrl, contentHash } from "../../../src/integrations/feeds/canonical-url.js";

describe("canonicalUrl", () => {
  it.each([
    ["HTTPS://Example.COM:443/a?utm_source=x&b=2&a=1#top", "https://example.com/a?a=1&b=2"],
    ["http://example.com:80/", "http://example.com/"],
    ["http://example.com:8080/x", "http://example.com:8080/x"],
    ["https://ex.org/p?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&igshid=5&ref_src=6", "https://ex.org/p"],
    [
      "https://ex.org/p?_hsenc=a&_hsmi=b&yclid=c&msclkid=d&UTM_Medium=e&id=9",
      "https://ex.org/p?id=9",
    ],
    ["https://ex.org/p?", "https://ex.org/p"],
    ["https://ex.org/p?&&b=1&", "https://ex.org/p?b=1"],
    ["https://ex.org/p?q=a%20b&q=c", "https://ex.org/p?q=a%20b&q=c"],
    ["https://ex.org/Path/Case", "https://ex.org/Path/Case"],
  ])("%s → %s", (input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });

  it("refuses what is not an absolute URL", () => {
    expect(() => canonicalUrl("/relative")).toThrow(/not an absolute URL/);
  });
});

describe("contentHash", () => {
  it("ignores case, punctuation, whitespace and compatibility forms", () => {
    expect(contentHash("Hello, World", "Some  text.")).toBe(
      contentHash("hello world", "some text"),
    );
    expect(contentHash("ﬁne", null)).toBe(contentHash("fine", ""));
  });

  it("differs when the words differ", () => {
    expect(contentHash("Hello", "a")).not.toBe(contentHash("Hello", "b"));
    expect(contentHash("ab", "c")).not.toBe(contentHash("a", "bc"));
  });
});
