import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TellerrandError } from "../../../src/domain/errors.js";
import { parseOpml, writeOpml } from "../../../src/integrations/feeds/opml.js";

describe("parseOpml", () => {
  it("turns nested folders and categories into tags and reports unusable outlines by line", () => {
    const doc = parseOpml(
      Buffer.from(`<?xml version="1.0"?>
<opml version="2.0"><head><title>Mine &amp; yours</title></head><body>
  <outline text="Tech"><outline title="Go">
    <outline type="rss" text="A &quot;blog&quot;" xmlUrl="https://a.example/feed?x=1&amp;y=2" category="/news,/Go"/>
  </outline></outline>
  <!-- <outline type="rss" text="commented" xmlUrl="https://c.example/"/> -->
  <outline type="rss" text="NoUrl"/>
  <outline type="rss" text="Evil" xmlUrl="file:///etc/passwd"/>
</body></opml>`),
    );
    expect(doc.title).toBe("Mine & yours");
    expect(doc.feeds).toEqual([
      {
        url: "https://a.example/feed?x=1&y=2",
        title: 'A "blog"',
        siteUrl: null,
        tags: ["Tech", "Go", "news"],
        kind: null,
        org: null,
      },
    ]);
    expect(doc.skipped).toEqual([
      { line: 7, reason: 'feed outline "NoUrl" has no xmlUrl' },
      { line: 8, reason: 'xmlUrl "file:///etc/passwd" is not an http(s) URL' },
    ]);
  });

  it("never expands DOCTYPE entities and reads ISO-8859-1", () => {
    const xml = `<?xml version="1.0" encoding="ISO-8859-1"?>
<!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd"><!ENTITY lol "lollollol">]>
<opml><body><outline type="rss" text="Caf\xe9 &x; &lol;" xmlUrl="https://a.example/"/></body></opml>`;
    const doc = parseOpml(Buffer.from(xml, "latin1"));
    expect(doc.feeds[0]?.title).toBe("Café &x; &lol;");
  });

  it("refuses a file that is not OPML", () => {
    expect(() => parseOpml(Buffer.from("<rss/>"), "x.xml")).toThrow(TellerrandError);
  });

  it("round-trips what writeOpml writes, escaping markup", () => {
    const feeds = [
      {
        url: "https://a.example/f?a=1&b=<2>",
        title: 'A & "B"',
        siteUrl: "https://a.example/",
        tags: ["z", "a b"],
        kind: "media",
        org: "Ä AG",
      },
      {
        url: "https://c.example/",
        title: null,
        siteUrl: null,
        tags: [],
        kind: "person",
        org: null,
      },
    ];
    const doc = parseOpml(Buffer.from(writeOpml("T\u0001", feeds)));
    expect(doc.skipped).toEqual([]);
    expect(doc.feeds).toEqual(
      expect.arrayContaining([
        {
          url: feeds[0]?.url,
          title: 'A & "B"',
          siteUrl: "https://a.example/",
          tags: ["a b", "z"],
          kind: "media",
          org: "Ä AG",
        },
        {
          url: "https://c.example/",
          title: "https://c.example/",
          siteUrl: null,
          tags: [],
          kind: "person",
          org: null,
        },
      ]),
    );
  });
});

// Reads ../shared/data/feeds/engineering_blogs.opml (a real 400-feed list) when it is present.
const REAL = new URL("../../../../shared/data/feeds/engineering_blogs.opml", import.meta.url)
  .pathname;
describe.skipIf(!existsSync(REAL))("the real engineering_blogs.opml", () => {
  it("yields every feed outline as an http(s) feed tagged with its folder", () => {
    const text = readFileSync(REAL, "utf8");
    const outlines = (text.match(/<outline[^>]*xmlUrl=/g) ?? []).length;
    const doc = parseOpml(readFileSync(REAL), REAL);
    expect(doc.feeds.length + doc.skipped.length).toBe(outlines);
    expect(doc.feeds.length).toBeGreaterThan(390);
    expect(
      doc.feeds.every((f) => /^https?:\/\//.test(f.url) && f.tags.includes("Engineering Blogs")),
    ).toBe(true);
  });
});
