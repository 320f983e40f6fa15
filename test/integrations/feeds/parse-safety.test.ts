import { readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { parseFeed, stripDoctype } from "../../../src/integrations/feeds/parse/index.js";

const FIXTURES = new URL("../../fixtures/feeds/", import.meta.url);
const opts = { url: "https://evil.example/feed.xml" };

describe("XML entity safety", () => {
  it("never reads a local file through an external entity (XXE)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tellerrand-xxe-"));
    const secret = join(dir, "secret.txt");
    await writeFile(secret, "TOP-SECRET-MARKER-4711");
    const xml = `<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "${pathToFileURL(secret).href}">]>
<rss version="2.0"><channel><title>t &xxe;</title>
<item><title>&xxe;</title><description>&xxe;</description><link>https://evil.example/1</link></item>
</channel></rss>`;
    const out = JSON.stringify(parseFeed(Buffer.from(xml), opts));
    expect(out).not.toContain("TOP-SECRET-MARKER-4711");
    expect(out).toContain("&xxe;"); // left as inert text
  });

  it("does not expand /etc/passwd in the XXE fixture", () => {
    const feed = parseFeed(readFileSync(new URL("xxe.xml", FIXTURES)), opts);
    const out = JSON.stringify(feed);
    expect(out).not.toMatch(/root:|\/bin\/(ba)?sh|nologin/);
    expect(feed.title).toBe("XXE &xxe;");
    expect(feed.items).toHaveLength(1);
  });

  it("does not expand nested entities (billion laughs): output stays small", () => {
    // Expanded, &lol9; alone is 10^9 copies of "lol" (3 GB); the whole feed would be ~12 GB.
    const feed = parseFeed(readFileSync(new URL("billion-laughs.xml", FIXTURES)), opts);
    const out = JSON.stringify(feed);
    expect(out.length).toBeLessThan(2_000);
    expect(out).not.toContain("lollollol");
    expect(feed.items[0]?.title).toBe("&lol9;");
  });

  it("does not expand a quadratic-blowup internal entity either", () => {
    const big = "x".repeat(10_000);
    const refs = "&big;".repeat(10_000); // 100 MB if expanded
    const xml = `<!DOCTYPE rss [<!ENTITY big "${big}">]><rss version="2.0"><channel><title>q</title><description>${refs}</description></channel></rss>`;
    const out = JSON.stringify(parseFeed(Buffer.from(xml), opts));
    expect(out.length).toBeLessThan(xml.length);
  });

  it("stripDoctype removes the internal subset, comments and quoted brackets included", () => {
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE r [ <!-- it's ] > --> <!ENTITY a "]>"> ]><r>&a;</r>`;
    expect(stripDoctype(xml)).toBe('<?xml version="1.0"?>\n<r>&a;</r>');
    expect(stripDoctype('<!doctype rss SYSTEM "x.dtd"><rss/>')).toBe("<rss/>");
    expect(stripDoctype("<rss/>")).toBe("<rss/>");
  });
});
