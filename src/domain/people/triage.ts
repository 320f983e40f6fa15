/**
 * Contact triage (issue 5 §2): every current connection scored for relevance, bridge value and
 * tie strength, then placed. Pure: the service reads the store and passes everything in.
 */
import { isNaceSection, NACE_SECTIONS } from "../taxonomy.js";
import { type BridgeValue, bridgeValue, buildSegmentIndex, type Segments } from "./bridge.js";
import {
  CATEGORIES,
  type Category,
  computedCategory,
  DEFAULT_PLACEMENT_THRESHOLDS,
  type Mark,
  markedCategory,
  type PlacementThresholds,
  placementReason,
  type ReasonMemo,
  reasonMemo,
  type TieState,
} from "./placement.js";
import type { PersonProfiles } from "./profiles.js";
import { type Relevance, RelevanceScorer } from "./relevance.js";
import {
  DEFAULT_TIE_PARAMS,
  type Interaction,
  TIE_SLOTS,
  type TieParams,
  type TieStrength,
  tieFigures,
  tieFromFigures,
  tieGrade,
} from "./tie.js";

/** All triage thresholds: placement plus tie grading (config section `triage`). */
export type TriageThresholds = PlacementThresholds & TieParams;

export const DEFAULT_TRIAGE_THRESHOLDS: TriageThresholds = {
  ...DEFAULT_PLACEMENT_THRESHOLDS,
  ...DEFAULT_TIE_PARAMS,
};

/** One current connection as triage needs it. */
export interface TriageContact {
  id: number;
  name: string;
  url: string | null;
  title: string | null;
  company: string | null;
  /** Canonical organisation key (null if unknown or self-employed). */
  employerKey: string | null;
  /** Job function from the title classifier, or "unknown". */
  function: string;
  /** NACE section letter of the employer, where known. */
  industry: string | null;
  /** YYYY-MM-DD */
  connectedOn: string;
  interaction: Omit<Interaction, "connectedOn" | "sharedEmployer">;
  mark?: { mark: Mark; markedAt: string } | undefined;
}

export interface TriageInput {
  /** YYYY-MM-DD: the day the newest export describes. */
  asOf: string;
  profiles: PersonProfiles;
  contacts: readonly TriageContact[];
  /** Canonical keys of every employer the person has worked for, current or past. */
  ownEmployerKeys: readonly string[];
  thresholds?: TriageThresholds;
}

export interface TriageEntry {
  id: number;
  name: string;
  url: string | null;
  title: string | null;
  company: string | null;
  function: string;
  category: Category;
  computed: Category;
  mark: Mark | null;
  reason: string;
  /** Sort key inside the category: relevance × bridge for door-openers, else relevance. */
  priority: number;
  relevance: Relevance;
  bridge: BridgeValue;
  tie: TieStrength;
}

export interface TriageResult {
  asOf: string;
  thresholds: TriageThresholds;
  counts: Record<Category, number>;
  /** Sorted by category (door-opener, core, dormant, ballast), then priority descending. */
  entries: TriageEntry[];
}

/** The segments of a contact: job function, NACE industry, employer. */
export function segmentsOf(
  c: Pick<TriageContact, "function" | "industry" | "employerKey">,
): Segments {
  return {
    function: c.function === "unknown" ? null : c.function,
    industry: c.industry,
    employer: c.employerKey,
  };
}

/** The industry label used as text for a NACE code (null if not a code). */
export function industryText(code: string | null): string | null {
  return code !== null && isNaceSection(code) ? NACE_SECTIONS[code] : null;
}

/** What a run's lazy reasons share: the thresholds and the phrase memo (one object per run). */
interface ReasonContext {
  readonly t: TriageThresholds;
  readonly memo: ReasonMemo;
  /** Every contact's tie figures, {@link TIE_SLOTS} per contact (see `tieFigures`). */
  readonly ties: Float64Array;
}

/**
 * One entry. A class, so the 30,000 entries share one shape and the lazy `reason` getter lives
 * on the prototype: an object literal with its own getter closure cost ~1.7 KB per entry
 * (dictionary-mode properties, a closure and its context each). `toJSON` puts the reason back
 * in its place, so the JSON output is unchanged.
 */
class Entry implements TriageEntry {
  readonly id: number;
  readonly name: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly company: string | null;
  readonly function: string;
  readonly mark: Mark | null;
  private readonly markInput: { mark: Mark; markedAt: string } | undefined;
  private text: string | undefined = undefined;
  private tieObject: TieStrength | undefined = undefined;

  constructor(
    c: TriageContact,
    readonly category: Category,
    readonly computed: Category,
    readonly priority: number,
    readonly relevance: Relevance,
    readonly bridge: BridgeValue,
    private readonly at: number,
    private readonly lastInteractionAt: string | null,
    private readonly ctx: ReasonContext,
  ) {
    this.id = c.id;
    this.name = c.name;
    this.url = c.url;
    this.title = c.title;
    this.company = c.company;
    this.function = c.function;
    this.mark = c.mark?.mark ?? null;
    this.markInput = c.mark;
  }

  /** Built on first read from the run's figures and kept (no object per contact otherwise). */
  get tie(): TieStrength {
    this.tieObject ??= tieFromFigures(this.ctx.ties, this.at, this.lastInteractionAt, this.ctx.t);
    return this.tieObject;
  }

  /** Built on first read and kept: a triage of 30,000 builds only the reasons it shows. */
  get reason(): string {
    const placed = {
      relevance: this.relevance,
      bridge: this.bridge,
      tie: this.tie,
      mark: this.markInput,
    };
    this.text ??= placementReason(placed, this.category, this.computed, this.ctx.t, this.ctx.memo);
    return this.text;
  }

  toJSON() {
    return {
      id: this.id,
      name: this.name,
      url: this.url,
      title: this.title,
      company: this.company,
      function: this.function,
      category: this.category,
      computed: this.computed,
      reason: this.reason,
      mark: this.mark,
      priority: this.priority,
      relevance: this.relevance,
      bridge: this.bridge,
      tie: this.tie,
    };
  }
}

/**
 * Interns values as small integers, so a memo key is a number, not a concatenated string.
 * `triple` keys three interned values: each pair is interned in turn, so every key stays an
 * exact integer below 2^52.
 */
class Interner<K> {
  private readonly ids = new Map<K, number>();
  id(s: K): number {
    let i = this.ids.get(s);
    if (i === undefined) {
      i = this.ids.size;
      this.ids.set(s, i);
    }
    return i;
  }
}

/** Exact below 2^52 while both ids are below 2^26 (67 million distinct values). */
const pair = (a: number, b: number): number => a * 67_108_864 + b;

class TripleKeys {
  private readonly values = new Interner<string | null>();
  private readonly pairs = new Interner<number>();
  key(a: string | null, b: string | null, c: string | null): number {
    const ab = this.pairs.id(pair(this.values.id(a), this.values.id(b)));
    return pair(ab, this.values.id(c));
  }
}

/**
 * Triage of all contacts. Cost is linear in the contacts plus one concept lookup per distinct
 * title, company and industry (cached); relevance is memoised per distinct (title, company,
 * industry) and bridge value per distinct segment, keyed by interned ids.
 *
 * @example
 * const r = triageContacts({ asOf: "2026-11-20", profiles, contacts, ownEmployerKeys: [] });
 * r.counts["door-opener"];
 */
export function triageContacts(input: TriageInput): TriageResult {
  const t = input.thresholds ?? DEFAULT_TRIAGE_THRESHOLDS;
  const own = new Set(input.ownEmployerKeys);
  const index = buildSegmentIndex(input.contacts.map(segmentsOf));
  const scorer = new RelevanceScorer(input.profiles);
  const ties = new Float64Array(input.contacts.length * TIE_SLOTS);
  const ctx: ReasonContext = { t, memo: reasonMemo(), ties };
  // Placement reads the tie through one reused object, not one per contact.
  const state: TieState = { grade: "weak", lastInteractionAt: null, quietDays: 0 };
  const texts = new TripleKeys();
  const segs = new TripleKeys();
  // Titles, companies and segments repeat: score each distinct one once.
  const relevanceMemo = new Map<number, Relevance>();
  const bridgeMemo = new Map<number, BridgeValue>();
  const entries: Entry[] = new Array(input.contacts.length);
  for (let i = 0; i < input.contacts.length; i++) {
    const c = input.contacts[i] as TriageContact;
    const textKey = texts.key(c.title, c.company, c.industry);
    let relevance = relevanceMemo.get(textKey);
    if (relevance === undefined) {
      relevance = scorer.score({
        title: c.title,
        company: c.company,
        industry: industryText(c.industry),
      });
      relevanceMemo.set(textKey, relevance);
    }
    const fn = c.function === "unknown" ? null : c.function;
    const segmentKey = segs.key(fn, c.industry, c.employerKey);
    let bridge = bridgeMemo.get(segmentKey);
    if (bridge === undefined) {
      bridge = bridgeValue(index, segmentsOf(c), true);
      bridgeMemo.set(segmentKey, bridge);
    }
    const x = c.interaction;
    const at = i * TIE_SLOTS;
    const last = tieFigures(
      ties,
      at,
      x.messagesIn,
      x.messagesOut,
      x.lastMessageAt,
      x.recommendations,
      x.endorsements,
      x.lastGestureAt,
      c.connectedOn,
      c.employerKey !== null && own.has(c.employerKey),
      input.asOf,
      t,
    );
    state.grade = tieGrade(ties[at] as number, t);
    state.lastInteractionAt = last;
    state.quietDays = ties[at + TIE_SLOTS - 1] as number;
    const computed = computedCategory(relevance.score, bridge.score, state, t);
    const category = c.mark === undefined ? computed : markedCategory(c.mark.mark, computed);
    const priority = category === "door-opener" ? relevance.score * bridge.score : relevance.score;
    entries[i] = new Entry(c, category, computed, priority, relevance, bridge, at, last, ctx);
  }
  const sorted = sortEntries(entries, ties);
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const e of sorted) counts[e.category]++;
  return { asOf: input.asOf, thresholds: t, counts, entries: sorted };
}

/**
 * Category order, then priority and tie strength descending, then id. Sorts an index array
 * over typed-array keys: comparing the entries' own fields cost a third of the triage.
 */
function sortEntries(entries: readonly TriageEntry[], ties: Float64Array): TriageEntry[] {
  const n = entries.length;
  const order = new Map(CATEGORIES.map((c, i) => [c, i]));
  const cat = new Uint8Array(n);
  const priority = new Float64Array(n);
  const tie = new Float64Array(n);
  const id = new Float64Array(n);
  entries.forEach((e, i) => {
    cat[i] = order.get(e.category) ?? 0;
    priority[i] = e.priority;
    tie[i] = ties[i * TIE_SLOTS] as number;
    id[i] = e.id;
  });
  const idx = Array.from({ length: n }, (_, i) => i);
  idx.sort(
    (a, b) =>
      (cat[a] as number) - (cat[b] as number) ||
      (priority[b] as number) - (priority[a] as number) ||
      (tie[b] as number) - (tie[a] as number) ||
      (id[a] as number) - (id[b] as number),
  );
  return idx.map((i) => entries[i] as TriageEntry);
}
