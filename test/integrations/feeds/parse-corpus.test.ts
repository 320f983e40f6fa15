/**
 * Reads the shared corpus /work/shared/data/feeds/rss-parser-fixtures (31 real feeds with the
 * output rss-parser gives) and compares titles, links, item counts and dates with ours.
 * Skips when the folder is absent. Known, intended differences are normalised, not ignored:
 * links are compared after URL resolution (we resolve relative links and trim whitespace),
 * and where rss-parser's text holds U+FFFD (it read Latin-1 as UTF-8) ours must hold none.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { plainText } from "../../../src/integrations/feeds/parse/fields.js";
import { parseFeed } from "../../../src/integrations/feeds/parse/index.js";

const ROOT = "../shared/data/feeds/rss-parser-fixtures";
const CORPUS = [join(process.cwd(), ROOT), "/work/shared/data/feeds/rss-parser-fixtures"].find(
  (p) => existsSync(join(p, "input")),
);

interface TheirItem {
  title?: string;
  link?: string;
  isoDate?: string;
}

function sameUrl(theirs: string | undefined, ours: string | null, base: string): boolean {
  if (!theirs?.trim()) return ours === null;
  return new URL(theirs.trim(), base).href === ours;
}

function sameText(theirs: string | undefined, ours: string | null): boolean {
  if (theirs?.includes("\uFFFD")) return ours !== null && !ours.includes("\uFFFD");
  return plainText(theirs ?? null) === ours;
}

const cases = CORPUS
  ? readdirSync(join(CORPUS, "input"))
      .map((name) => ({ name, output: join(CORPUS, "output", name.replace(/\.\w+$/, ".json")) }))
      .filter((c) => existsSync(c.output))
  : [];

describe.skipIf(!CORPUS)("rss-parser corpus", () => {
  it.each(cases)(
    "$name matches rss-parser's titles, links, counts and dates",
    ({ name, output }) => {
      const base = `https://fixture.test/${name}`;
      const ours = parseFeed(readFileSync(join(CORPUS ?? "", "input", name)), { url: base });
      const theirs = JSON.parse(readFileSync(output, "utf8")).feed as {
        title?: string;
        link?: string;
        items: TheirItem[];
      };
      expect(sameText(theirs.title, ours.title), `feed title of ${name}`).toBe(true);
      expect(sameUrl(theirs.link, ours.link, base), `feed link of ${name}`).toBe(true);
      // rss-parser keeps an entry with no element at all as {}; such an entry is no article.
      const theirItems = theirs.items.filter((item) => Object.keys(item).length > 0);
      expect(ours.items).toHaveLength(theirItems.length);
      theirItems.forEach((item, i) => {
        const mine = ours.items[i];
        expect(sameText(item.title, mine?.title ?? null), `title of item ${i}`).toBe(true);
        expect(sameUrl(item.link, mine?.link ?? null, base), `link of item ${i}`).toBe(true);
        if (item.isoDate)
          expect(mine?.published ?? mine?.updated).toBe(new Date(item.isoDate).toISOString());
      });
    },
  );

  it("refuses the corpus's HTML page that is no feed", () => {
    const path = join(CORPUS ?? "", "input", "unrecognized.rss");
    expect(() => parseFeed(readFileSync(path), { url: "https://fixture.test/u" })).toThrow(
      /not an RSS, Atom or JSON feed/,
    );
  });
});
