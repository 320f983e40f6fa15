import type { AtomFeed } from "feedsmith";
import type { ParsedFeed, ParsedItem } from "../../../domain/feeds/model.js";
import { parseFeedDate } from "./dates.js";
import {
  type Body,
  childBase,
  distinct,
  enclosures,
  htmlBody,
  oneLine,
  plainText,
  resolveUrl,
  textBody,
} from "./fields.js";
import { bodies } from "./map-rss.js";

type Entry = AtomFeed.Entry<string>;
type Text = AtomFeed.Text | AtomFeed.Content | undefined;

/** Maps Atom 1.0 and 0.3 to our model, honouring `xml:base` on feed, entry and content. */
export function mapAtom(
  feed: AtomFeed.Feed<string>,
  format: ParsedFeed["format"],
  url: string,
): ParsedFeed {
  const base = childBase(feed.xml?.base, url);
  const feedAuthors = (feed.authors ?? []).map((person) => person.name);
  return {
    format,
    title: textOf(feed.title),
    link: pageLink(feed.links, base),
    description: textOf(feed.subtitle),
    language: plainText(feed.xml?.lang ?? feed.dc?.languages?.[0]),
    items: (feed.entries ?? []).map((entry) => mapEntry(entry, base, feedAuthors)),
  };
}

function mapEntry(
  entry: Entry,
  feedBase: string | null,
  feedAuthors: Array<string | undefined>,
): ParsedItem {
  const base = childBase(entry.xml?.base, feedBase);
  const link = pageLink(entry.links, base);
  const authors = distinct([
    ...(entry.authors ?? []).map((p) => p.name),
    ...(entry.dc?.creators ?? []),
  ]);
  return {
    id: entry.id?.trim() || link,
    title: textOf(entry.title),
    link,
    published: parseFeedDate(entry.published ?? entry.dc?.dates?.[0]),
    updated: parseFeedDate(entry.updated),
    // RFC 4287 §4.2.1: an entry without an author inherits the feed's.
    authors: authors.length > 0 ? authors : distinct(feedAuthors),
    categories: distinct((entry.categories ?? []).map((c) => c.label ?? c.term)),
    ...bodies(atomBody(entry.summary, base), atomBody(entry.content, base)),
    enclosures: enclosures(
      [
        ...(entry.links ?? [])
          .filter((l) => l.rel === "enclosure")
          .map((l) => ({ url: l.href, type: l.type, length: l.length })),
        ...(entry.media?.contents ?? []).map((c) => ({
          url: c.url,
          type: c.type,
          length: c.fileSize,
        })),
      ],
      base,
    ),
  };
}

/** `rel="alternate"` (or no rel) preferring HTML, else the first link of any kind. */
function pageLink(links: AtomFeed.Link<string>[] | undefined, base: string | null): string | null {
  const candidates = (links ?? []).filter((l) => !l.rel || l.rel === "alternate");
  const page =
    candidates.find((l) => !l.type || /html/i.test(l.type)) ?? candidates[0] ?? links?.[0];
  return resolveUrl(page?.href, base);
}

function isHtml(text: Text): boolean {
  const type = text?.type?.toLowerCase() ?? "text";
  return type === "html" || type === "xhtml" || type.includes("html");
}

/** Atom text constructs: `type="text"` is literal, `html` is escaped markup, `xhtml` inline. */
function textOf(text: Text): string | null {
  if (!text?.value) return null;
  return isHtml(text) ? plainText(text.value) : oneLine(text.value);
}

function atomBody(text: Text, entryBase: string | null): Body | null {
  if (!text?.value) return null;
  const base = childBase(text.xml?.base, entryBase);
  return isHtml(text) ? htmlBody(text.value, base) : textBody(text.value);
}
