/**
 * The product's own feed model: whatever parser library reads the bytes, the rest of Tellerrand
 * only ever sees these types, so the library can be swapped without touching storage or views.
 */

/** The syndication format and version a feed was written in. */
export type FeedFormat =
  | "rss0.9x"
  | "rss1.0"
  | "rss2.0"
  | "atom0.3"
  | "atom1.0"
  | "json1.0"
  | "json1.1";

/** A media file attached to an item (RSS `enclosure`, Atom `link rel="enclosure"`, Media RSS). */
export interface Enclosure {
  /** Absolute URL. */
  url: string;
  type: string | null;
  /** Size in bytes when the feed states it. */
  length: number | null;
}

/** One entry of a feed, normalised. All URLs are absolute, all dates ISO 8601 in UTC. */
export interface ParsedItem {
  id: string | null;
  title: string | null;
  link: string | null;
  /** ISO 8601 UTC (`2024-01-01T10:00:00.000Z`), or null when absent or unreadable. */
  published: string | null;
  updated: string | null;
  authors: string[];
  categories: string[];
  /** Readable text of the summary (RSS `description`, Atom `summary`, JSON `summary`). */
  summaryText: string | null;
  /** Readable text of the full content (`content:encoded`, Atom `content`, JSON `content_*`). */
  contentText: string | null;
  /**
   * Sanitised HTML of the best body the item has: its content, else its summary. Safe to put on
   * a page of ours (no script, no event handlers, no `javascript:` URLs, links absolute).
   */
  contentHtml: string | null;
  enclosures: Enclosure[];
}

/** A whole feed, normalised. */
export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  /** The site the feed belongs to (absolute URL). */
  link: string | null;
  description: string | null;
  language: string | null;
  items: ParsedItem[];
}
