import { type FilterOptions, type HiddenReason, hiddenKindAt, hiddenReason } from "./filter.js";
import { partsAt, type RankingContext, type ScoreColumns, scoreTable } from "./score.js";
import {
  type CapSubject,
  type SelectOptions,
  SHORTLIST_PER_SLOT,
  selectRanked,
  shortlist,
} from "./select.js";
import { type CandidateTable, candidateAt, tableOf } from "./table.js";
import type { DigestCandidate, DigestItem, ScoredCandidate } from "./types.js";

/** A candidate kept out, with why. */
export interface HiddenItem {
  candidate: DigestCandidate;
  reason: HiddenReason;
}

export interface DigestPlan {
  items: DigestItem[];
  /** Filtered-out candidates (not the read ones), best score first, when asked for. */
  hidden: HiddenItem[];
  counts: {
    candidates: number;
    visible: number;
    hidden: Record<HiddenReason["kind"], number>;
  };
}

export interface PlanOptions {
  filter: FilterOptions;
  select: SelectOptions;
  /** How many hidden items to list (0: none; they are still counted). */
  showHidden: number;
}

/**
 * Filters, scores and selects: the whole digest, pure.
 *
 * @example
 * const plan = planDigest(candidates, ctx, { filter, select, showHidden: 0 });
 * plan.items.length <= select.limit; // true
 */
export function planDigest(
  candidates: readonly DigestCandidate[],
  ctx: RankingContext,
  opts: PlanOptions,
): DigestPlan {
  return planTable(tableOf(candidates), ctx, opts, (i) => candidates[i] as DigestCandidate);
}

/** Row indices ordered by a column, best first (ties: lower article id first). */
function ranked(t: CandidateTable, rows: Uint32Array, value: Float64Array): Uint32Array {
  return rows.sort(
    (a, b) =>
      (value[b] as number) - (value[a] as number) || (t.ids[a] as number) - (t.ids[b] as number),
  );
}

/**
 * Rows by a column, best first, lazily: the best `head` rows are found with a native numeric
 * sort of the values and sorted; only if the shortlist walks past them is the next, four times
 * larger chunk of the rest sorted, and so on.
 */
function* rankedLazily(
  t: CandidateTable,
  rows: Uint32Array,
  value: Float64Array,
  head: number,
): Generator<number> {
  let rest = rows;
  let size = head;
  while (rest.length > size) {
    const values = Float64Array.from(rest, (r) => value[r] as number).sort();
    const cut = values[values.length - size] as number;
    yield* ranked(
      t,
      rest.filter((r) => (value[r] as number) >= cut),
      value,
    );
    rest = rest.filter((r) => (value[r] as number) < cut);
    size *= 4;
  }
  yield* ranked(t, rest, value);
}

/**
 * {@link planDigest} over a candidate table: filters and scores in typed arrays, then builds
 * objects only for the rows the shortlists consume (`rowCandidate`, default {@link candidateAt}).
 *
 * @example
 * const plan = planTable(await store.candidateTable(since, version, null), ctx, options);
 */
export function planTable(
  t: CandidateTable,
  ctx: RankingContext,
  opts: PlanOptions,
  rowCandidate: (row: number) => DigestCandidate = (row) => candidateAt(t, row),
): DigestPlan {
  const hiddenCounts: Record<HiddenReason["kind"], number> = {
    "hidden-by-you": 0,
    read: 0,
    "blocked-word": 0,
    political: 0,
    private: 0,
  };
  const visible: number[] = [];
  const beyond: number[] = [];
  const hidden: number[] = [];
  const cols = scoreTable(t, ctx);
  for (let i = 0; i < t.size; i++) {
    const kind = hiddenKindAt(t, i, opts.filter);
    if (kind === null) {
      visible.push(i);
      if (cols.beyond[i] === 1) beyond.push(i);
    } else {
      hiddenCounts[kind]++;
      if (kind !== "read" && opts.showHidden > 0) hidden.push(i);
    }
  }
  // Shortlists on row numbers first: objects are built for a few hundred rows only.
  const subjects: CapSubject[] = t.sources.map((s) => ({ ...s, sourceId: s.id }));
  const subjectOf = (row: number) => subjects[t.source[row] as number] as CapSubject;
  const depth = SHORTLIST_PER_SLOT * opts.select.limit;
  const scored = (rows: Uint32Array, value: Float64Array): ScoredCandidate[] =>
    shortlist(rankedLazily(t, rows, value, 4 * depth), subjectOf, depth, opts.select).map(
      (row) => ({
        candidate: rowCandidate(row),
        parts: partsAt(cols, row),
      }),
    );
  const items = selectRanked(
    scored(Uint32Array.from(visible), cols.score),
    scored(Uint32Array.from(beyond), cols.beyondScore),
    opts.select,
  );
  return {
    items,
    hidden: listHidden(t, cols, Uint32Array.from(hidden), opts, rowCandidate),
    counts: { candidates: t.size, visible: visible.length, hidden: hiddenCounts },
  };
}

function listHidden(
  t: CandidateTable,
  cols: ScoreColumns,
  rows: Uint32Array,
  opts: PlanOptions,
  rowCandidate: (row: number) => DigestCandidate,
): HiddenItem[] {
  return [...ranked(t, rows, cols.score).subarray(0, opts.showHidden)].flatMap((row) => {
    const candidate = rowCandidate(row);
    const reason = hiddenReason(candidate, opts.filter);
    return reason === null ? [] : [{ candidate, reason }];
  });
}
