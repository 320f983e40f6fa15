import { RichText } from "@atproto/api";
import twitter from "twitter-text";
import type { CountingMethod, NetworkSpec } from "./networks.js";

/** How much room a text leaves on one network. */
export interface TextCount {
  /** The binding measure: the one with the least room left. */
  used: number;
  limit: number;
  remaining: number;
  unit: "characters" | "weighted characters" | "graphemes" | "bytes";
  ok: boolean;
  /** Every measure the network applies (Bluesky has two). */
  measures: Array<{ unit: TextCount["unit"]; used: number; limit: number }>;
}

/** Characters a URL counts on X and Mastodon, whatever its length. */
export const URL_WEIGHT = 23;

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** Grapheme clusters (what a person sees as one character: emoji with modifiers count 1). */
export function graphemeCount(text: string): number {
  let n = 0;
  for (const _ of segmenter.segment(text)) n += 1;
  return n;
}

/** The text's graphemes, for cutting it without splitting one. */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/**
 * Mastodon's count: URLs as 23 characters, `@user@domain` as `@user`, then grapheme clusters
 * (Mastodon's StatusLengthValidator; URL detection is twitter-text's, as Mastodon's own).
 */
export function mastodonLength(text: string): number {
  let countable = "";
  let last = 0;
  for (const entity of twitter.extractUrlsWithIndices(text)) {
    countable += text.slice(last, entity.indices[0]) + "x".repeat(URL_WEIGHT);
    last = entity.indices[1];
  }
  countable += text.slice(last);
  countable = countable.replace(/(^|[^\w@])@(\w+)@[\w.-]+\w/g, "$1@$2");
  return graphemeCount(countable);
}

function measures(method: CountingMethod, text: string): Array<[TextCount["unit"], number]> {
  switch (method) {
    case "utf16":
      return [["characters", text.length]];
    case "twitter-weighted":
      return [["weighted characters", twitter.parseTweet(text).weightedLength]];
    case "graphemes-url23":
      return [["graphemes", mastodonLength(text)]];
    case "graphemes-and-bytes": {
      const rt = new RichText({ text });
      return [
        ["graphemes", rt.graphemeLength],
        ["bytes", rt.length],
      ];
    }
  }
}

/**
 * Counts a text the way a network does and says how much room is left.
 *
 * @example
 * countText(NETWORK_SPECS.x, "Read https://example.com/a/very/long/path").used; // 28
 */
export function countText(spec: NetworkSpec, text: string): TextCount {
  const all = measures(spec.counting, text).map(([unit, used]) => ({
    unit,
    used,
    limit: unit === "bytes" ? (spec.maxBytes ?? Number.POSITIVE_INFINITY) : spec.maxLength,
  }));
  let binding = all[0] as TextCount["measures"][number];
  for (const m of all) if (m.limit - m.used < binding.limit - binding.used) binding = m;
  return {
    used: binding.used,
    limit: binding.limit,
    remaining: binding.limit - binding.used,
    unit: binding.unit,
    ok: all.every((m) => m.used <= m.limit),
    measures: all,
  };
}
