/**
 * Where a contact belongs (issue 5 §2), with the reason in words and the numbers behind it.
 */
import type { BridgeValue } from "./bridge.js";
import type { Relevance } from "./relevance.js";
import type { TieStrength } from "./tie.js";

export const CATEGORIES = ["door-opener", "core", "dormant", "ballast"] as const;
export type Category = (typeof CATEGORIES)[number];

export const MARKS = ["keep", "reconnect", "let-go"] as const;
export type Mark = (typeof MARKS)[number];

/** Placement thresholds (config `triage`; defaults calibrated on the bundled sample). */
export interface PlacementThresholds {
  /** Relevance at or above which a contact counts as relevant. */
  relevantMin: number;
  /** Bridge value at or above which a contact counts as bridging. */
  bridgeMin: number;
  /** Days without interaction after which a relevant contact is dormant. */
  dormantAfterDays: number;
}

export const DEFAULT_PLACEMENT_THRESHOLDS: PlacementThresholds = {
  relevantMin: 0.2,
  bridgeMin: 0.55,
  dormantAfterDays: 730,
};

export interface Placement {
  category: Category;
  /** What the scores alone would say (differs from `category` when a mark overrides it). */
  computed: Category;
  reason: string;
}

export interface PlacementInput {
  relevance: Relevance;
  bridge: BridgeValue;
  tie: TieStrength;
  mark?: { mark: Mark; markedAt: string } | undefined;
}

/** What placement reads of a tie. */
export type TieState = Pick<TieStrength, "grade" | "lastInteractionAt" | "quietDays">;

const f2 = (x: number) => x.toFixed(2);

/**
 * "In touch": a strong tie, or a message, recommendation or endorsement within
 * `dormantAfterDays`. A shared employer and a long connection alone are not interaction.
 */
export function isInteracting(tie: TieState, t: PlacementThresholds): boolean {
  return (
    tie.grade === "strong" || (tie.lastInteractionAt !== null && tie.quietDays < t.dormantAfterDays)
  );
}

/**
 * "Quiet": not a strong tie, and no message, recommendation or endorsement for
 * `dormantAfterDays` (counted from the connection when there was never any).
 */
export function isQuiet(tie: TieState, t: PlacementThresholds): boolean {
  return tie.grade !== "strong" && tie.quietDays >= t.dormantAfterDays;
}

/**
 * The rule, in order:
 * 1. relevant, bridging and not a strong tie → **door-opener** (moderately weak ties into rare
 *    segments carry the most new opportunities: Rajkumar et al. 2022; strong ties are rarely
 *    bridges: Granovetter 1973);
 * 2. relevant and quiet ({@link isQuiet}) → **dormant** (reconnect: Levin et al. 2011);
 * 3. relevant otherwise (in touch, or connected recently) → **core**;
 * 4. not relevant but in touch ({@link isInteracting}) → **core** (for the relationship, the
 *    reason says so);
 * 5. neither → **ballast**.
 * A mark overrides: let-go → ballast, reconnect → dormant, keep → never ballast (core).
 *
 * @example
 * placeContact({ relevance, bridge, tie }, DEFAULT_PLACEMENT_THRESHOLDS).category;
 */
export function placeContact(
  input: PlacementInput,
  t: PlacementThresholds,
  memo?: ReasonMemo,
): Placement {
  const { category, computed } = placeCategory(input, t);
  return { category, computed, reason: placementReason(input, category, computed, t, memo) };
}

/**
 * The category alone (the rule of {@link placeContact}), without building the reason: a
 * 30,000-contact triage builds reasons only for the entries it shows.
 *
 * @example
 * placeCategory({ relevance, bridge, tie }, DEFAULT_PLACEMENT_THRESHOLDS).computed;
 */
export function placeCategory(
  input: PlacementInput,
  t: PlacementThresholds,
): { category: Category; computed: Category } {
  const computed = computedCategory(input.relevance.score, input.bridge.score, input.tie, t);
  const mark = input.mark;
  if (mark === undefined) return { category: computed, computed };
  return { category: markedCategory(mark.mark, computed), computed };
}

/**
 * What a mark makes of a computed category: let-go → ballast, reconnect → dormant, keep →
 * never ballast (core).
 *
 * @example
 * markedCategory("keep", "ballast"); // "core"
 */
export function markedCategory(mark: Mark, computed: Category): Category {
  if (mark === "let-go") return "ballast";
  if (mark === "reconnect") return "dormant";
  return computed === "ballast" ? "core" : computed;
}

/**
 * The reason of a placement in words, with the numbers behind it (and the mark, if any).
 *
 * @example
 * placementReason(input, "core", "ballast", DEFAULT_PLACEMENT_THRESHOLDS);
 */
export function placementReason(
  input: PlacementInput,
  category: Category,
  computed: Category,
  t: PlacementThresholds,
  memo?: ReasonMemo,
): string {
  const reason = reasonFor(computed, input, t, memo);
  const mark = input.mark;
  if (mark === undefined) return reason;
  const day = mark.markedAt.slice(0, 10);
  return category === computed
    ? `${reason} You marked them "${mark.mark}" on ${day}.`
    : `${reason} You marked them "${mark.mark}" on ${day}, so they are ${category} instead of ${computed}.`;
}

/**
 * The rule of {@link placeContact} without marks, on the bare scores (no object per contact).
 *
 * @example
 * computedCategory(0.4, 0.7, tie, DEFAULT_PLACEMENT_THRESHOLDS); // "door-opener" unless strong
 */
export function computedCategory(
  relevance: number,
  bridge: number,
  tie: TieState,
  t: PlacementThresholds,
): Category {
  const relevant = relevance >= t.relevantMin;
  const bridging = bridge >= t.bridgeMin;
  if (relevant && bridging && tie.grade !== "strong") return "door-opener";
  if (relevant) return isQuiet(tie, t) ? "dormant" : "core";
  return isInteracting(tie, t) ? "core" : "ballast";
}

/**
 * Phrases shared by many contacts (same relevance or bridge object, as a triage run memoises
 * them), built once per object: a 30,000-contact triage would otherwise build them 30,000 times.
 */
export interface ReasonMemo {
  relevance: WeakMap<Relevance, string>;
  bridge: WeakMap<BridgeValue, string>;
}

/** A fresh memo for one triage run (the thresholds must not change during it). */
export function reasonMemo(): ReasonMemo {
  return { relevance: new WeakMap(), bridge: new WeakMap() };
}

function memoized<K extends object>(
  map: WeakMap<K, string> | undefined,
  key: K,
  make: () => string,
) {
  let v = map?.get(key);
  if (v === undefined) {
    v = make();
    map?.set(key, v);
  }
  return v;
}

function relevanceWords(r: Relevance, t: PlacementThresholds): string {
  const topics = r.shared.length > 0 ? ` (shared topics: ${r.shared.join(", ")})` : "";
  return r.score >= t.relevantMin
    ? `relevant to your interests: ${f2(r.score)} ≥ ${f2(t.relevantMin)}${topics}`
    : `not close to your interests: relevance ${f2(r.score)} < ${f2(t.relevantMin)}`;
}

function bridgeWords(b: BridgeValue): string {
  const rare = [...b.parts]
    .sort((x, y) => y.rarity - x.rarity)
    .map(
      (p) =>
        `${p.dimension} "${p.key}" shared by ${Math.round(p.share * 100)}% of your other contacts`,
    );
  return `bridge value ${f2(b.score)}${rare.length > 0 ? ` (${rare.join("; ")})` : " (segment unknown)"}`;
}

function tieWords(tie: TieStrength): string {
  const last =
    tie.lastInteractionAt === null
      ? `no messages, recommendation or endorsement; connected ${tie.quietDays} days ago`
      : `last interaction ${tie.quietDays} days ago`;
  return `${tie.grade} tie ${f2(tie.score)} (${last})`;
}

function reasonFor(
  c: Category,
  i: PlacementInput,
  t: PlacementThresholds,
  memo: ReasonMemo | undefined,
): string {
  const rel = memoized(memo?.relevance, i.relevance, () => relevanceWords(i.relevance, t));
  const br = memoized(memo?.bridge, i.bridge, () => bridgeWords(i.bridge));
  const tie = tieWords(i.tie);
  switch (c) {
    case "door-opener":
      return `Door-opener: ${rel}; from a segment you rarely reach, ${br} ≥ ${f2(t.bridgeMin)}; ${tie}. Moderately weak ties like this carry the most new opportunities.`;
    case "core":
      return i.relevance.score >= t.relevantMin
        ? `Core: ${rel}; ${tie}; ${br}.`
        : `Core for the relationship, not the topic: ${rel}, but you are in touch: ${tie}.`;
    case "dormant":
      return `Dormant: ${rel}; ${tie}, quiet for ≥ ${t.dormantAfterDays} days: worth reconnecting.`;
    case "ballast":
      return `Ballast: ${rel}; ${tie}. Let go if you like; nothing is removed anywhere.`;
  }
}
