/**
 * Bridge value: how rare a person's segment (job function, industry, employer) is in the
 * network. A contact from a segment the person rarely reaches opens a door (Granovetter 1973:
 * bridges between clusters are weak ties; Burt 2004: brokerage across structural holes).
 * The export has no alter–alter edges (SCIENCE.md §2.3), so rarity of the segment stands in for
 * the structural position: the novelty-as-surprisal of SCIENCE.md §4.4, relative to the network.
 */

export const SEGMENT_DIMENSIONS = ["function", "industry", "employer"] as const;
export type SegmentDimension = (typeof SEGMENT_DIMENSIONS)[number];

/** A person's segment keys; `null` where unknown (then that dimension is left out). */
export type Segments = Record<SegmentDimension, string | null>;

/**
 * Weights of the dimensions in the bridge value. Function weighs most: a different kind of
 * work is the widest door; an employer is the narrowest segment (most are rare in any network,
 * so its rarity alone says less).
 */
export const BRIDGE_WEIGHTS: Record<SegmentDimension, number> = {
  function: 0.45,
  industry: 0.25,
  employer: 0.3,
};

/** Counts of each segment among the network's contacts. */
export interface SegmentIndex {
  /** Contacts counted. */
  readonly total: number;
  readonly counts: Record<SegmentDimension, ReadonlyMap<string, number>>;
  /** Contacts with a known value, per dimension. */
  readonly known: Record<SegmentDimension, number>;
}

/**
 * Counts the segments of a network.
 *
 * @example
 * buildSegmentIndex([{ function: "Sales", industry: null, employer: "acme" }]).total; // 1
 */
export function buildSegmentIndex(people: Iterable<Segments>): SegmentIndex {
  const counts = {
    function: new Map<string, number>(),
    industry: new Map<string, number>(),
    employer: new Map<string, number>(),
  };
  const known = { function: 0, industry: 0, employer: 0 };
  let total = 0;
  for (const s of people) {
    total++;
    for (const d of SEGMENT_DIMENSIONS) {
      const key = s[d];
      if (key === null) continue;
      known[d]++;
      counts[d].set(key, (counts[d].get(key) ?? 0) + 1);
    }
  }
  return { total, counts, known };
}

/**
 * Normalised surprisal of a category among `others` people, `n` of whom share it:
 * `log2((others + 1) / (n + 1)) / log2(others + 1)`, in [0, 1]. 1 = nobody else is there,
 * 0 = everybody is. For a network member pass the counts *without* them (`n − 1`, `N − 1`),
 * for an outsider the plain counts: both read "how rare would they be next to the others".
 *
 * @example
 * rarity(0, 99); // 1
 * rarity(9, 99); // log2(100/10)/log2(100) = 0.5
 */
export function rarity(n: number, others: number): number {
  if (others <= 0) return 1;
  return Math.log2((others + 1) / (n + 1)) / Math.log2(others + 1);
}

export interface BridgePart {
  dimension: SegmentDimension;
  key: string;
  /** Other known contacts in the same segment. */
  others: number;
  /** Share of the other known contacts in that segment. */
  share: number;
  rarity: number;
}

export interface BridgeValue {
  /** Weighted mean of the known dimensions' rarities; 0 when none is known. */
  score: number;
  parts: BridgePart[];
}

/**
 * Bridge value of a person. `member` says whether they are already counted in the index
 * (a contact) or not (an invitee, a candidate).
 *
 * `score = Σ_d w_d · rarity_d / Σ_d w_d` over the dimensions d whose value is known, with
 * `rarity_d = log2((N_d + 1)/(n_d + 1)) / log2(N_d + 1)`, `N_d` the other contacts with a known
 * d and `n_d` those sharing the person's value. The rarer the segment, the higher; a person
 * in a segment with fewer others never scores lower.
 *
 * @example
 * bridgeValue(index, { function: "Legal", industry: null, employer: "x" }, false).score;
 */
export function bridgeValue(index: SegmentIndex, s: Segments, member: boolean): BridgeValue {
  const parts: BridgePart[] = [];
  let sum = 0;
  let weights = 0;
  for (const d of SEGMENT_DIMENSIONS) {
    const key = s[d];
    if (key === null) continue;
    const self = member ? 1 : 0;
    const others = Math.max(0, index.known[d] - self);
    const same = Math.max(0, (index.counts[d].get(key) ?? 0) - self);
    const r = rarity(same, others);
    parts.push({
      dimension: d,
      key,
      others: same,
      share: others === 0 ? 0 : same / others,
      rarity: r,
    });
    sum += BRIDGE_WEIGHTS[d] * r;
    weights += BRIDGE_WEIGHTS[d];
  }
  return { score: weights === 0 ? 0 : sum / weights, parts };
}
