import type { AtomFeed, RdfFeed, RssFeed } from "feedsmith";
import type { ParsedFeed, ParsedItem } from "../../../domain/feeds/model.js";
import { parseFeedDate } from "./dates.js";
import {
  type Body,
  childBase,
  distinct,
  enclosures,
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
  const guidLink = guid && item.guid?.isPermaLink !== false ? resolveUrl(guid, base) : null;
  const link =
    resolveUrl(item.link, base) ??
    alternateLink(item.atom?.links, base) ??
    (guidLink && /^https?:/.test(guidLink) ? guidLink : null);
  const summary = htmlBody(item.description, base);
  const content = htmlBody(item.content?.encoded, base);
  return {
    id: guid ?? link,
    title: plainText(item.title ?? item.dc?.titles?.[0]),
    link,
    published: parseFeedDate(item.pubDate ?? item.dc?.dates?.[0] ?? first(item.dcterms?.issued)),
    updated: parseFeedDate(item.atom?.updated ?? first(item.dcterms?.modified)),
    authors: distinct([
      ...(item.authors ?? []).map((person) => person.name ?? person.email),
      ...(item.dc?.creators ?? []),
      item.itunes?.author,
    ]),
    categories: distinct([
      ...(item.categories ?? []).map((c) => c.name),
      ...(item.dc?.subjects ?? []),
    ]),
    ...bodies(summary, content),
    enclosures: enclosures(
      [
        ...(item.enclosures ?? []),
        ...(item.media?.contents ?? []).map((c) => ({
          url: c.url,
          type: c.type,
          length: c.fileSize,
        })),
      ],
      base,
    ),
  };
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
  return {
    id: item.rdf?.about?.trim() || link,
    title: plainText(item.title ?? item.dc?.titles?.[0]),
    link,
    published: parseFeedDate(item.dc?.dates?.[0] ?? first(item.dcterms?.issued)),
    updated: parseFeedDate(first(item.dcterms?.modified)),
    authors: distinct(item.dc?.creators ?? []),
    categories: distinct(item.dc?.subjects ?? []),
    ...bodies(htmlBody(item.description, base), htmlBody(item.content?.encoded, base)),
    enclosures: enclosures(
      (item.media?.contents ?? []).map((c) => ({ url: c.url, type: c.type, length: c.fileSize })),
      base,
    ),
  };
}

/** Content is the full body; without one, the summary's HTML is the best body there is. */
export function bodies(
  summary: Body | null,
  content: Body | null,
): Pick<ParsedItem, "summaryText" | "contentText" | "contentHtml"> {
  return {
    summaryText: summary?.text ?? null,
    contentText: content?.text ?? null,
    contentHtml: content?.html() || summary?.html() || null,
  };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
