import sanitize from "sanitize-html";

/**
 * Tags an article body may keep. Structure and emphasis only: no forms, no embeds, no media
 * players, no `style` or `class` (a feed must not restyle or overlay our pages).
 */
const ALLOWED_TAGS = [
  ...["p", "br", "hr", "div", "span", "blockquote", "pre", "code", "kbd", "samp"],
  ...["h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd"],
  ...["a", "img", "figure", "figcaption", "b", "strong", "i", "em", "u", "s", "del", "ins"],
  ...["sub", "sup", "small", "mark", "abbr", "cite", "q", "time"],
  ...["table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption"],
];

const OPTIONS: sanitize.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    a: ["href", "title", "rel"],
    img: ["src", "alt", "title", "width", "height"],
    abbr: ["title"],
    time: ["datetime"],
    ol: ["start"],
    td: ["colspan", "rowspan"],
    th: ["colspan", "rowspan"],
  },
  // No data: at all, not even data:image — an SVG data URL is script when opened on its own,
  // and feeds that inline images that way are rare enough to lose the image.
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowedSchemesAppliedToAttributes: ["href", "src", "cite"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // Contents of these are code or chrome, never article text.
  nonTextTags: [
    "script",
    "style",
    "textarea",
    "option",
    "noscript",
    "template",
    "iframe",
    "object",
  ],
};

/**
 * Makes feed HTML safe to show on a page of ours: an allow-list of tags and attributes, no
 * `<script>`/`<style>`/`<iframe>`, no `on*` handlers, only http(s)/mailto URLs (so no
 * `javascript:`, `vbscript:` or `data:`), relative URLs made absolute against `baseUrl`, and
 * every link marked `rel="noopener noreferrer nofollow"`.
 *
 * @example
 * sanitizeFeedHtml('<a href="/x" onclick="evil()">x</a><script>evil()</script>', "https://ex.org/");
 * // '<a href="https://ex.org/x" rel="noopener noreferrer nofollow">x</a>'
 */
export function sanitizeFeedHtml(html: string, baseUrl: string | null): string {
  const absolute = (value: string | undefined): string | undefined =>
    value === undefined ? undefined : absolutise(value, baseUrl);
  return sanitize(html, {
    ...OPTIONS,
    transformTags: {
      a: (tagName, attribs) => ({
        tagName,
        attribs: withDefined({
          href: absolute(attribs.href),
          title: attribs.title,
          rel: "noopener noreferrer nofollow",
        }),
      }),
      img: (tagName, attribs) => ({
        tagName,
        attribs: withDefined({ ...attribs, src: absolute(attribs.src) }),
      }),
    },
  }).trim();
}

/**
 * Resolves a URL against a base. Unparseable values are returned unchanged so that the scheme
 * allow-list still sees (and drops) them; it never turns a bad URL into a good-looking one.
 */
function absolutise(value: string, baseUrl: string | null): string {
  try {
    return new URL(value.trim(), baseUrl ?? undefined).href;
  } catch {
    return value;
  }
}

function withDefined(attribs: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(attribs)) if (value !== undefined) out[key] = value;
  return out;
}
