import type { AtomFeed, RdfFeed, RssFeed } from "feedsmith";
import type { ParsedFeed, ParsedItem } from "../../../domain/feeds/model.js";
import { parseFeedDate } from "./dates.js";
import {
  type Body,
  childBase,
  DistinctTexts,
  distinct,
  EnclosureList,
  htmlBody,
  plainText,
  resolveUrl,
} from "./fields.js";

type RssItem = RssFeed.Item<string>;
type RdfItem = RdfFeed.Item<string>;
type AtomLinks = AtomFeed.Link<string>[] | undefined;

/** The page link among Atom links embedded in RSS (`atom:link`), when RSS has none of its own. */
export function alternateLink(links: AtomLinks, base: string | null): string | null {
  const page = links?.find((link) => !link.rel || link.rel === "alternate");
  return resolveUrl(page?.href, base);
}

/** Maps RSS 0.9x/2.0 (and their namespaces) to our model. */
export function mapRss(
  feed: RssFeed.Feed<string>,
  format: ParsedFeed["format"],
  url: string,
): ParsedFeed {
  const base = childBase(feed.xml?.base, url);
  return {
    format,
    title: plainText(feed.title ?? feed.dc?.titles?.[0]),
    link: resolveUrl(feed.link, base) ?? alternateLink(feed.atom?.links, base),
    description: plainText(feed.description),
    language: plainText(feed.language ?? feed.dc?.languages?.[0]),
    items: (feed.items ?? []).map((item) => mapRssItem(item, base)),
  };
}

function mapRssItem(item: RssItem, feedBase: string | null): ParsedItem {
  const base = childBase(item.xml?.base, feedBase);
  const guid = item.guid?.value?.trim() || null;
  const link =
    resolveUrl(item.link, base) ??
    alternateLink(item.atom?.links, base) ??
    guidLink(item, guid, base);
  const authors = new DistinctTexts();
  for (const person of item.authors ?? []) authors.add(person.name ?? person.email);
  authors.addAll(item.dc?.creators);
  authors.add(item.itunes?.author);
  const categories = new DistinctTexts();
  for (const category of item.categories ?? []) categories.add(category.name);
  categories.addAll(item.dc?.subjects);
  const files = new EnclosureList(base);
  for (const e of item.enclosures ?? []) files.add(e.url, e.type, e.length);
  for (const c of item.media?.contents ?? []) files.add(c.url, c.type, c.fileSize);
  const body = bodies(htmlBody(item.description, base), htmlBody(item.content?.encoded, base));
  return {
    id: guid ?? link,
    title: plainText(item.title ?? item.dc?.titles?.[0]),
    link,
    published: parseFeedDate(item.pubDate ?? item.dc?.dates?.[0] ?? first(item.dcterms?.issued)),
    updated: parseFeedDate(item.atom?.updated ?? first(item.dcterms?.modified)),
    authors: authors.list,
    categories: categories.list,
    summaryText: body.summaryText,
    contentText: body.contentText,
    contentHtml: body.contentHtml,
    enclosures: files.list,
  };
}

/** A permalink `guid` stands in for a missing link; resolved only when it is needed. */
function guidLink(item: RssItem, guid: string | null, base: string | null): string | null {
  if (guid === null || item.guid?.isPermaLink === false) return null;
  const url = resolveUrl(guid, base);
  return url !== null && /^https?:/.test(url) ? url : null;
}

/** Maps RSS 1.0 and 0.90 (RDF) to our model. */
export function mapRdf(
  feed: RdfFeed.Feed<string>,
  format: ParsedFeed["format"],
  url: string,
): ParsedFeed {
  const base = childBase(feed.xml?.base, url);
  return {
    format,
    title: plainText(feed.title ?? feed.dc?.titles?.[0]),
    link: resolveUrl(feed.link, base),
    description: plainText(feed.description ?? feed.dc?.descriptions?.[0]),
    language: plainText(feed.dc?.languages?.[0]),
    items: (feed.items ?? []).map((item) => mapRdfItem(item, base)),
  };
}

function mapRdfItem(item: RdfItem, feedBase: string | null): ParsedItem {
  const base = childBase(item.xml?.base, feedBase);
  const link = resolveUrl(item.link, base);
  const files = new EnclosureList(base);
  for (const c of item.media?.contents ?? []) files.add(c.url, c.type, c.fileSize);
  const body = bodies(htmlBody(item.description, base), htmlBody(item.content?.encoded, base));
  return {
    id: item.rdf?.about?.trim() || link,
    title: plainText(item.title ?? item.dc?.titles?.[0]),
    link,
    published: parseFeedDate(item.dc?.dates?.[0] ?? first(item.dcterms?.issued)),
    updated: parseFeedDate(first(item.dcterms?.modified)),
    authors: distinct(item.dc?.creators ?? []),
    categories: distinct(item.dc?.subjects ?? []),
    summaryText: body.summaryText,
    contentText: body.contentText,
    contentHtml: body.contentHtml,
    enclosures: files.list,
  };
}

/**
 * Content is the full body; without one, the summary's HTML is the best body there is. HTML is
 * asked for before text so that each body's text comes from the same pass as its HTML. Many
 * feeds repeat the content as the summary: the same input renders once.
 */
export function bodies(
  summary: Body | null,
  content: Body | null,
): Pick<ParsedItem, "summaryText" | "contentText" | "contentHtml"> {
  const contentHtml = content?.html() ?? summary?.html() ?? null;
  const contentText = content?.text() ?? null;
  const summaryText =
    summary === null ? null : content?.sameAs(summary) ? contentText : summary.text();
  return { summaryText, contentText, contentHtml };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
