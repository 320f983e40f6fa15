/**
 * The renderer's fast paths (URLs without `new URL()`, a text built nearly tidy, `tidy` skipped
 * when the text is already tidy) must give exactly what the plain algorithm gives: the reference
 * in `render-reference.ts` is the renderer as it was before them. Random inputs are generated
 * with a fixed seed, so a failure always reproduces. The corpus part reads the shared corpus
 * /work/shared/data/feeds/rss-parser-fixtures and skips when it is absent.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFeed as feedsmithParse } from "feedsmith";
import { describe, expect, it } from "vitest";
import {
  renderFeedHtml,
  sanitizeFeedHtml,
} from "../../../src/integrations/feeds/sanitize/index.js";
import { isSpace, tidy, tidyFast } from "../../../src/integrations/feeds/sanitize/text.js";
import { mulberry32 as random } from "../../../src/integrations/importers/linkedin/sample/prng.js";
import { renderFeedHtmlReference } from "./render-reference.js";

const pick = <T>(next: () => number, xs: readonly T[]): T =>
  xs[Math.floor(next() * xs.length)] as T;

const SPACES = [" ", "  ", "\n", "\t", "\r\n", "\u00a0", "\u200b", "\u3000", "\ufeff", "\f", "\v"];
const WORDS = [
  "a",
  "Tellerrand",
  "über",
  "x.y",
  "&amp;",
  "&nbsp;",
  "&#x200b;",
  "&#12288;",
  "&lt;b&gt;",
];
const URLS = [
  ...["https://blog.example/a?b=1#c", "http://blog.example", "https://Blog.Example/A", "/rel"],
  ...["rel/x y", "//other.example/p", "https://1.2.3.4/", "https://ex.org:8443/p", "#frag"],
  ...[
    "javascript:alert(1)",
    "java&#x0A;script:alert(1)",
    " JavaScript:x",
    "data:image/png;base64,AA",
  ],
  ...["vbscript:x", "mailto:a@b.example", "https://ex.org/a/../b", "https://ex.org/%2e/x"],
  ...["https://xn--bcher-kva.example/", "https://ex.org/ä", "http://[::1", "https://ex.org/a\tb"],
  ...['https://ex.org/"onmouseover="x', "https://user@ex.org/", "HTTPS://ex.org/", ""],
];
const TAGS = ["p", "div", "br", "span", "b", "li", "ul", "pre", "td", "section", "h2", "x-custom"];
const SKIPPED = ["script", "style", "svg", "iframe", "noscript"];

/** A random fragment of feed-like HTML: blocks, inline tags, links, images, odd whitespace. */
function randomHtml(next: () => number): string {
  let out = "";
  const parts = 1 + Math.floor(next() * 14);
  for (let i = 0; i < parts; i++) {
    const r = next();
    if (r < 0.25) out += pick(next, WORDS);
    else if (r < 0.45) out += pick(next, SPACES);
    else if (r < 0.6) out += `<${pick(next, TAGS)}${next() < 0.2 ? ' onclick="x()"' : ""}>`;
    else if (r < 0.72) out += `</${pick(next, TAGS)}>`;
    else if (r < 0.82) out += `<a href="${pick(next, URLS)}" title="t">${pick(next, WORDS)}</a>`;
    else if (r < 0.88) out += `<img src="${pick(next, URLS)}" alt="${pick(next, WORDS)}">`;
    else if (r < 0.92) {
      const tag = pick(next, SKIPPED);
      out += `<${tag}>${pick(next, WORDS)}</${tag}>`;
    } else out += pick(next, ["<!-- c -->", "<![CDATA[x]]>", "<p", "&", "<br/>", "</"]);
  }
  return out;
}

describe("tidyFast and isSpace", () => {
  it("isSpace is JavaScript's \\s plus the zero-width space, for every UTF-16 unit", () => {
    for (let code = 0; code <= 0xffff; code++) {
      expect(isSpace(code), code.toString(16)).toBe(/[\s\u200b]/.test(String.fromCharCode(code)));
    }
  });

  it("agrees with tidy on 20,000 random strings of letters and odd whitespace", () => {
    const next = random(11);
    let unchanged = 0;
    for (let i = 0; i < 20_000; i++) {
      let text = "";
      const length = Math.floor(next() * 12);
      for (let j = 0; j < length; j++)
        text += next() < 0.5 ? pick(next, ["a", "b"]) : pick(next, SPACES);
      const fast = tidyFast(text);
      expect(fast, JSON.stringify(text)).toBe(tidy(text));
      if (fast === text) unchanged++;
    }
    // Both branches are exercised: already tidy strings and strings that need the passes.
    expect(unchanged).toBeGreaterThan(1000);
    expect(unchanged).toBeLessThan(19_000);
  });
});

describe("renderFeedHtml fast paths", () => {
  it("matches the reference renderer on 20,000 random fragments, bases and modes", () => {
    const next = random(7);
    const bases = ["https://blog.example/posts/1", null, "file:///tmp/f.xml"];
    for (let i = 0; i < 20_000; i++) {
      const html = randomHtml(next);
      const base = pick(next, bases);
      const wantHtml = next() < 0.8;
      const label = JSON.stringify({ html, base, wantHtml });
      expect(renderFeedHtml(html, base, wantHtml), label).toEqual(
        renderFeedHtmlReference(html, base, wantHtml),
      );
    }
  });

  it("keeps plain absolute URLs as they are and still refuses every other scheme", () => {
    const base = "https://blog.example/";
    expect(sanitizeFeedHtml('<a href="https://ex.org/a?b=1&amp;c=2#d">x</a>', base)).toBe(
      '<a href="https://ex.org/a?b=1&amp;c=2#d" rel="noopener noreferrer nofollow">x</a>',
    );
    expect(sanitizeFeedHtml('<img src="http://ex.org">', base)).toBe(
      '<img src="http://ex.org/" />',
    );
    for (const bad of [
      "javascript:alert(1)",
      "java&#x09;script:x",
      "data:text/html,x",
      "vbscript:x",
    ]) {
      expect(sanitizeFeedHtml(`<a href="${bad}">x</a><img src="${bad}">`, base)).toBe(
        '<a rel="noopener noreferrer nofollow">x</a><img />',
      );
    }
  });

  it("writes one line per block with no whitespace at line starts", () => {
    const out = renderFeedHtml("<div>\n  <p>\u00a0 a  b </p>\n\n<p>\u3000c</p>\n</div>", null);
    expect(out.text).toBe("a b\nc");
    expect(renderFeedHtml("<p>a</p><p></p><p> </p><p>b</p>", null).text).toBe("a\nb");
  });
});

const CORPUS = "/work/shared/data/feeds/rss-parser-fixtures/input";

describe.skipIf(!existsSync(CORPUS))("renderFeedHtml fast paths on the real corpus", () => {
  it("gives byte-identical HTML and text to the reference for every body", () => {
    let bodies = 0;
    for (const name of readdirSync(CORPUS)) {
      let items: Record<string, unknown>[] = [];
      try {
        const { feed } = feedsmithParse(readFileSync(join(CORPUS, name), "utf8")) as {
          feed: { items?: Record<string, unknown>[]; entries?: Record<string, unknown>[] };
        };
        items = feed.items ?? feed.entries ?? [];
      } catch {}
      for (const item of items) {
        const content = item.content as { encoded?: unknown; value?: unknown } | undefined;
        const summary = item.summary as { value?: unknown } | undefined;
        for (const v of [item.description, content?.encoded, content?.value, summary?.value]) {
          if (typeof v !== "string") continue;
          bodies++;
          for (const base of [`https://bench.test/${name}`, null]) {
            expect(renderFeedHtml(v, base), name).toEqual(renderFeedHtmlReference(v, base));
          }
        }
      }
    }
    expect(bodies).toBeGreaterThan(500);
  });
});
