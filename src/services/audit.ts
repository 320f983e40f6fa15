/**
 * The sharing audit (whose links the person shares, per month, against their target and against
 * what the digests offered) and the reading bubble (topic diversity of what they read).
 */
import {
  classifyShare,
  classOfKind,
  emptyCounts,
  type ReadingBubble,
  readingBubble,
  SHARE_CLASSES,
  type ShareClass,
  type ShareClassification,
  type ShareCounts,
  shareBalance,
  shareTimeline,
} from "../domain/audit/index.js";
import { getConcept } from "../text/topics/index.js";
import type { DigestRepository } from "./digest-ports.js";

/** The target mix as configured (`digest.shareTarget`). */
export interface ShareTarget {
  ownEmployer: number;
  otherCompany: number;
  ownBlog: number;
  media: number;
  other: number;
}

export function targetCounts(t: ShareTarget): ShareCounts {
  return {
    "own-employer": t.ownEmployer,
    "other-company": t.otherCompany,
    "own-blog": t.ownBlog,
    media: t.media,
    other: t.other,
  };
}

export interface SharesAudit {
  total: number;
  counts: ShareCounts;
  balance: ReturnType<typeof shareBalance>;
  /** What the recorded digests offered, by the same classes, and the shares against it. */
  offered: { counts: ShareCounts; balance: ReturnType<typeof shareBalance> };
  timeline: ReturnType<typeof shareTimeline>;
  /** Shares whose class is a default guess (unknown site assumed a company's). */
  assumed: number;
  items: Array<{ at: string; url: string | null } & ShareClassification>;
}

/**
 * Classifies every stored share and compares the mix with the target and the digests' offer.
 *
 * @example
 * const audit = await auditShares(store, { ownEmployerKeys: ["acme"], target });
 * audit.balance.byClass["own-employer"].actual; // e.g. 0.6
 */
export async function auditShares(
  repo: Pick<DigestRepository, "shares" | "knownHosts" | "offeredKinds">,
  opts: { ownEmployerKeys: readonly string[]; target: ShareTarget },
): Promise<SharesAudit> {
  const [shares, hosts, offeredKinds] = await Promise.all([
    repo.shares(),
    repo.knownHosts(),
    repo.offeredKinds(),
  ]);
  const ctx = { hosts, ownEmployerKeys: new Set(opts.ownEmployerKeys) };
  const items = shares.map((s) => ({ ...s, ...classifyShare(s.url, ctx) }));
  const counts = emptyCounts();
  for (const i of items) counts[i.class]++;
  const offered = emptyCounts();
  for (const [kind, n] of Object.entries(offeredKinds)) offered[classOfKind(kind)] += n;
  return {
    total: items.length,
    counts,
    balance: shareBalance(counts, targetCounts(opts.target)),
    offered: { counts: offered, balance: shareBalance(counts, offered) },
    timeline: shareTimeline(items.map((i) => ({ at: i.at, class: i.class }))),
    assumed: items.filter((i) => i.assumed).length,
    items,
  };
}

/** The field of a topic: its second-level ancestor (machine learning → data). */
export function fieldOf(topic: string): string | null {
  const path = getConcept(topic)?.path;
  return path === undefined || path.length < 2 ? null : (path[1] ?? null);
}

/**
 * Per-month topic diversity of everything read or starred, with field labels.
 *
 * @example
 * const bubble = await auditReading(store);
 * bubble.months.at(-1)?.effectiveTopics;
 */
export async function auditReading(
  repo: Pick<DigestRepository, "readItems">,
): Promise<ReadingBubble & { labels: Record<string, string> }> {
  const bubble = readingBubble(await repo.readItems(""), fieldOf);
  const labels: Record<string, string> = {};
  for (const m of bubble.months)
    for (const { topic } of m.mix) labels[topic] = getConcept(topic)?.label.en ?? topic;
  return { ...bubble, labels };
}

/** Share classes in display order with their labels. */
export const SHARE_CLASS_LABELS: Record<ShareClass, string> = {
  "own-employer": "own employer",
  "other-company": "other companies",
  "own-blog": "own blog",
  media: "media",
  other: "other",
};

export { SHARE_CLASSES };
