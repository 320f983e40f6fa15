import { readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TellerrandError } from "../../../src/domain/errors.js";
import type { ParsedFeed } from "../../../src/domain/feeds/model.js";
import { parseFeed, parseFeedFile } from "../../../src/integrations/feeds/parse/index.js";

const FIXTURES = new URL("../../fixtures/feeds/", import.meta.url);
const URL_ = "https://example.org/feed.xml";

function parseFixture(name: string, contentType?: string): ParsedFeed {
  return parseFeed(readFileSync(new URL(name, FIXTURES)), {
    url: URL_,
    contentType: contentType ?? null,
  });
}

describe("parseFeed formats", () => {
  it("reads RSS 2.0 with content, authors, categories, enclosures and relative links", () => {
    const feed = parseFixture("rss2.xml");
    expect(feed).toMatchObject({
      format: "rss2.0",
      title: "Nordlicht & Co. Blog",
      link: "https://example.org/blog/",
      language: "de-DE",
    });
    const [first, second, third] = feed.items;
    expect(first).toMatchObject({
      id: "post-1",
      title: "Über den Tellerrand",
      link: "https://example.org/blog/2024/tellerrand?utm_source=rss",
      published: "2024-01-01T18:00:00.000Z",
      authors: ["Jana Beispiel"],
      categories: ["Netzwerk", "Open Data"],
      summaryText: "Short summary with a link.",
      contentText: "Full text.\nSecond paragraph.",
    });
    expect(first?.contentHtml).toBe(
      '<p>Full text.</p><p><img src="https://example.org/img/a.png" /> Second\u00a0paragraph.</p>',
    );
    expect(first?.enclosures).toEqual([
      { url: "https://example.org/media/ep1.mp3", type: "audio/mpeg", length: 12345 },
      { url: "https://cdn.example.org/v.mp4", type: "video/mp4", length: 999 },
    ]);
    // Two-digit year, no seconds, numeric offset.
    expect(second?.published).toBe("2024-01-02T07:30:00.000Z");
    // Without content:encoded the description is the best body there is.
    expect(second?.contentHtml).toBe("Plain &amp; simple");
    expect(second?.contentText).toBeNull();
    // An unreadable date is null, and a permalink guid stands in for the missing link.
    expect(third).toMatchObject({ published: null, link: "https://example.org/blog/third" });
  });

  it("reads RSS 1.0 (RDF) with Dublin Core", () => {
    const feed = parseFixture("rss1.rdf");
    expect(feed).toMatchObject({ format: "rss1.0", title: "RDF Site", language: "en" });
    expect(feed.items[0]).toMatchObject({
      id: "https://example.org/rdf/1",
      authors: ["Ann Author"],
      categories: ["Science"],
      published: "2017-06-15T17:29:47.000Z",
      summaryText: "Item one",
    });
  });

  it("reads Atom 1.0 honouring xml:base on feed, entry and content", () => {
    const feed = parseFixture("atom10.xml");
    expect(feed).toMatchObject({
      format: "atom1.0",
      title: "Atom <Feed>",
      link: "https://example.org/blog/",
      language: "en",
    });
    const [one, two] = feed.items;
    expect(one).toMatchObject({
      id: "urn:uuid:1",
      title: "Entry one",
      link: "https://example.org/blog/posts/2024/one.html",
      published: "2024-03-01T09:00:00.000Z",
      updated: "2024-03-02T10:00:00.000Z",
      authors: ["Entry Author"],
      categories: ["Technology"],
      summaryText: "Literal <tags> stay text",
      contentText: "See the picture.",
      enclosures: [
        { url: "https://example.org/blog/posts/2024/one.mp3", type: "audio/mpeg", length: 42 },
      ],
    });
    expect(one?.contentHtml).toContain('href="https://example.org/assets/pic.png"');
    expect(one?.contentHtml).not.toContain("onclick");
    // Inherits the feed's author and base; the javascript: link loses its href.
    expect(two).toMatchObject({
      authors: ["Feed Author"],
      link: "https://example.org/blog/two.html",
    });
    expect(two?.updated).toBe("2024-03-03T13:00:00.500Z");
    expect(two?.contentHtml).not.toMatch(/javascript/i);
  });

  it("reads Atom 0.3 (issued/modified)", () => {
    const feed = parseFixture("atom03.xml");
    expect(feed.format).toBe("atom0.3");
    expect(feed.items[0]).toMatchObject({
      title: "Old entry",
      link: "https://old.example.org/1",
      published: "2005-01-01T00:00:00.000Z",
      updated: "2005-01-02T00:00:00.000Z",
      summaryText: "Old summary",
    });
  });

  it("reads JSON Feed 1.1 and 1.0", () => {
    const v11 = parseFixture("feed11.json");
    expect(v11).toMatchObject({
      format: "json1.1",
      title: "JSON Blog",
      link: "https://json.example.org/",
    });
    expect(v11.items[0]).toMatchObject({
      id: "1",
      link: "https://example.org/posts/1",
      published: "2024-02-01T09:00:00.000Z",
      authors: ["Jay Son"],
      categories: ["json", "feeds"],
      summaryText: "Short",
      contentText: "Hello",
      enclosures: [{ url: "https://example.org/a.mp3", type: "audio/mpeg", length: 100 }],
    });
    expect(v11.items[0]?.contentHtml).not.toContain("onerror");
    const v10 = parseFixture("feed10.json");
    expect(v10.format).toBe("json1.0");
    expect(v10.items[0]).toMatchObject({
      id: "7",
      authors: ["Legacy Author"],
      contentText: "Just text\nTwo paragraphs",
    });
  });
});

describe("parseFeed encodings", () => {
  it("reads ISO-8859-1 from the XML declaration (as Windows-1252, for the euro sign)", () => {
    const feed = parseFixture("rss091-latin1.xml");
    expect(feed).toMatchObject({
      format: "rss0.9x",
      title: "Café Müller",
      description: "Kaffee für 3 €",
    });
    expect(feed.items[0]?.title).toBe("Grüße „aus“ Köln");
  });

  it("reads UTF-16 LE with a BOM and UTF-16 BE without one", () => {
    for (const name of ["rss2-utf16le-bom.xml", "rss2-utf16be-nobom.xml"]) {
      const feed = parseFixture(name);
      expect(feed.title).toBe("UTF-16 über 日本");
      expect(feed.items[0]?.title).toBe("été 日本語");
    }
  });

  it("takes the HTTP charset when the document declares none", () => {
    expect(
      parseFixture("rss2-no-declaration-latin1.xml", "text/xml; charset=ISO-8859-1").title,
    ).toBe("Header äöü");
  });

  it("falls back to Windows-1252 when nothing is declared and the bytes are not UTF-8", () => {
    const body = Buffer.from(
      '<rss version="2.0"><channel><title>Not\u00edcias \u20ac</title></channel></rss>',
      "latin1",
    );
    body[body.indexOf(0xac)] = 0x80; // the euro sign in Windows-1252
    expect(parseFeed(body, { url: URL_ }).title).toBe("Notícias €");
  });

  it("prefers the HTTP charset over the XML declaration", () => {
    const body = Buffer.from(
      '<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel><title>Ü</title></channel></rss>',
      "utf8",
    );
    expect(
      parseFeed(body, { url: URL_, contentType: "application/rss+xml; charset=utf-8" }).title,
    ).toBe("Ü");
    expect(parseFeed(body, { url: URL_ }).title).toBe("Ãœ");
  });
});

describe("parseFeed errors and files", () => {
  it("refuses a web page with bad-input naming the URL", () => {
    const call = () => parseFixture("not-a-feed.html");
    expect(call).toThrow(TellerrandError);
    expect(call).toThrow(/https:\/\/example\.org\/feed\.xml/);
    expect(() => parseFeed(Buffer.from("{ not json"), { url: URL_ })).toThrow(
      /is not an RSS, Atom or JSON feed/,
    );
    try {
      call();
    } catch (error) {
      expect((error as TellerrandError).code).toBe("bad-input");
    }
  });

  it("parseFeedFile reads a file, with the file URL as base unless given one", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tellerrand-feed-"));
    const path = join(dir, "feed.xml");
    await writeFile(
      path,
      '<rss version="2.0"><channel><title>F</title><item><link>p/1</link></item></channel></rss>',
    );
    expect((await parseFeedFile(path)).items[0]?.link).toBe(`file://${dir}/p/1`);
    expect((await parseFeedFile(path, "https://ex.org/x/feed")).items[0]?.link).toBe(
      "https://ex.org/x/p/1",
    );
    await expect(parseFeedFile(join(dir, "missing.xml"))).rejects.toMatchObject({
      code: "not-found",
    });
  });
});
