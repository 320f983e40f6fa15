/**
 * The one-pass renderer (safe HTML + text). The corpus part reads the shared corpus
 * /work/shared/data/feeds/rss-parser-fixtures and skips when it is absent: every real body must
 * come out free of anything that can run script, and our text must match what sanitize-html
 * (the library this renderer replaced, still a dev reference) keeps as text.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFeed as feedsmithParse } from "feedsmith";
import sanitizeHtml from "sanitize-html";
import { describe, expect, it } from "vitest";
import {
  htmlToText,
  renderFeedHtml,
  sanitizeFeedHtml,
} from "../../../src/integrations/feeds/sanitize/index.js";

const BASE = "https://blog.example/posts/1";
const DANGER =
  /<script|<style|<iframe|<svg|<object|<embed|<form|<input|<meta|<link|<base|\son\w+\s*=|javascript:|vbscript:|data:|expression\(|style=/i;

describe("renderFeedHtml", () => {
  it("gives the same text in the full and the text-only pass", () => {
    const html = '<h2>T</h2><p>a <a href="/x">b</a><br>c<script>d</script></p><ul><li>e</li></ul>';
    const full = renderFeedHtml(html, BASE);
    expect(full.text).toBe("T\na b\nc\ne");
    expect(renderFeedHtml(html, BASE, false)).toEqual({ html: "", text: full.text });
    expect(htmlToText(html)).toBe(full.text);
  });

  it("skips parsing plain text but still escapes it", () => {
    expect(renderFeedHtml("  a > b\n\n c  ", BASE)).toEqual({
      html: "a &gt; b\n\n c",
      text: "a > b\nc",
    });
  });

  it("re-escapes decoded text so entities never turn into markup", () => {
    const out = renderFeedHtml("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;</p>", BASE);
    expect(out.html).toBe("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;</p>");
    expect(out.text).toBe("<script>alert(1)</script> &amp;");
  });

  it("drops the content of code and chrome elements, keeps the text of unknown ones", () => {
    const out = renderFeedHtml(
      "<section>keep<noscript><p>no</p></noscript><textarea>no</textarea><svg><text>no</text></svg></section>",
      BASE,
    );
    expect(out).toEqual({ html: "keep", text: "keep" });
  });

  it("drops URLs that do not resolve or resolve to other schemes", () => {
    expect(
      sanitizeFeedHtml('<a href="http://[::1">x</a><img src="mailto:a@b.example">', BASE),
    ).toBe('<a rel="noopener noreferrer nofollow">x</a><img />');
    expect(sanitizeFeedHtml('<a href="/rel">x</a>', null)).toBe(
      '<a rel="noopener noreferrer nofollow">x</a>',
    );
    expect(sanitizeFeedHtml('<a href="//evil.example/x">x</a>', "file:///tmp/f.xml")).toBe(
      '<a rel="noopener noreferrer nofollow">x</a>',
    );
  });

  it("keeps allowed attributes only, escaped, and closes what it opened", () => {
    expect(
      sanitizeFeedHtml(
        '<p><abbr title="a&quot;b" class="c">x</abbr><td colspan="2" style="x">',
        BASE,
      ),
    ).toBe('<p><abbr title="a&quot;b">x</abbr><td colspan="2"></td></p>');
    expect(sanitizeFeedHtml("<b><i>x</b>y", BASE)).toBe("<b><i>x</i></b>y");
  });

  it("starts clean after a previous input left elements open", () => {
    renderFeedHtml("<script>unterminated", BASE);
    expect(renderFeedHtml("<p>next</p>", BASE).html).toBe("<p>next</p>");
  });
});

const CORPUS = "/work/shared/data/feeds/rss-parser-fixtures/input";

function corpusBodies(): string[] {
  const out: string[] = [];
  for (const name of readdirSync(CORPUS)) {
    try {
      const { feed } = feedsmithParse(readFileSync(join(CORPUS, name), "utf8")) as {
        feed: { items?: Record<string, unknown>[]; entries?: Record<string, unknown>[] };
      };
      for (const item of feed.items ?? feed.entries ?? []) {
        const content = item.content as { encoded?: unknown; value?: unknown } | undefined;
        const summary = item.summary as { value?: unknown } | undefined;
        for (const v of [item.description, content?.encoded, content?.value, summary?.value]) {
          if (typeof v === "string") out.push(v);
        }
      }
    } catch {}
  }
  return out;
}

describe.skipIf(!existsSync(CORPUS))("renderFeedHtml on the real corpus", () => {
  const bodies = existsSync(CORPUS) ? corpusBodies() : [];

  it("never lets anything that runs script through", () => {
    expect(bodies.length).toBeGreaterThan(500);
    for (const body of bodies) expect(sanitizeFeedHtml(body, BASE)).not.toMatch(DANGER);
  });

  it("keeps the same text as sanitize-html, apart from line breaks between blocks", () => {
    const joined = (s: string) => s.replace(/\s+/g, "");
    for (const body of bodies) {
      const theirs = decode(sanitizeHtml(body, { allowedTags: [], allowedAttributes: {} }));
      expect(joined(renderFeedHtml(body, BASE).text)).toBe(joined(theirs));
    }
  });
});

/** sanitize-html's text output is escaped HTML; read it back as text. */
function decode(text: string): string {
  return htmlToText(text.replace(/</g, "&lt;"));
}
