import type { ParsedFeed, ParsedItem } from "../../domain/feeds/model.js";
import type { ArticleInput, FeedDeps } from "./ports.js";

/**
 * Turns a parsed feed's items into storable articles: canonical URL, content hash, word count.
 * The parser has already sanitised `contentHtml` and reduced it to `contentText`.
 *
 * @example
 * const articles = toArticles(parsed, deps);
 */
export function toArticles(
  feed: ParsedFeed,
  deps: Pick<FeedDeps, "canonicalUrl" | "contentHash" | "wordCount" | "language">,
): ArticleInput[] {
  return feed.items.map((item) => toArticle(item, deps));
}

function toArticle(
  item: ParsedItem,
  deps: Pick<FeedDeps, "canonicalUrl" | "contentHash" | "wordCount" | "language">,
): ArticleInput {
  const text = item.contentText ?? item.summaryText ?? "";
  const title = item.title ?? "";
  const canonical = item.link === null ? null : safeCanonical(item.link, deps.canonicalUrl);
  // Without a title or text every empty item would hash alike; hash its identity instead so
  // content dedup never merges unrelated items.
  const contentHash =
    title.trim() === "" && text.trim() === ""
      ? deps.contentHash("", `id:${item.id ?? canonical ?? JSON.stringify(item.enclosures)}`)
      : deps.contentHash(title, text);
  return {
    guid: item.id,
    url: item.link,
    canonicalUrl: canonical,
    contentHash,
    title: item.title,
    authors: item.authors,
    categories: item.categories,
    enclosures: item.enclosures,
    publishedAt: item.published,
    updatedAt: item.updated,
    summaryText: item.summaryText,
    contentText: item.contentText,
    contentHtml: item.contentHtml,
    wordCount: text === "" ? 0 : deps.wordCount(text),
    // Title and the start of the text: enough to tell the language, cheap for long articles.
    lang: deps.language(`${title}\n${text.slice(0, 600)}`),
  };
}

function safeCanonical(url: string, canonical: (u: string) => string): string | null {
  try {
    return canonical(url);
  } catch {
    return null;
  }
}
