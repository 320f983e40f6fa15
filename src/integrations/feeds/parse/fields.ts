import type { Enclosure } from "../../../domain/feeds/model.js";
import { sanitizeFeedHtml } from "../sanitize/html.js";
import { htmlToText, tidy } from "../sanitize/text.js";

/** Resolves `href` against `base`; null for empty or unparseable input. */
export function resolveUrl(href: string | null | undefined, base: string | null): string | null {
  const value = href?.trim();
  if (!value) return null;
  try {
    return new URL(value, base ?? undefined).href;
  } catch {
    return null;
  }
}

/** A base for descendants: the element's own `xml:base` resolved against the parent's base. */
export function childBase(
  xmlBase: string | null | undefined,
  parent: string | null,
): string | null {
  return resolveUrl(xmlBase, parent) ?? parent;
}

/**
 * A one-line text field (title, author, category). Titles often carry escaped HTML
 * (`&lt;b&gt;`, `<sup>`) and entities; both are reduced to text only when present.
 */
export function plainText(value: string | null | undefined): string | null {
  if (typeof value !== "string") return null;
  const text = /[<&]/.test(value) ? htmlToText(value) : value;
  const line = tidy(text).replace(/\n/g, " ");
  return line === "" ? null : line;
}

/** A literal one-line text (Atom `type="text"`): no markup to interpret, only spaces to tidy. */
export function oneLine(value: string | null | undefined): string | null {
  if (typeof value !== "string") return null;
  const line = tidy(value).replace(/\n/g, " ");
  return line === "" ? null : line;
}

/**
 * A body field: either HTML (sanitised and reduced to text) or plain text. The safe HTML is
 * made on demand: an item's summary HTML is only needed when it has no content, and
 * sanitising is the most expensive step of parsing.
 */
export interface Body {
  html: () => string | null;
  text: string | null;
}

export function htmlBody(value: string | null | undefined, base: string | null): Body | null {
  if (typeof value !== "string" || value.trim() === "") return null;
  const text = htmlToText(value);
  return { html: () => sanitizeFeedHtml(value, base), text: text === "" ? null : text };
}

export function textBody(value: string | null | undefined): Body | null {
  if (typeof value !== "string" || value.trim() === "") return null;
  const html = `<p>${escapeHtml(value.trim()).replace(/\n\s*\n/g, "</p><p>")}</p>`;
  return { html: () => html, text: tidy(value) };
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Distinct non-empty strings in first-seen order. */
export function distinct(values: ReadonlyArray<string | null | undefined>): string[] {
  const seen = new Set<string>();
  for (const value of values) {
    const text = plainText(value);
    if (text !== null) seen.add(text);
  }
  return [...seen];
}

/** A raw enclosure; dropped when the URL is unusable, de-duplicated by URL. */
export interface RawEnclosure {
  url?: string | null | undefined;
  type?: string | null | undefined;
  length?: number | string | null | undefined;
}

export function enclosures(raw: ReadonlyArray<RawEnclosure>, base: string | null): Enclosure[] {
  const byUrl = new Map<string, Enclosure>();
  for (const entry of raw) {
    const url = resolveUrl(entry.url, base);
    if (url === null || !/^https?:/i.test(url) || byUrl.has(url)) continue;
    const length = Number(entry.length);
    byUrl.set(url, {
      url,
      type: entry.type?.trim() || null,
      length: Number.isFinite(length) && length > 0 ? length : null,
    });
  }
  return [...byUrl.values()];
}
