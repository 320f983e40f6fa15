/**
 * The reading bubble: the topic mix of what the person read and starred, per month, with the same
 * diversity functions as the horizon report (SCIENCE.md §3).
 *
 * Each article counts once: its topic weights are mapped to their *field* (the concept's
 * second-level ancestor, e.g. machine learning → data) and normalised to sum 1, so a long
 * article with many topics weighs as much as a short one. Per month with field shares p_k:
 * effective number of topics `¹D = exp(−Σ p_k ln p_k)`, top share `max p_k`, `HHI = Σ p_k²`.
 *
 * Narrowing: the last month's ¹D is below {@link NARROWING_RATIO} × the mean ¹D of the up to three
 * months before it; the trend is the least-squares slope of ¹D per month.
 */
import { effectiveNumber, hhi, topShare } from "../metrics/diversity.js";

export const NARROWING_RATIO = 0.8;

export interface ReadingMonth {
  month: string;
  articles: number;
  effectiveTopics: number;
  topTopic: string | null;
  topShare: number;
  hhi: number;
  /** Field → share, largest first. */
  mix: Array<{ topic: string; share: number }>;
}

export interface ReadingBubble {
  months: ReadingMonth[];
  narrowing: boolean;
  /** Change of ¹D per month (least squares); null with fewer than two months. */
  trendPerMonth: number | null;
}

function slope(ys: readonly number[]): number | null {
  const n = ys.length;
  if (n < 2) return null;
  const mx = (n - 1) / 2;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  ys.forEach((y, x) => {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}

function monthOf(
  month: string,
  items: ReadonlyArray<ReadonlyMap<string, number>>,
  fieldOf: (topic: string) => string | null,
): ReadingMonth {
  const mass = new Map<string, number>();
  let articles = 0;
  for (const topics of items) {
    const fields = new Map<string, number>();
    let total = 0;
    for (const [t, w] of topics) {
      const f = fieldOf(t);
      if (f === null || w <= 0) continue;
      fields.set(f, (fields.get(f) ?? 0) + w);
      total += w;
    }
    if (total === 0) continue;
    articles++;
    for (const [f, w] of fields) mass.set(f, (mass.get(f) ?? 0) + w / total);
  }
  const mix = [...mass]
    .map(([topic, m]) => ({ topic, share: articles === 0 ? 0 : m / articles }))
    .sort((a, b) => b.share - a.share || a.topic.localeCompare(b.topic));
  const p = mix.map((m) => m.share);
  return {
    month,
    articles,
    effectiveTopics: effectiveNumber(p),
    topTopic: mix[0]?.topic ?? null,
    topShare: topShare(p, 1),
    hhi: hhi(p),
    mix,
  };
}

/**
 * Per-month topic diversity of read and starred articles, oldest first.
 *
 * @example
 * readingBubble([{ at: "2024-01-02T00:00:00Z", topics: new Map([["kubernetes", 1]]) }], (t) => "cloud");
 * // months[0].effectiveTopics === 1
 */
export function readingBubble(
  items: ReadonlyArray<{ at: string; topics: ReadonlyMap<string, number> }>,
  fieldOf: (topic: string) => string | null,
): ReadingBubble {
  const byMonth = new Map<string, Array<ReadonlyMap<string, number>>>();
  for (const i of items) {
    const month = i.at.slice(0, 7);
    byMonth.set(month, [...(byMonth.get(month) ?? []), i.topics]);
  }
  const months = [...byMonth]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, list]) => monthOf(month, list, fieldOf))
    .filter((m) => m.articles > 0);
  const d = months.map((m) => m.effectiveTopics);
  const last = d[d.length - 1];
  const before = d.slice(Math.max(0, d.length - 4), d.length - 1);
  const mean = before.length > 0 ? before.reduce((a, b) => a + b, 0) / before.length : null;
  return {
    months,
    narrowing: last !== undefined && mean !== null && last < NARROWING_RATIO * mean,
    trendPerMonth: slope(d),
  };
}
