import type { Enclosure } from "../../../domain/feeds/model.js";
import { htmlToText, type RenderedHtml, renderFeedHtml } from "../sanitize/render.js";
import { tidy } from "../sanitize/text.js";

export { childBase, resolveUrl } from "./urls.js";

import { resolveUrl } from "./urls.js";

/**
 * Markup worth parsing: a tag, or `&` that can start an entity (`&amp;`, `&#38;`, `&copy`).
 * A bare `&` (as in "Q & A") is text for the HTML parser too, so it needs no parse.
 */
const MARKUP = /<|&[#A-Za-z0-9]/;
/** Anything `tidy` or the line join would change inside a line: odd spaces, breaks, doubles. */
const UNTIDY = /[\t\n\v\f\r\u00a0\u200b]| {2}/;

/** `tidy(text)` on one line, skipping its three passes when the text is already tidy. */
function tidyLine(text: string): string {
  if (!UNTIDY.test(text) && text.trim().length === text.length) return text;
  return tidy(text).replace(/\n/g, " ");
}

/**
 * A one-line text field (title, author, category). Titles often carry escaped HTML
 * (`&lt;b&gt;`, `<sup>`) and entities; both are reduced to text only when present.
 *
 * @example
 * plainText("  Hello &amp; <b>world</b> "); // "Hello & world"
 * plainText("Q & A");                        // "Q & A"
 */
export function plainText(value: string | null | undefined): string | null {
  if (typeof value !== "string") return null;
  const line = tidyLine(MARKUP.test(value) ? htmlToText(value) : value);
  return line === "" ? null : line;
}

/**
 * A literal one-line text (Atom `type="text"`): no markup to interpret, only spaces to tidy.
 *
 * @example
 * oneLine("a <b>\n c"); // "a <b> c"
 */
export function oneLine(value: string | null | undefined): string | null {
  if (typeof value !== "string") return null;
  const line = tidyLine(value);
  return line === "" ? null : line;
}

/**
 * A body field: either HTML (sanitised and reduced to text) or plain text. Both are made on
 * demand and at most once: asking for the HTML renders HTML and text in one pass, asking only
 * for the text skips writing HTML (an item's summary HTML is only needed when it has no content).
 * Classes rather than closures: one small object per body, no function objects per item.
 */
export interface Body {
  html(): string | null;
  text(): string | null;
  /** True when `other` renders to exactly the same output (same kind, text and base). */
  sameAs(other: Body): boolean;
}

class HtmlBody implements Body {
  private full: RenderedHtml | undefined;
  private textOnly: string | undefined;

  constructor(
    readonly value: string,
    readonly base: string | null,
  ) {}

  html(): string | null {
    this.full ??= renderFeedHtml(this.value, this.base);
    return this.full.html || null;
  }

  text(): string | null {
    if (this.full !== undefined) return this.full.text || null;
    this.textOnly ??= renderFeedHtml(this.value, this.base, false).text;
    return this.textOnly || null;
  }

  sameAs(other: Body): boolean {
    return other instanceof HtmlBody && other.value === this.value && other.base === this.base;
  }
}

class TextBody implements Body {
  constructor(readonly value: string) {}

  html(): string | null {
    return `<p>${escapeHtml(this.value.trim()).replace(/\n\s*\n/g, "</p><p>")}</p>`;
  }

  text(): string | null {
    return tidy(this.value) || null;
  }

  sameAs(other: Body): boolean {
    return other instanceof TextBody && other.value === this.value;
  }
}

/** An HTML body, or null when the field is absent or blank. */
export function htmlBody(value: string | null | undefined, base: string | null): Body | null {
  return isBlank(value) ? null : new HtmlBody(value, base);
}

/** A plain-text body, or null when the field is absent or blank. */
export function textBody(value: string | null | undefined): Body | null {
  return isBlank(value) ? null : new TextBody(value);
}

function isBlank(value: string | null | undefined): value is null | undefined {
  return typeof value !== "string" || value.trim() === "";
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Beyond this many entries a Set answers "seen?" instead of scanning the list. */
const SCAN_LIMIT = 32;

/**
 * Collects distinct one-line texts (authors, categories) in first-seen order without building
 * intermediate arrays; `plainText` is applied to each value.
 */
export class DistinctTexts {
  readonly list: string[] = [];
  private seen: Set<string> | undefined;

  add(value: string | null | undefined): void {
    const text = plainText(value);
    if (text === null) return;
    if (this.seen === undefined) {
      if (this.list.includes(text)) return;
      this.list.push(text);
      if (this.list.length > SCAN_LIMIT) this.seen = new Set(this.list);
    } else if (!this.seen.has(text)) {
      this.seen.add(text);
      this.list.push(text);
    }
  }

  addAll(values: ReadonlyArray<string | null | undefined> | undefined): void {
    if (values !== undefined) for (const value of values) this.add(value);
  }
}

/**
 * Distinct non-empty one-line texts in first-seen order.
 *
 * @example
 * distinct(["a", " a ", null, "b"]); // ["a", "b"]
 */
export function distinct(values: ReadonlyArray<string | null | undefined>): string[] {
  const texts = new DistinctTexts();
  texts.addAll(values);
  return texts.list;
}

/** A raw enclosure; dropped when the URL is unusable, de-duplicated by URL. */
export interface RawEnclosure {
  url?: string | null | undefined;
  type?: string | null | undefined;
  length?: number | string | null | undefined;
}

/** Collects an item's enclosures: absolute http(s) URLs only, the first one per URL wins. */
export class EnclosureList {
  readonly list: Enclosure[] = [];
  private seen: Set<string> | undefined;

  constructor(private readonly base: string | null) {}

  add(rawUrl: string | null | undefined, type: string | null | undefined, size: unknown): void {
    const url = resolveUrl(rawUrl, this.base);
    if (url === null || !/^https?:/i.test(url) || this.has(url)) return;
    const length = Number(size);
    this.list.push({
      url,
      type: type?.trim() || null,
      length: Number.isFinite(length) && length > 0 ? length : null,
    });
    if (this.seen !== undefined) this.seen.add(url);
    else if (this.list.length > SCAN_LIMIT) this.seen = new Set(this.list.map((e) => e.url));
  }

  private has(url: string): boolean {
    return this.seen?.has(url) ?? this.list.some((e) => e.url === url);
  }
}

/**
 * Absolute http(s) enclosures, de-duplicated by URL.
 *
 * @example
 * enclosures([{ url: "/a.mp3", type: "audio/mpeg", length: "12" }], "https://x.example/");
 * // [{ url: "https://x.example/a.mp3", type: "audio/mpeg", length: 12 }]
 */
export function enclosures(raw: ReadonlyArray<RawEnclosure>, base: string | null): Enclosure[] {
  const list = new EnclosureList(base);
  for (const entry of raw) list.add(entry.url, entry.type, entry.length);
  return list.list;
}
