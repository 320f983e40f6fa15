/**
 * URL resolution for feed fields. Most links in feeds are already absolute `http(s)` URLs in the
 * exact form the WHATWG parser would print, and `new URL()` costs a native parse plus an object
 * per call (thousands per feed). {@link plainAbsoluteUrl} recognises that form with a strict
 * character-level check and returns the input unchanged; everything else (relative references,
 * upper-case hosts, ports, IP addresses, IDNs, dot segments, characters the parser would
 * percent-encode) takes the exact path through `new URL(value, base)`.
 */

/**
 * `http(s)://host/rest` where the WHATWG serialisation is the text itself: lower-case scheme,
 * host of lower-case ASCII labels whose last label starts with a letter (so never an IPv4
 * address, which the parser would rewrite), no user info, no port, and a rest made only of
 * characters that are never percent-encoded nor removed in a path, query or fragment (no
 * space, quotes, `<>`, backtick, braces, `^`, `|`, brackets, backslash, controls, non-ASCII).
 */
const PLAIN_ABSOLUTE =
  /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*(?:\/[A-Za-z0-9\-._~!$&()*+,;=:@/%?#]*)?$/;
/** `.`/`..` segments (also as `%2e`) are removed by the parser, so the text would change. */
const DOT_SEGMENT = /\/(?:\.|%2e)(?:\.|%2e)?(?:[/?#]|$)/i;

/**
 * The input itself when it is an absolute http(s) URL already in WHATWG form (so
 * `new URL(value).href === value`), with `/` appended when the path is empty; else null.
 * Punycode labels (`xn--`) are left to the parser, which validates them.
 *
 * @example
 * plainAbsoluteUrl("https://blog.example/a?b=1#c"); // "https://blog.example/a?b=1#c"
 * plainAbsoluteUrl("https://blog.example");         // "https://blog.example/"
 * plainAbsoluteUrl("HTTPS://Blog.Example/a");       // null (the parser lower-cases it)
 * plainAbsoluteUrl("/a");                           // null (relative)
 */
export function plainAbsoluteUrl(value: string): string | null {
  // "http://" or "https://": checked by char code before any regex runs on relative input.
  if (value.charCodeAt(0) !== 104 || value.charCodeAt(3) !== 112) return null;
  if (!PLAIN_ABSOLUTE.test(value) || DOT_SEGMENT.test(value) || value.includes("xn--")) {
    return null;
  }
  const slash = value.indexOf("/", value.charCodeAt(4) === 115 ? 8 : 7);
  return slash < 0 ? `${value}/` : value;
}

/**
 * Resolves `href` against `base` as the WHATWG URL parser does; null for empty or unparseable
 * input. Absolute URLs already in canonical form are returned without parsing.
 *
 * @example
 * resolveUrl(" /post/1 ", "https://blog.example/feed.xml"); // "https://blog.example/post/1"
 * resolveUrl("https://other.example/x", "https://blog.example/"); // "https://other.example/x"
 */
export function resolveUrl(href: string | null | undefined, base: string | null): string | null {
  if (typeof href !== "string") return null;
  const value = href.trim();
  if (value === "") return null;
  const plain = plainAbsoluteUrl(value);
  if (plain !== null) return plain;
  try {
    return new URL(value, base ?? undefined).href;
  } catch {
    return null;
  }
}

/**
 * A base for descendants: the element's own `xml:base` resolved against the parent's base.
 *
 * @example
 * childBase("posts/", "https://blog.example/feed/"); // "https://blog.example/feed/posts/"
 * childBase(undefined, "https://blog.example/");     // "https://blog.example/"
 */
export function childBase(
  xmlBase: string | null | undefined,
  parent: string | null,
): string | null {
  if (xmlBase === undefined || xmlBase === null) return parent;
  return resolveUrl(xmlBase, parent) ?? parent;
}
