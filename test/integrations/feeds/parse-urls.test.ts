import { describe, expect, it } from "vitest";
import { parseFeed } from "../../../src/integrations/feeds/parse/index.js";
import {
  childBase,
  plainAbsoluteUrl,
  resolveUrl,
} from "../../../src/integrations/feeds/parse/urls.js";
import { mulberry32 as random } from "../../../src/integrations/importers/linkedin/sample/prng.js";

function whatwg(value: string, base?: string): string | null {
  try {
    return new URL(value, base).href;
  } catch {
    return null;
  }
}

describe("plainAbsoluteUrl (fast path for absolute URLs)", () => {
  it("returns canonical absolute http(s) URLs unchanged, adding the empty path's slash", () => {
    for (const url of [
      "https://blog.example/2024/01/post?utm_source=x&b=1#top",
      "http://a.b-c.example/~user/a%20b;p=1/:@!$&()*+,=",
      "https://medium.com/p/125af37d838f?source=rss----d12c403d4976--food",
      "https://www.example.org/a//b/?q=a?b#frag#more",
    ]) {
      expect(plainAbsoluteUrl(url)).toBe(url);
      expect(whatwg(url)).toBe(url);
    }
    expect(plainAbsoluteUrl("https://blog.example")).toBe("https://blog.example/");
  });

  it("leaves to the URL parser everything the parser would rewrite or reject", () => {
    for (const url of [
      "HTTPS://blog.example/a", // scheme case
      "https://Blog.Example/a", // host case
      "https://blog.example:443/a", // default port
      "https://blog.example:8080/a", // any port
      "https://user:pw@blog.example/a", // user info
      "http://127.0.0.1/a", // IPv4
      "http://0x7f.1/a", // IPv4 in hex
      "http://example.123/a", // last label numeric: IPv4 parsing
      "http://[::1]/a", // IPv6
      "https://blog.example./a", // trailing dot
      "https://xn--nxasmq6b.example/a", // punycode, validated by the parser
      "https://blog.example/a/./b", // dot segments
      "https://blog.example/a/../b",
      "https://blog.example/a/%2e%2E/b",
      "https://blog.example/a/..",
      "https://blog.example/a b", // percent-encoded by the parser
      "https://blog.example/a\tb", // removed by the parser
      "https://blog.example/ä",
      'https://blog.example/"q"',
      "https://blog.example/a?x='1'",
      "https://blog.example/a\\b",
      "https://blog.example/{a}|^`[]",
      "https://blog.example?q=1", // no path: parser inserts "/" before "?"
      "https:blog.example/a",
      "http:/blog.example/a",
      "/relative/path",
      "relative",
      "//blog.example/a",
      "?q=1",
      "#frag",
      "mailto:a@b.example",
    ]) {
      expect(plainAbsoluteUrl(url), url).toBeNull();
    }
  });

  it("agrees with new URL() on 30,000 random URL-like strings whenever it answers", () => {
    const next = random(4);
    const pick = (items: readonly string[]) => items[Math.floor(next() * items.length)] ?? "";
    const hostPieces = ["a", "z", "0", "9", "-", ".", "com", "xn--", "Z", "_", "%41", "ä"];
    const safe = ["a", "Z", "0", "-", ".", "_", "~", "/", "?", "#", "%", "%41", ":", "@", "&"];
    const tricky = ["'", '"', " ", "\t", "\\", "%2e", "..", "é", "[", "{", "^", "|", "`", "<"];
    let answered = 0;
    const disagreements: string[] = [];
    for (let i = 0; i < 30_000; i++) {
      let value = next() < 0.5 ? "https://" : next() < 0.9 ? "http://" : "HTTP://";
      if (next() < 0.8) {
        value += `${pick(["a", "0", "b-1", "www.x"])}.${pick(["com", "example", "io", "z9", "a-"])}`;
        if (next() < 0.2) value += pick(hostPieces);
      } else {
        const hostLength = 1 + Math.floor(next() * 6);
        for (let j = 0; j < hostLength; j++) value += pick(hostPieces);
      }
      const pathLength = Math.floor(next() * 12);
      for (let j = 0; j < pathLength; j++) value += next() < 0.9 ? pick(safe) : pick(tricky);
      const fast = plainAbsoluteUrl(value);
      if (fast === null) continue;
      answered++;
      if (fast !== whatwg(value)) disagreements.push(value);
    }
    expect(disagreements).toEqual([]);
    expect(answered).toBeGreaterThan(3000);
  });
});

describe("resolveUrl", () => {
  const base = "https://blog.example/feeds/main.xml?x=1";

  it("resolves relative references exactly as the URL parser does", () => {
    for (const href of ["post", "./post", "../post", "/post", "//cdn.example/a.png", "?q=2"]) {
      expect(resolveUrl(href, base), href).toBe(whatwg(href, base));
    }
    expect(resolveUrl("../a/b", base)).toBe("https://blog.example/a/b");
    expect(resolveUrl("#c", base)).toBe("https://blog.example/feeds/main.xml?x=1#c");
  });

  it("returns absolute URLs whatever the base, normalised when the parser would", () => {
    expect(resolveUrl("https://other.example/a", base)).toBe("https://other.example/a");
    expect(resolveUrl("HTTP://Other.Example:80/a/../b", base)).toBe("http://other.example/b");
    expect(resolveUrl("  https://other.example/a \n", null)).toBe("https://other.example/a");
  });

  it("gives null for empty, blank or unresolvable input", () => {
    expect(resolveUrl(undefined, base)).toBeNull();
    expect(resolveUrl("   ", base)).toBeNull();
    expect(resolveUrl("/relative", null)).toBeNull();
    expect(resolveUrl("http://[bad/", base)).toBeNull();
  });

  it("childBase resolves xml:base against the parent and keeps the parent otherwise", () => {
    expect(childBase("sub/", "https://blog.example/feeds/")).toBe(
      "https://blog.example/feeds/sub/",
    );
    expect(childBase("https://cdn.example/", "https://blog.example/")).toBe("https://cdn.example/");
    expect(childBase(undefined, "https://blog.example/")).toBe("https://blog.example/");
    expect(childBase("", "https://blog.example/")).toBe("https://blog.example/");
    expect(childBase("relative/", null)).toBeNull();
  });
});

describe("links in feeds: absolute, relative and xml:base", () => {
  // feedsmith reads xml:base on <rss> and <item>; on <channel> it is dropped (not ours to fix).
  it("resolves RSS links against the item's xml:base, the document's, then the feed URL", () => {
    const xml = `<?xml version="1.0"?>
      <rss version="2.0" xml:base="https://site.example/blog/">
        <channel>
          <title>t</title><link>index.html</link>
          <item xml:base="2024/"><title>a</title><link>post-a.html</link>
            <enclosure url="../media/a.mp3" type="audio/mpeg" length="5"/></item>
          <item><title>b</title><link>https://Other.Example/b</link>
            <enclosure url="https://cdn.example/b.mp3" type="audio/mpeg" length="5"/></item>
          <item><title>c</title><guid>/posts/c</guid></item>
          <item><title>d</title><guid isPermaLink="false">/posts/d</guid></item>
        </channel>
      </rss>`;
    const feed = parseFeed(Buffer.from(xml), { url: "https://feeds.example/rss" });
    expect(feed.link).toBe("https://site.example/blog/index.html");
    const [a, b, c, d] = feed.items;
    expect(a?.link).toBe("https://site.example/blog/2024/post-a.html");
    expect(a?.enclosures[0]?.url).toBe("https://site.example/blog/media/a.mp3");
    expect(b?.link).toBe("https://other.example/b");
    expect(b?.enclosures[0]?.url).toBe("https://cdn.example/b.mp3");
    expect(c?.link).toBe("https://site.example/posts/c");
    expect(d?.link).toBeNull();
    expect(d?.id).toBe("/posts/d");
  });

  it("resolves Atom links and body links against entry and content xml:base", () => {
    const xml = `<?xml version="1.0"?>
      <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://site.example/">
        <title>t</title><link href="/"/>
        <entry xml:base="/2024/">
          <id>x</id><title>a</title><link href="a.html"/>
          <link rel="enclosure" href="a.mp3" type="audio/mpeg"/>
          <content type="html" xml:base="/img/">&lt;img src="p.png"&gt;&lt;a href="https://x.example/q"&gt;q&lt;/a&gt;</content>
        </entry>
        <entry><id>y</id><title>b</title><link href="https://other.example/b"/></entry>
      </feed>`;
    const feed = parseFeed(Buffer.from(xml), { url: "https://feeds.example/atom" });
    expect(feed.link).toBe("https://site.example/");
    const [a, b] = feed.items;
    expect(a?.link).toBe("https://site.example/2024/a.html");
    expect(a?.enclosures[0]?.url).toBe("https://site.example/2024/a.mp3");
    expect(a?.contentHtml).toContain('src="https://site.example/img/p.png"');
    expect(a?.contentHtml).toContain('href="https://x.example/q"');
    expect(b?.link).toBe("https://other.example/b");
  });
});
