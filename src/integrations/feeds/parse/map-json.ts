import type { JsonFeed } from "feedsmith";
import type { ParsedFeed, ParsedItem } from "../../../domain/feeds/model.js";
import { parseFeedDate } from "./dates.js";
import { distinct, enclosures, htmlBody, plainText, resolveUrl, textBody } from "./fields.js";
import { bodies } from "./map-rss.js";

type Item = JsonFeed.Item<string>;

/** Maps JSON Feed 1.0/1.1 to our model; relative URLs resolve against the feed's URL. */
export function mapJson(feed: JsonFeed.Feed<string>, raw: unknown, url: string): ParsedFeed {
  const version =
    typeof raw === "object" && raw !== null ? (raw as { version?: unknown }).version : null;
  return {
    format: typeof version === "string" && version.includes("/1.1") ? "json1.1" : "json1.0",
    title: plainText(feed.title),
    link: resolveUrl(feed.home_page_url, url),
    description: plainText(feed.description),
    language: plainText(feed.language),
    items: (feed.items ?? []).map((item) => mapItem(item, url)),
  };
}

function mapItem(item: Item, base: string): ParsedItem {
  const link = resolveUrl(item.url, base) ?? resolveUrl(item.external_url, base);
  const content = htmlBody(item.content_html, base) ?? textBody(item.content_text);
  const summary = textBody(item.summary);
  const body = bodies(summary, content);
  return {
    id: item.id === undefined || item.id === null ? link : String(item.id),
    title: plainText(item.title),
    link,
    published: parseFeedDate(item.date_published),
    updated: parseFeedDate(item.date_modified),
    authors: distinct((item.authors ?? []).map((a) => a.name)),
    categories: distinct(item.tags ?? []),
    summaryText: body.summaryText,
    contentText: body.contentText,
    contentHtml: body.contentHtml,
    enclosures: enclosures(
      (item.attachments ?? []).map((a) => ({
        url: a.url,
        type: a.mime_type,
        length: a.size_in_bytes,
      })),
      base,
    ),
  };
}
