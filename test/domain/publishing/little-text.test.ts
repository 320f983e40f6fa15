import { describe, expect, it } from "vitest";
import { escapeLittleText, LITTLE_RESERVED } from "../../../src/domain/publishing/little-text.js";

describe("LinkedIn little text escaping", () => {
  it("escapes every reserved character", () => {
    const all = [...LITTLE_RESERVED].join(" ");
    expect(escapeLittleText(all)).toBe([...LITTLE_RESERVED].map((c) => `\\${c}`).join(" "));
    expect(LITTLE_RESERVED.size).toBe(15);
  });

  it("keeps meant hashtags live, escapes the rest", () => {
    expect(escapeLittleText("#DevOps rocks (really) #1 a#b #Straße")).toBe(
      "#DevOps rocks \\(really\\) \\#1 a\\#b #Straße",
    );
  });

  it("leaves URLs intact so LinkedIn links them", () => {
    expect(escapeLittleText("see https://example.com/a_(b)?q=1#frag now_")).toBe(
      "see https://example.com/a_(b)?q=1#frag now\\_",
    );
  });

  it("escapes backslashes first-class (no double meaning)", () => {
    expect(escapeLittleText("C:\\path *bold* ~x~ <tag> [l]{b}|p @me")).toBe(
      "C:\\\\path \\*bold\\* \\~x\\~ \\<tag\\> \\[l\\]\\{b\\}\\|p \\@me",
    );
  });
});
