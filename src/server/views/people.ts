import { html } from "hono/html";
import type { Translator } from "../i18n/index.js";
import type { Html } from "./layout.js";

/** A link to a profile or article when it is http(s), else the plain text. */
export function safeLink(url: string | null, text: string): Html {
  return url !== null && /^https?:\/\//i.test(url)
    ? html`<a href="${url}" rel="noopener noreferrer">${text}</a>`
    : html`${text}`;
}

/** A reason the domain wrote in English, marked so screen readers pronounce it right. */
export function englishReason(t: Translator, reason: string): Html {
  return t.lang === "en" ? html`${reason}` : html`<span lang="en">${reason}</span>`;
}

/** "Title @ Company", or an empty string. */
export function roleText(title: string | null, company: string | null): string {
  return [title, company].filter((p) => p !== null && p !== "").join(" @ ");
}

/**
 * A whole number from a query parameter, clamped to `[min, max]`, or the fallback.
 *
 * @example
 * intParam("40", 20, 1, 200) // 40
 */
export function intParam(value: string | undefined, fallback: number, min: number, max: number) {
  const n = Number(value);
  return value === undefined || value === "" || !Number.isInteger(n)
    ? fallback
    : Math.min(max, Math.max(min, n));
}
