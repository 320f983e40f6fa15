/**
 * Contact triage (issue 5 §2): every current connection scored for relevance, bridge value and
 * tie strength, then placed. Pure: the service reads the store and passes everything in.
 */
import { isNaceSection, NACE_SECTIONS } from "../taxonomy.js";
import { type BridgeValue, bridgeValue, buildSegmentIndex, type Segments } from "./bridge.js";
import {
  CATEGORIES,
  type Category,
  DEFAULT_PLACEMENT_THRESHOLDS,
  type Mark,
  type PlacementThresholds,
  placeCategory,
  placementReason,
  reasonMemo,
} from "./placement.js";
import type { PersonProfiles } from "./profiles.js";
import { type Relevance, RelevanceScorer } from "./relevance.js";
import {
  DEFAULT_TIE_PARAMS,
  type Interaction,
  type TieParams,
  type TieStrength,
  tieStrength,
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

/**
 * Triage of all contacts. Cost is linear in the contacts plus one concept lookup per distinct
 * title, company and industry (cached).
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
  const memo = reasonMemo();
  // Titles, companies and segments repeat: score each distinct one once.
  const relevanceMemo = new Map<string, Relevance>();
  const bridgeMemo = new Map<string, BridgeValue>();
  const entries: TriageEntry[] = input.contacts.map((c) => {
    const textKey = `${c.title ?? ""}\u0000${c.company ?? ""}\u0000${c.industry ?? ""}`;
    let relevance = relevanceMemo.get(textKey);
    if (relevance === undefined) {
      relevance = scorer.score({
        title: c.title,
        company: c.company,
        industry: industryText(c.industry),
      });
      relevanceMemo.set(textKey, relevance);
    }
    const segments = segmentsOf(c);
    const segmentKey = `${segments.function}\u0000${segments.industry}\u0000${segments.employer}`;
    let bridge = bridgeMemo.get(segmentKey);
    if (bridge === undefined) {
      bridge = bridgeValue(index, segments, true);
      bridgeMemo.set(segmentKey, bridge);
    }
    const tie = tieStrength(
      {
        // Spelled out: an object spread here cost ~0.08 s per 30,000 contacts.
        messagesIn: c.interaction.messagesIn,
        messagesOut: c.interaction.messagesOut,
        lastMessageAt: c.interaction.lastMessageAt,
        recommendations: c.interaction.recommendations,
        endorsements: c.interaction.endorsements,
        lastGestureAt: c.interaction.lastGestureAt,
        connectedOn: c.connectedOn,
        sharedEmployer: c.employerKey !== null && own.has(c.employerKey),
      },
      input.asOf,
      t,
    );
    const placed = { relevance, bridge, tie, mark: c.mark };
    const { category, computed } = placeCategory(placed, t);
    return entry(c, category, computed, placed, () =>
      placementReason(placed, category, computed, t, memo),
    );
  });
  const sorted = sortEntries(entries);
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const e of sorted) counts[e.category]++;
  return { asOf: input.asOf, thresholds: t, counts, entries: sorted };
}

/**
 * One entry; the reason (a few hundred characters) is built on first read and kept, so a
 * triage of 30,000 builds only the reasons it shows or serialises.
 */
function entry(
  c: TriageContact,
  category: Category,
  computed: Category,
  p: { relevance: Relevance; bridge: BridgeValue; tie: TieStrength },
  reason: () => string,
): TriageEntry {
  let text: string | undefined;
  return {
    id: c.id,
    name: c.name,
    url: c.url,
    title: c.title,
    company: c.company,
    function: c.function,
    category,
    computed,
    get reason() {
      text ??= reason();
      return text;
    },
    mark: c.mark?.mark ?? null,
    priority: category === "door-opener" ? p.relevance.score * p.bridge.score : p.relevance.score,
    relevance: p.relevance,
    bridge: p.bridge,
    tie: p.tie,
  };
}

/**
 * Category order, then priority and tie strength descending, then id. Sorts an index array
 * over typed-array keys: comparing the entries' own fields cost a third of the triage.
 */
function sortEntries(entries: readonly TriageEntry[]): TriageEntry[] {
  const n = entries.length;
  const order = new Map(CATEGORIES.map((c, i) => [c, i]));
  const cat = new Uint8Array(n);
  const priority = new Float64Array(n);
  const tie = new Float64Array(n);
  const id = new Float64Array(n);
  entries.forEach((e, i) => {
    cat[i] = order.get(e.category) ?? 0;
    priority[i] = e.priority;
    tie[i] = e.tie.score;
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
