import { countText, graphemes } from "./counters.js";
import type { NetworkSpec } from "./networks.js";

/** What a draft is made from: an article (stored or fetched) and/or the person's own words. */
export interface DraftSource {
  /** The person's comment or free text; empty when none. */
  comment: string;
  url: string | null;
  title: string | null;
  description: string | null;
  imageUrl: string | null;
}

const ELLIPSIS = "…";

function assemble(spec: NetworkSpec, body: string, url: string | null): string {
  if (!spec.linkInText || url === null) return body;
  return body === "" ? url : `${body}\n\n${url}`;
}

/**
 * The text of one network's draft: the comment (or else the article title), plus the link where
 * the network shows links in the text. When it does not fit, the body is cut at a grapheme
 * boundary with an ellipsis; the link is never cut.
 *
 * @example
 * draftText(NETWORK_SPECS.x, { comment: "", url: "https://a.example/p", title: "T", description: null, imageUrl: null });
 * // "T\n\nhttps://a.example/p"
 */
export function draftText(spec: NetworkSpec, source: DraftSource): string {
  const body = (source.comment.trim() || source.title?.trim() || "").normalize("NFC");
  const full = assemble(spec, body, source.url);
  if (countText(spec, full).ok) return full;
  const parts = graphemes(body);
  // Binary search for the longest prefix that fits: counting is not linear (URLs, weights).
  let lo = 0;
  let hi = parts.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const candidate = assemble(spec, parts.slice(0, mid).join("").trimEnd() + ELLIPSIS, source.url);
    if (countText(spec, candidate).ok) lo = mid;
    else hi = mid - 1;
  }
  return assemble(
    spec,
    lo === 0 ? "" : parts.slice(0, lo).join("").trimEnd() + ELLIPSIS,
    source.url,
  );
}
