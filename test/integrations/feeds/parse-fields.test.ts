import { describe, expect, it } from "vitest";
import {
  DistinctTexts,
  EnclosureList,
  htmlBody,
  oneLine,
  plainText,
  textBody,
} from "../../../src/integrations/feeds/parse/fields.js";
import { parseFeed, stripDoctype } from "../../../src/integrations/feeds/parse/index.js";
import { bodies } from "../../../src/integrations/feeds/parse/map-rss.js";
import { htmlToText } from "../../../src/integrations/feeds/sanitize/render.js";
import { tidy } from "../../../src/integrations/feeds/sanitize/text.js";

/** The one-line reading before the fast paths: every `<` or `&` went through the HTML parser. */
function parsedLine(value: string): string | null {
  const text = /[<&]/.test(value) ? htmlToText(value) : value;
  const line = tidy(text).replace(/\n/g, " ");
  return line === "" ? null : line;
}

describe("one-line text fast paths", () => {
  it("reads a bare & as text without the HTML parser, and entities still as entities", () => {
    expect(plainText("Q & A")).toBe("Q & A");
    expect(plainText("AT&T &amp; friends")).toBe("AT&T & friends");
    expect(plainText("&#8220;quoted&#8221;")).toBe("“quoted”");
    expect(plainText("&copy 2024")).toBe("© 2024");
    expect(plainText("a <b>bold</b>\n title")).toBe("a bold title");
  });

  it("gives the same line as a full HTML parse for any mix of &, spaces and breaks", () => {
    const parts = ["a", "&", " & ", "&;", "&&", "& ", "&#", "&amp", "&x", " ", "  ", "\t", "\n"];
    parts.push("\u00a0", "\u200b", "\u3000", "é", ";", "#", "1", "&1", "<", "<b>", "</b>", "'");
    let seed = 3;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const disagreements: string[] = [];
    for (let i = 0; i < 5000; i++) {
      let value = "";
      const length = Math.floor(next() * 8);
      for (let j = 0; j < length; j++) value += parts[Math.floor(next() * parts.length)];
      if (plainText(value) !== parsedLine(value)) disagreements.push(JSON.stringify(value));
      const literal = tidy(value).replace(/\n/g, " ") || null;
      if (oneLine(value) !== literal) disagreements.push(`oneLine ${JSON.stringify(value)}`);
    }
    expect(disagreements).toEqual([]);
  });
});

describe("bodies", () => {
  it("renders a summary identical to the content once and reuses its text", () => {
    const html = '<p>Same <a href="/x">body</a></p>';
    const content = htmlBody(html, "https://blog.example/");
    const summary = htmlBody(html, "https://blog.example/");
    expect(summary?.sameAs(content as NonNullable<typeof content>)).toBe(true);
    expect(bodies(summary, content)).toEqual({
      summaryText: "Same body",
      contentText: "Same body",
      contentHtml:
        '<p>Same <a href="https://blog.example/x" rel="noopener noreferrer nofollow">body</a></p>',
    });
  });

  it("renders each body when they differ in text, base or kind", () => {
    const content = htmlBody("<p>Long &amp; full</p>", "https://a.example/");
    if (content === null) throw new Error("no body");
    expect(htmlBody("<p>Long &amp; full</p>", "https://b.example/")?.sameAs(content)).toBe(false);
    expect(textBody("<p>Long &amp; full</p>")?.sameAs(content)).toBe(false);
    expect(bodies(textBody("Short <b>"), content)).toEqual({
      summaryText: "Short <b>",
      contentText: "Long & full",
      contentHtml: "<p>Long &amp; full</p>",
    });
    expect(bodies(htmlBody("<i>only</i>", null), null)).toEqual({
      summaryText: "only",
      contentText: null,
      contentHtml: "<i>only</i>",
    });
  });

  it("keeps summary and content apart in a parsed feed, sharing only identical ones", () => {
    const xml = `<?xml version="1.0"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
        <title>t</title>
        <item><title>same</title><description><![CDATA[<p>Body</p>]]></description>
          <content:encoded><![CDATA[<p>Body</p>]]></content:encoded></item>
        <item><title>diff</title><description>Teaser</description>
          <content:encoded><![CDATA[<p>Full text</p>]]></content:encoded></item>
      </channel></rss>`;
    const [same, diff] = parseFeed(Buffer.from(xml), { url: "https://x.example/" }).items;
    expect([same?.summaryText, same?.contentText, same?.contentHtml]).toEqual([
      "Body",
      "Body",
      "<p>Body</p>",
    ]);
    expect([diff?.summaryText, diff?.contentText, diff?.contentHtml]).toEqual([
      "Teaser",
      "Full text",
      "<p>Full text</p>",
    ]);
  });
});

describe("collectors", () => {
  it("DistinctTexts keeps first-seen order and stays distinct past the scan limit", () => {
    const texts = new DistinctTexts();
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 100; i++) texts.add(i % 2 === 0 ? ` tag ${i} ` : `tag&#32;${i}`);
    }
    texts.addAll([null, undefined, "", "  "]);
    expect(texts.list).toHaveLength(100);
    expect(texts.list.slice(0, 3)).toEqual(["tag 0", "tag 1", "tag 2"]);
  });

  it("EnclosureList resolves, filters and de-duplicates past the scan limit", () => {
    const list = new EnclosureList("https://cdn.example/pod/");
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 50; i++) list.add(`ep${i}.mp3`, " audio/mpeg ", String(i));
    }
    list.add("javascript:alert(1)", null, null);
    list.add("https://cdn.example/pod/ep0.mp3", "other", 9);
    expect(list.list).toHaveLength(50);
    expect(list.list[0]).toEqual({
      url: "https://cdn.example/pod/ep0.mp3",
      type: "audio/mpeg",
      length: null,
    });
    expect(list.list[7]).toEqual({
      url: "https://cdn.example/pod/ep7.mp3",
      type: "audio/mpeg",
      length: 7,
    });
  });
});

describe("stripDoctype search", () => {
  it("finds the declaration in any letter case, after CDATA and comments, and only there", () => {
    const doc =
      '<?xml version="1.0"?><!-- c --><!dOcTyPe r [<!ENTITY a "b">]><r><![CDATA[x]]>&a;</r>';
    expect(stripDoctype(doc)).toBe('<?xml version="1.0"?><!-- c --><r><![CDATA[x]]>&a;</r>');
    const late = '<r><![CDATA[<!DOCTYP]]></r><!DOCTYPE x SYSTEM "file:///etc/passwd"><!';
    expect(stripDoctype(late)).toBe("<r><![CDATA[<!DOCTYP]]></r><!");
    expect(stripDoctype("<r>&lt;!DOCTYPE</r>")).toBe("<r>&lt;!DOCTYPE</r>");
  });
});
