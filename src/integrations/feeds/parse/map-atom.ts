import type { AtomFeed } from "feedsmith";
import type { ParsedFeed, ParsedItem } from "../../../domain/feeds/model.js";
import { parseFeedDate } from "./dates.js";
import {
  type Body,
  childBase,
  DistinctTexts,
  distinct,
  EnclosureList,
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
  const authors = new DistinctTexts();
  for (const person of entry.authors ?? []) authors.add(person.name);
  authors.addAll(entry.dc?.creators);
  const categories = new DistinctTexts();
  for (const category of entry.categories ?? []) categories.add(category.label ?? category.term);
  const files = new EnclosureList(base);
  for (const l of entry.links ?? []) if (l.rel === "enclosure") files.add(l.href, l.type, l.length);
  for (const c of entry.media?.contents ?? []) files.add(c.url, c.type, c.fileSize);
  const body = bodies(atomBody(entry.summary, base), atomBody(entry.content, base));
  return {
    id: entry.id?.trim() || link,
    title: textOf(entry.title),
    link,
    published: parseFeedDate(entry.published ?? entry.dc?.dates?.[0]),
    updated: parseFeedDate(entry.updated),
    // RFC 4287 §4.2.1: an entry without an author inherits the feed's.
    authors: authors.list.length > 0 ? authors.list : distinct(feedAuthors),
    categories: categories.list,
    summaryText: body.summaryText,
    contentText: body.contentText,
    contentHtml: body.contentHtml,
    enclosures: files.list,
  };
}

/** `rel="alternate"` (or no rel) preferring HTML, else the first link of any kind. */
function pageLink(links: AtomFeed.Link<string>[] | undefined, base: string | null): string | null {
  if (links === undefined) return null;
  let firstAlternate: AtomFeed.Link<string> | undefined;
  for (const link of links) {
    if (link.rel && link.rel !== "alternate") continue;
    if (!link.type || /html/i.test(link.type)) return resolveUrl(link.href, base);
    firstAlternate ??= link;
  }
  return resolveUrl((firstAlternate ?? links[0])?.href, base);
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
