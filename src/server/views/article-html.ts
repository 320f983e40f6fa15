import { raw } from "hono/html";
import type { Translator } from "../i18n/index.js";
import { escapeHtml } from "./escape-html.js";
import type { Html } from "./layout.js";

/**
 * An image exactly as the feed sanitiser writes it (`renderFeedHtml`): only its allow-listed
 * attributes, each double-quoted and already escaped, then ` />`.
 */
const SANITISED_IMG = /<img((?: [a-z]+="[^"]*")*) \/>/g;
const ATTRIBUTE = / ([a-z]+)="([^"]*)"/g;

/**
 * A stored article body for the article view. `contentHtml` was sanitised by the feed parser
 * before it was stored (allow-listed tags and attributes, no scripts or handlers, http(s) URLs
 * only); this only replaces each image from the web by a link to it. The pages promise that
 * nothing leaves the computer, so the Content-Security-Policy allows no third-party loads
 * (`img-src 'self' data:`): an `<img>` would be a broken image and a CSP report in the console,
 * and loading it would tell the feed's server (or its tracking pixel) who reads when.
 *
 * @example
 * articleBody('<p>Hi</p><img src="https://ex.org/a.png" alt="A chart" />', t)
 * // '<p>Hi</p><a href="https://ex.org/a.png" rel="noopener noreferrer nofollow" class="image-link">Image: A chart</a>'
 */
export function articleBody(contentHtml: string, t: Translator): Html {
  const label = escapeHtml(t("feeds.image"));
  return raw(
    contentHtml.replace(SANITISED_IMG, (_whole, attributes: string) => {
      const attrs = new Map([...attributes.matchAll(ATTRIBUTE)].map((m) => [m[1], m[2] ?? ""]));
      const src = attrs.get("src");
      if (src === undefined || !/^https?:\/\//i.test(src)) return "";
      const alt = attrs.get("alt")?.trim() || attrs.get("title")?.trim() || "";
      const text = alt === "" ? label : `${label}: ${alt}`;
      return `<a href="${src}" rel="noopener noreferrer nofollow" class="image-link">${text}</a>`;
    }),
  );
}
