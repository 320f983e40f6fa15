import {
  CATEGORIES,
  type Mark,
  placeCategory,
  placementReason,
  type TriageEntry,
  type TriageResult,
} from "../../domain/people/index.js";

const ORDER = new Map(CATEGORIES.map((c, i) => [c, i]));

/** The triage's order: category, then priority, tie strength (both descending), then id. */
function before(a: TriageEntry, b: TriageEntry): boolean {
  const byCategory = (ORDER.get(a.category) ?? 0) - (ORDER.get(b.category) ?? 0);
  if (byCategory !== 0) return byCategory < 0;
  if (a.priority !== b.priority) return a.priority > b.priority;
  if (a.tie.score !== b.tie.score) return a.tie.score > b.tie.score;
  return a.id < b.id;
}

/**
 * A triage result with one contact's mark changed, without scoring the network again (1.5 s
 * at 30,000 contacts): a mark changes neither relevance, bridge value nor tie strength, only
 * the placement, its reason and so the entry's place in the order, which the domain's own
 * `placeCategory` and `placementReason` give. A test checks it equals a full triage.
 *
 * @example
 * const next = withMark(result, 17, { mark: "keep", markedAt: "2026-11-27T10:00:00Z" });
 */
export function withMark(
  r: TriageResult,
  id: number,
  mark: { mark: Mark; markedAt: string } | null,
): TriageResult {
  const at = r.entries.findIndex((e) => e.id === id);
  const old = r.entries[at];
  if (old === undefined) return r;
  const placed = {
    relevance: old.relevance,
    bridge: old.bridge,
    tie: old.tie,
    mark: mark ?? undefined,
  };
  const { category, computed } = placeCategory(placed, r.thresholds);
  const entry: TriageEntry = {
    id: old.id,
    name: old.name,
    url: old.url,
    title: old.title,
    company: old.company,
    function: old.function,
    category,
    computed,
    mark: mark?.mark ?? null,
    reason: placementReason(placed, category, computed, r.thresholds),
    priority:
      category === "door-opener" ? old.relevance.score * old.bridge.score : old.relevance.score,
    relevance: old.relevance,
    bridge: old.bridge,
    tie: old.tie,
  };
  const rest = [...r.entries.slice(0, at), ...r.entries.slice(at + 1)];
  let lo = 0;
  let hi = rest.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(rest[mid] as TriageEntry, entry)) lo = mid + 1;
    else hi = mid;
  }
  rest.splice(lo, 0, entry);
  const counts = { ...r.counts };
  counts[old.category]--;
  counts[category]++;
  return { ...r, counts, entries: rest };
}
