/**
 * The renderer before its fast paths, kept verbatim as the reference the fast one must match
 * byte for byte (`sanitize-render-fast.test.ts`): every `href`/`src` through `new URL()`, a
 * `\n` for each block boundary, and the full `tidy` on the text. Test code only.
 */
import { Parser } from "htmlparser2";
import { tidy } from "../../../src/integrations/feeds/sanitize/text.js";

/**
 * Tags an article body may keep. Structure and emphasis only: no forms, no embeds, no media
 * players, no `style` or `class` (a feed must not restyle or overlay our pages).
 */
const ALLOWED_TAGS = new Set([
  ...["p", "br", "hr", "div", "span", "blockquote", "pre", "code", "kbd", "samp"],
  ...["h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd"],
  ...["a", "img", "figure", "figcaption", "b", "strong", "i", "em", "u", "s", "del", "ins"],
  ...["sub", "sup", "small", "mark", "abbr", "cite", "q", "time"],
  ...["table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption"],
]);
/** Allowed tags without content; written as `<br />`. */
const VOID = new Set(["br", "hr", "img"]);
/** Attributes kept per tag; every other attribute (`on*`, `style`, `class`, …) is dropped. */
const ATTRIBUTES: Record<string, readonly string[]> = {
  a: ["href", "title"],
  img: ["src", "alt", "title", "width", "height"],
  abbr: ["title"],
  time: ["datetime"],
  ol: ["start"],
  td: ["colspan", "rowspan"],
  th: ["colspan", "rowspan"],
};
/**
 * URL attributes and the schemes they may use, checked on the URL as the WHATWG parser reads it
 * (after entity decoding, with tabs/newlines/controls removed), so `java&#x0A;script:` is seen
 * as `javascript:`. No `data:` at all: an SVG data URL is script when opened on its own.
 */
const URL_SCHEMES: Record<string, ReadonlySet<string>> = {
  href: new Set(["http:", "https:", "mailto:"]),
  src: new Set(["http:", "https:"]),
};
/** Elements whose whole content is code or chrome, never article text nor safe markup. */
const SKIP = new Set([
  ...["script", "style", "noscript", "template", "iframe", "object", "embed", "svg"],
  ...["textarea", "select", "option", "head", "title"],
]);
/** Elements that start a new line of text when rendered. */
const BLOCK = new Set([
  ...["p", "div", "section", "article", "header", "footer", "aside", "nav", "main", "blockquote"],
  ...["pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table"],
  ...["tr", "thead", "tbody", "tfoot", "caption", "figure", "figcaption", "hr", "address", "br"],
]);

/** Safe HTML and readable text of one HTML fragment. */
interface RenderedHtml {
  /** Allow-listed HTML (empty when only text was asked for). */
  html: string;
  /** Readable text: one line per block, entities decoded, whitespace collapsed. */
  text: string;
}

/** Mutable state of the one parse in progress; the parser is reused (parsing is synchronous). */
const state = {
  html: "",
  text: "",
  wantHtml: true,
  base: null as string | null,
  skipping: 0,
  /** Per open element: whether its start tag was written, so its end tag is written too. */
  written: [] as boolean[],
};

const parser = new Parser(
  {
    onopentag(name, attribs) {
      if (state.skipping > 0 || SKIP.has(name)) {
        state.written.push(false);
        if (SKIP.has(name)) state.skipping++;
        return;
      }
      if (BLOCK.has(name)) state.text += "\n";
      const keep = state.wantHtml && ALLOWED_TAGS.has(name);
      if (keep) state.html += startTag(name, attribs, state.base);
      state.written.push(keep && !VOID.has(name));
    },
    onclosetag(name) {
      const written = state.written.pop() ?? false;
      if (SKIP.has(name)) {
        state.skipping = Math.max(0, state.skipping - 1);
        return;
      }
      if (state.skipping > 0) return;
      if (BLOCK.has(name)) state.text += "\n";
      if (written) state.html += `</${name}>`;
    },
    ontext(text) {
      if (state.skipping > 0) return;
      state.text += text;
      if (state.wantHtml) state.html += escapeText(text);
    },
  },
  { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
);

/**
 * One htmlparser2 pass over feed HTML that yields both the safe HTML for our pages and the
 * readable text. The HTML is written by us from the parse events, never copied from the input:
 * only allow-listed tags and attributes, no `<script>`/`<style>`/`<iframe>`/`<svg>` or their
 * content, no `on*` handlers, `href` only http(s)/mailto and `src` only http(s) after resolving
 * against `baseUrl` (so no `javascript:`, `vbscript:` or `data:`), every link
 * `rel="noopener noreferrer nofollow"`, text re-escaped. Input without `<` or `&` skips the parse.
 *
 * @example
 * renderFeedHtml('<p onclick="x()">Hi <a href="/a">there</a></p>', "https://ex.org/");
 * // { html: '<p>Hi <a href="https://ex.org/a" rel="noopener noreferrer nofollow">there</a></p>',
 * //   text: "Hi there" }
 */
export function renderFeedHtmlReference(
  input: string,
  baseUrl: string | null,
  wantHtml = true,
): RenderedHtml {
  if (!input.includes("<") && !input.includes("&")) {
    return { html: wantHtml ? escapeText(input).trim() : "", text: tidy(input) };
  }
  state.html = "";
  state.text = "";
  state.wantHtml = wantHtml;
  state.base = baseUrl;
  state.skipping = 0;
  state.written.length = 0;
  try {
    parser.parseComplete(input);
    return { html: state.html.trim(), text: tidy(state.text) };
  } finally {
    state.html = "";
    state.text = "";
  }
}

function startTag(name: string, attribs: Record<string, string>, base: string | null): string {
  const allowed = ATTRIBUTES[name];
  let out = `<${name}`;
  if (allowed !== undefined) {
    for (const key of allowed) {
      const raw = attribs[key];
      if (raw === undefined) continue;
      const schemes = URL_SCHEMES[key];
      const value = schemes === undefined ? raw : safeUrl(raw, base, schemes);
      if (value !== null) out += ` ${key}="${escapeAttribute(value)}"`;
    }
  }
  if (name === "a") out += ' rel="noopener noreferrer nofollow"';
  return VOID.has(name) ? `${out} />` : `${out}>`;
}

/** The absolute URL when it parses and its scheme is allowed; null drops the attribute. */
function safeUrl(value: string, base: string | null, schemes: ReadonlySet<string>): string | null {
  let url: URL;
  try {
    url = new URL(value, base ?? undefined);
  } catch {
    return null;
  }
  return schemes.has(url.protocol) ? url.href : null;
}

function escapeText(text: string): string {
  return /[&<>]/.test(text)
    ? text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    : text;
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, "&quot;");
}

/**
 * Reduces HTML to readable plain text: block elements become line breaks (one line per block),
 * entities are decoded, runs of spaces collapse, empty lines go; scripts and styles vanish.
 *
 * @example
 * htmlToText("<p>Hello&nbsp;<b>world</b></p><p>Bye</p>"); // "Hello world\nBye"
 */
export function htmlToTextReference(html: string): string {
  return renderFeedHtmlReference(html, null, false).text;
}
