import { DE } from "./de.js";
import { EN, type MessageKey } from "./en.js";
import { categoryLabel, type LabelKind } from "./labels.js";

export type { MessageKey } from "./en.js";

export const LANGS = ["en", "de"] as const;
export type Lang = (typeof LANGS)[number];

const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { en: EN, de: DE };

/** Translates keys and formats numbers for one language. */
export interface Translator {
  (key: MessageKey, params?: Record<string, string | number>): string;
  lang: Lang;
  /** A number with fixed decimals in the language's style ("1,5" in German). */
  num(value: number, digits?: number): string;
  /** A share 0–1 as a whole percentage ("42 %" in German). */
  pct(value: number): string;
  /** A category's name (function, seniority, industry, score part) in this language. */
  label(kind: LabelKind, key: string, english: string): string;
}

export function isLang(value: string | undefined): value is Lang {
  return value === "en" || value === "de";
}

/**
 * The translator of one language. Parameters are inserted as plain text; the views escape the
 * result like any other string.
 *
 * @example
 * translator("de")("overview.asOf", { date: "2026-11-20", n: 500 }) // "Stand 2026-11-20 · 500 Kontakte"
 */
export function translator(lang: Lang): Translator {
  const dict = DICTIONARIES[lang];
  const locale = lang === "de" ? "de-DE" : "en-GB";
  const pctFormat = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const t = ((key: MessageKey, params?: Record<string, string | number>) =>
    dict[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      params !== undefined && name in params ? String(params[name]) : whole,
    )) as Translator;
  t.lang = lang;
  // Building an Intl.NumberFormat costs far more than using one: a triage page formats
  // thousands of numbers, so one format per number of digits is kept.
  const formats = new Map<number, Intl.NumberFormat>();
  t.num = (value, digits = 1) => {
    let format = formats.get(digits);
    if (format === undefined) {
      format = new Intl.NumberFormat(locale, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
      formats.set(digits, format);
    }
    return format.format(value);
  };
  t.pct = (value) => pctFormat.format(value);
  t.label = (kind, key, english) => categoryLabel(lang, kind, key, english);
  return t;
}

/**
 * The language from a saved choice, else the browser's `Accept-Language` (by q-value), else
 * English.
 *
 * @example
 * negotiateLang(undefined, "de-CH,de;q=0.9,en;q=0.8") // "de"
 */
export function negotiateLang(saved: string | undefined, acceptLanguage: string | undefined): Lang {
  if (isLang(saved)) return saved;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { base: tag.toLowerCase().split("-")[0], q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((r) => r.base).find(isLang) ?? "en";
}
