/**
 * Whose link each share is: the person's own employer, another company, the own blog, media, or
 * other. Pure: the caller passes what it knows about hosts (the subscribed feeds, with their
 * kind and organisation) and the current employers' organisation keys.
 *
 * Rules, first match wins (host = the link's host, lower-case, without `www.`):
 * 1. no link → other ("no link");
 * 2. the host is, or is below, a subscribed feed's host → by the feed: own-blog, own-employer
 *    (also any feed whose organisation is a current employer), media, other-company; person → other;
 * 3. the host's registrable name (`news.sap.com` → `sap`) equals a current employer's key with
 *    spaces and punctuation removed → own-employer;
 * 4. a known news site ({@link MEDIA_HOSTS}) → media;
 * 5. a known platform (LinkedIn, GitHub, YouTube, Wikipedia, …) → other;
 * 6. any other host → other-company, marked `assumed` (a company site is the common case).
 */
import { totalVariation } from "../metrics/diversity.js";

export const SHARE_CLASSES = [
  "own-employer",
  "other-company",
  "own-blog",
  "media",
  "other",
] as const;
export type ShareClass = (typeof SHARE_CLASSES)[number];

export interface KnownHost {
  host: string;
  kind: "own-blog" | "own-employer" | "other-company" | "media" | "person";
  orgKey: string | null;
}

export interface ShareContext {
  hosts: readonly KnownHost[];
  ownEmployerKeys: ReadonlySet<string>;
}

export interface ShareClassification {
  class: ShareClass;
  host: string | null;
  why: string;
  /** True when the class is a default guess (rule 6), not a known fact. */
  assumed: boolean;
}

/** Well-known news sites (English and German); extend by subscribing to them as media feeds. */
export const MEDIA_HOSTS: readonly string[] = (
  "bbc.co.uk bbc.com nytimes.com theguardian.com reuters.com apnews.com bloomberg.com ft.com " +
  "wsj.com economist.com washingtonpost.com cnn.com cnbc.com forbes.com techcrunch.com " +
  "theverge.com wired.com arstechnica.com zdnet.com hbr.org fastcompany.com businessinsider.com " +
  "heise.de golem.de t3n.de spiegel.de zeit.de faz.net sueddeutsche.de handelsblatt.com " +
  "welt.de tagesschau.de wiwo.de manager-magazin.de derstandard.at nzz.ch computerwoche.de " +
  "netzpolitik.org gruenderszene.de"
).split(" ");

export const PLATFORM_HOSTS: readonly string[] = (
  "linkedin.com lnkd.in github.com gitlab.com youtube.com youtu.be wikipedia.org medium.com " +
  "twitter.com x.com mastodon.social bsky.app facebook.com instagram.com substack.com " +
  "stackoverflow.com reddit.com news.ycombinator.com"
).split(" ");

const SECOND_LEVEL = new Set(["co", "com", "org", "net", "ac", "gov", "or"]);

/** `https://www.News.SAP.com/x` → `news.sap.com`; null when not a URL. */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return null;
  }
}

function within(host: string, base: string): boolean {
  return host === base || host.endsWith(`.${base}`);
}

/** `news.sap.com` → `sap`; `shop.example.co.uk` → `example`. */
export function registrableName(host: string): string {
  const labels = host.split(".");
  const tld2 = labels.length >= 3 && SECOND_LEVEL.has(labels[labels.length - 2] as string);
  return labels[labels.length - (tld2 ? 3 : 2)] ?? host;
}

function byFeed(host: string, ctx: ShareContext): ShareClassification | null {
  const feed = ctx.hosts
    .filter((h) => within(host, h.host))
    .sort((a, b) => b.host.length - a.host.length)[0];
  if (feed === undefined) return null;
  const employer = feed.orgKey !== null && ctx.ownEmployerKeys.has(feed.orgKey);
  const cls: ShareClass =
    feed.kind === "person"
      ? "other"
      : employer && feed.kind !== "own-blog"
        ? "own-employer"
        : feed.kind;
  return { class: cls, host, why: `host of a ${feed.kind} feed (${feed.host})`, assumed: false };
}

/**
 * Classifies one shared link.
 *
 * @example
 * classifyShare("https://news.sap.com/2024/x", { hosts: [], ownEmployerKeys: new Set(["sap"]) }).class;
 * // "own-employer"
 */
export function classifyShare(url: string | null, ctx: ShareContext): ShareClassification {
  if (url === null || url.trim() === "") {
    return { class: "other", host: null, why: "no link", assumed: false };
  }
  const host = hostOf(url.trim());
  if (host === null) return { class: "other", host: null, why: "not a URL", assumed: false };
  const fromFeed = byFeed(host, ctx);
  if (fromFeed !== null) return fromFeed;
  const name = registrableName(host);
  for (const key of ctx.ownEmployerKeys) {
    if (key.replace(/[^\p{L}\p{N}]/gu, "") === name) {
      return {
        class: "own-employer",
        host,
        why: `domain name matches employer "${key}"`,
        assumed: false,
      };
    }
  }
  if (MEDIA_HOSTS.some((m) => within(host, m))) {
    return { class: "media", host, why: "known news site", assumed: false };
  }
  if (PLATFORM_HOSTS.some((p) => within(host, p))) {
    return { class: "other", host, why: "platform, not a company site", assumed: false };
  }
  return { class: "other-company", host, why: "unknown site, assumed a company's", assumed: true };
}

export type ShareCounts = Record<ShareClass, number>;

export function emptyCounts(): ShareCounts {
  return { "own-employer": 0, "other-company": 0, "own-blog": 0, media: 0, other: 0 };
}

/**
 * Shares per calendar month (UTC) and class, oldest month first.
 *
 * @example
 * shareTimeline([{ at: "2024-01-05T00:00:00Z", class: "media" }])[0]; // { month: "2024-01", counts: {…media: 1}, total: 1 }
 */
export function shareTimeline(
  shares: ReadonlyArray<{ at: string; class: ShareClass }>,
): Array<{ month: string; counts: ShareCounts; total: number }> {
  const byMonth = new Map<string, ShareCounts>();
  for (const s of shares) {
    const month = s.at.slice(0, 7);
    const counts = byMonth.get(month) ?? emptyCounts();
    counts[s.class]++;
    byMonth.set(month, counts);
  }
  return [...byMonth]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, counts]) => ({
      month,
      counts,
      total: SHARE_CLASSES.reduce((n, c) => n + counts[c], 0),
    }));
}

/**
 * Actual shares vs a target mix: per class `actual − target`, and the total variation distance
 * `TV = ½ Σ |p_k − q_k|` (0 = on target, 1 = nothing in common).
 *
 * @example
 * shareBalance({ ...emptyCounts(), media: 2 }, { ...emptyCounts(), media: 1 }).distance; // 0
 */
export function shareBalance(
  counts: ShareCounts,
  target: ShareCounts,
): {
  distance: number | null;
  byClass: Record<ShareClass, { actual: number; target: number; diff: number }>;
} {
  const total = SHARE_CLASSES.reduce((n, c) => n + counts[c], 0);
  const targetTotal = SHARE_CLASSES.reduce((n, c) => n + target[c], 0);
  const byClass = {} as Record<ShareClass, { actual: number; target: number; diff: number }>;
  for (const c of SHARE_CLASSES) {
    const actual = total === 0 ? 0 : counts[c] / total;
    const t = targetTotal === 0 ? 0 : target[c] / targetTotal;
    byClass[c] = { actual, target: t, diff: actual - t };
  }
  const distance =
    total === 0 || targetTotal === 0
      ? null
      : totalVariation(
          SHARE_CLASSES.map((c) => counts[c]),
          SHARE_CLASSES.map((c) => target[c]),
        );
  return { distance, byClass };
}

/** The share class a digest source kind offers (person → other). */
export function classOfKind(kind: string | null): ShareClass {
  return kind === "own-blog" ||
    kind === "own-employer" ||
    kind === "other-company" ||
    kind === "media"
    ? kind
    : "other";
}
