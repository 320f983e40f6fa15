/**
 * Open Graph / Twitter Card metadata of a web page, and card images, fetched through the feed
 * fetcher (the same address guard, redirect limits, timeouts and size caps).
 */
import { Parser } from "htmlparser2";
import { TellerrandError } from "../../domain/errors.js";
import type { CardImage, MetadataFetcher, PageMetadata } from "../../services/publishing/ports.js";
import type { Fetcher } from "../feeds/fetch/types.js";

/** Largest card image we upload (Bluesky's blob limit for an external thumb is 1,000,000 bytes). */
export const MAX_IMAGE_BYTES = 1_000_000;

/**
 * Reads the metadata from a page's HTML: `og:*` first, then `twitter:*`, then `<title>` and
 * `<meta name="description">`. Relative image URLs are resolved against the page URL.
 *
 * @example
 * parsePageMetadata('<meta property="og:title" content="Hi">', "https://a.example/").title; // "Hi"
 */
export function parsePageMetadata(html: string, url: string): PageMetadata {
  const meta = new Map<string, string>();
  let title = "";
  let inTitle = false;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === "title") inTitle = true;
        if (name !== "meta") return;
        const key = (attrs.property ?? attrs.name ?? "").toLowerCase();
        if (key !== "" && attrs.content !== undefined && !meta.has(key))
          meta.set(key, attrs.content.trim());
      },
      ontext(text) {
        if (inTitle) title += text;
      },
      onclosetag(name) {
        if (name === "title") inTitle = false;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const pick = (...keys: string[]) => {
    for (const k of keys) {
      const v = meta.get(k);
      if (v !== undefined && v !== "") return v;
    }
    return null;
  };
  const image = pick(
    "og:image:secure_url",
    "og:image",
    "og:image:url",
    "twitter:image",
    "twitter:image:src",
  );
  let imageUrl: string | null = null;
  if (image !== null) {
    try {
      imageUrl = new URL(image, url).href;
    } catch {
      imageUrl = null;
    }
  }
  return {
    url: pick("og:url") ?? url,
    title: pick("og:title", "twitter:title") ?? (title.trim().replace(/\s+/g, " ") || null),
    description: pick("og:description", "twitter:description", "description"),
    imageUrl,
    siteName: pick("og:site_name"),
  };
}

/**
 * A metadata fetcher over the feed fetcher.
 *
 * @example
 * const meta = openGraphFetcher(createFetcher({ version: "1.0.0" }));
 * const page = await meta.page("https://blog.example/post");
 */
export function openGraphFetcher(fetcher: Fetcher): MetadataFetcher {
  return {
    async page(url) {
      const result = await fetcher.fetch({ url });
      if (result.status !== "ok") {
        const why = result.status === "error" ? result.message : "not modified";
        throw new TellerrandError("bad-input", `cannot fetch ${url}: ${why}`);
      }
      return parsePageMetadata(result.body.toString("utf8"), result.url);
    },
    async image(url): Promise<CardImage | null> {
      const result = await fetcher.fetch({ url });
      if (result.status !== "ok") return null;
      const mimeType = (result.contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
      if (!mimeType.startsWith("image/") || result.body.length > MAX_IMAGE_BYTES) return null;
      return { bytes: result.body, mimeType };
    },
  };
}
