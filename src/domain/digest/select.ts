/**
 * Picks the digest from scored, unfiltered-out candidates: greedy maximal marginal relevance
 * (Carbonell & Goldstein 1998) under caps, with a fixed share of "beyond your work" slots.
 *
 * - Caps, as counts out of `limit` L: per source `⌊c_src·L⌋` (at least 1), per organisation
 *   `⌊c_org·L⌋` (at least 1), all own-employer items together `⌊c_own·L⌋` (so their share never
 *   exceeds c_own; an own blog is not the employer).
 * - Slots: `B = round(b·L)` beyond slots, `L − B` core slots; beyond slots left empty for want
 *   of candidates go to core, and the other way round.
 * - Each step takes the eligible candidate maximising
 *   `MMR(a) = λ · s(a)/s_max − (1 − λ) · max_{p ∈ picked} cos(v_a, v_p) − σ · n_src(a)`,
 *   λ = {@link MMR_LAMBDA}, s the score (core) or the beyond score (beyond), s_max its maximum
 *   in the pool, n_src(a) how many picked items share a's source, σ = {@link SOURCE_REPEAT_PENALTY}:
 *   a second item from a source must be clearly better than the best item of a new source.
 */
import type { DigestItem, ScoredCandidate, SourceKind } from "./types.js";
import { cosine, norm } from "./vectors.js";

export const MMR_LAMBDA = 0.9;
export const SOURCE_REPEAT_PENALTY = 0.15;
/** Shortlist depth per slot: MMR runs on the best `SHORTLIST_PER_SLOT · L` of each pool. */
export const SHORTLIST_PER_SLOT = 40;

export interface SelectOptions {
  limit: number;
  perSourceCap: number;
  perOrgCap: number;
  ownEmployerCap: number;
  beyondShare: number;
  /** Canonical keys of the person's current employers. */
  ownEmployerKeys: ReadonlySet<string>;
  lambda?: number;
  /** σ of the MMR source-repeat term (default {@link SOURCE_REPEAT_PENALTY}). */
  sourceRepeatPenalty?: number;
}

/** What the caps look at: a candidate, or a table row's source. */
export interface CapSubject {
  sourceId: string;
  orgKey: string | null;
  kind: SourceKind | null;
}

function ownSubject(c: CapSubject, ownKeys: ReadonlySet<string>): boolean {
  if (c.kind === "own-blog") return false;
  return c.kind === "own-employer" || (c.orgKey !== null && ownKeys.has(c.orgKey));
}

/** Whether an item counts against the own-employer cap. */
export function isOwnEmployer(item: ScoredCandidate, ownKeys: ReadonlySet<string>): boolean {
  return ownSubject(item.candidate, ownKeys);
}

class Caps {
  private readonly bySource = new Map<string, number>();
  private readonly byOrg = new Map<string, number>();
  private own = 0;
  readonly maxSource: number;
  readonly maxOrg: number;
  readonly maxOwn: number;

  constructor(private readonly opts: SelectOptions) {
    this.maxSource = Math.max(1, Math.floor(opts.perSourceCap * opts.limit + 1e-9));
    this.maxOrg = Math.max(1, Math.floor(opts.perOrgCap * opts.limit + 1e-9));
    this.maxOwn = Math.floor(opts.ownEmployerCap * opts.limit + 1e-9);
  }

  allows(c: CapSubject, slack = 1): boolean {
    if ((this.bySource.get(c.sourceId) ?? 0) >= this.maxSource * slack) return false;
    if (c.orgKey !== null && (this.byOrg.get(c.orgKey) ?? 0) >= this.maxOrg * slack) return false;
    return !(ownSubject(c, this.opts.ownEmployerKeys) && this.own >= this.maxOwn * slack);
  }

  picked(c: CapSubject): number {
    return this.bySource.get(c.sourceId) ?? 0;
  }

  take(c: CapSubject): void {
    this.bySource.set(c.sourceId, (this.bySource.get(c.sourceId) ?? 0) + 1);
    if (c.orgKey !== null) this.byOrg.set(c.orgKey, (this.byOrg.get(c.orgKey) ?? 0) + 1);
    if (ownSubject(c, this.opts.ownEmployerKeys)) this.own++;
  }
}

/**
 * The first `depth` items of a ranked sequence, at most `4×` each cap per source and
 * organisation, so the shortlist always holds enough sources for the caps to be met. Works on
 * anything with a cap subject: candidates, or table rows before any object is built for them.
 *
 * @example
 * shortlist(rankedRows, (row) => subjectOfRow(row), 800, options);
 */
export function shortlist<T>(
  ranked: Iterable<T>,
  subjectOf: (x: T) => CapSubject,
  depth: number,
  opts: SelectOptions,
): T[] {
  const caps = new Caps(opts);
  const out: T[] = [];
  for (const x of ranked) {
    if (out.length >= depth) break;
    const subject = subjectOf(x);
    if (!caps.allows(subject, 4)) continue;
    caps.take(subject);
    out.push(x);
  }
  return out;
}

interface Pool {
  section: DigestItem["section"];
  items: ScoredCandidate[];
  value: (s: ScoredCandidate) => number;
  max: number;
  maxSim: Float64Array;
  norms: Float64Array;
  used: Uint8Array;
}

function makePool(
  section: DigestItem["section"],
  items: ScoredCandidate[],
  value: (s: ScoredCandidate) => number,
): Pool {
  const max = items.reduce((m, s) => Math.max(m, value(s)), 0);
  const norms = Float64Array.from(items, (s) => norm(s.candidate.analysis.topics));
  return {
    section,
    items,
    value,
    max,
    maxSim: new Float64Array(items.length),
    norms,
    used: new Uint8Array(items.length),
  };
}

function bestOf(
  pool: Pool,
  caps: Caps,
  lambda: number,
  sigma: number,
): { index: number; mmr: number } | null {
  let best: { index: number; mmr: number } | null = null;
  for (let i = 0; i < pool.items.length; i++) {
    const item = pool.items[i] as ScoredCandidate;
    if (pool.used[i] === 1 || !caps.allows(item.candidate)) continue;
    const rel = pool.max > 0 ? pool.value(item) / pool.max : 0;
    const mmr =
      lambda * rel -
      (1 - lambda) * (pool.maxSim[i] as number) -
      sigma * caps.picked(item.candidate);
    if (best === null || mmr > best.mmr) best = { index: i, mmr };
  }
  return best;
}

/** After a pick, every pool's `max cos(v_a, picked)` is updated with the new item only. */
function notePick(pools: Pool[], picked: ScoredCandidate): void {
  const v = picked.candidate.analysis.topics;
  const nv = norm(v);
  for (const pool of pools) {
    for (let i = 0; i < pool.items.length; i++) {
      const item = pool.items[i] as ScoredCandidate;
      if (item.candidate.id === picked.candidate.id) pool.used[i] = 1;
      if (pool.used[i] === 1) continue;
      const sim = cosine(item.candidate.analysis.topics, v, pool.norms[i], nv);
      if (sim > (pool.maxSim[i] as number)) pool.maxSim[i] = sim;
    }
  }
}

/**
 * Selects up to `limit` items: MMR under the caps, `round(beyondShare·limit)` of them beyond.
 *
 * @example
 * const items = selectDigest(visible, { limit: 20, perSourceCap: 0.15, perOrgCap: 0.2,
 *   ownEmployerCap: 0.2, beyondShare: 0.2, ownEmployerKeys: new Set(["acme"]) });
 */
export function selectDigest(
  visible: readonly ScoredCandidate[],
  opts: SelectOptions,
): DigestItem[] {
  const byValue =
    (value: (s: ScoredCandidate) => number) => (a: ScoredCandidate, b: ScoredCandidate) =>
      value(b) - value(a) || a.candidate.id - b.candidate.id;
  const core = [...visible].sort(byValue((s) => s.parts.score));
  const beyond = visible.filter((s) => s.parts.beyond).sort(byValue((s) => s.parts.beyondScore));
  return selectRanked(core, beyond, opts);
}

/**
 * {@link selectDigest} on pre-ranked sequences: `core` by score and `beyond` (only beyond items)
 * by beyond score, best first. Lazy sequences are consumed only as far as the shortlists reach.
 *
 * @example
 * selectRanked(rankedByScore, rankedByBeyondScore, options);
 */
export function selectRanked(
  ranked: Iterable<ScoredCandidate>,
  rankedBeyond: Iterable<ScoredCandidate>,
  opts: SelectOptions,
): DigestItem[] {
  const lambda = opts.lambda ?? MMR_LAMBDA;
  const sigma = opts.sourceRepeatPenalty ?? SOURCE_REPEAT_PENALTY;
  const depth = SHORTLIST_PER_SLOT * opts.limit;
  const beyondValue = (s: ScoredCandidate) => s.parts.beyondScore;
  const coreValue = (s: ScoredCandidate) => s.parts.score;
  const subject = (s: ScoredCandidate) => s.candidate;
  const core = makePool("core", shortlist(ranked, subject, depth, opts), coreValue);
  const beyond = makePool("beyond", shortlist(rankedBeyond, subject, depth, opts), beyondValue);
  const caps = new Caps(opts);
  const wantBeyond = Math.round(opts.beyondShare * opts.limit);
  const picked: DigestItem[] = [];
  const fill = (pool: Pool, upTo: number) => {
    while (picked.length < upTo) {
      const best = bestOf(pool, caps, lambda, sigma);
      if (best === null) return;
      const item = pool.items[best.index] as ScoredCandidate;
      caps.take(item.candidate);
      notePick([core, beyond], item);
      picked.push({ ...item, section: pool.section, mmr: best.mmr });
    }
  };
  // Core first, then the beyond slots (diversified against the core picks), then whatever
  // is left from either pool when one ran dry.
  fill(core, opts.limit - wantBeyond);
  fill(beyond, picked.length + wantBeyond);
  fill(core, opts.limit);
  fill(beyond, opts.limit);
  return picked;
}
