/**
 * Advice on pending incoming invitations (issue 5 §3): accept / consider / decline, with the
 * same relevance and bridge figures as triage and the effect accepting would have on the
 * horizon score (computed with and without the invitee).
 */
import { type ContactFacts, computeHorizonReport, type HorizonInput } from "../horizon/index.js";
import {
  isNaceSection,
  JOB_FUNCTIONS,
  type JobFunction,
  SENIORITIES,
  type Seniority,
} from "../taxonomy.js";
import { type BridgeValue, bridgeValue, type SegmentIndex } from "./bridge.js";
import { type HorizonBaseline, horizonBaseline, horizonScoreWith } from "./invitations-horizon.js";
import type { PlacementThresholds } from "./placement.js";
import type { PersonProfiles } from "./profiles.js";
import { personVectors, type Relevance, relevanceOf } from "./relevance.js";
import { industryText } from "./triage.js";
import type { TextVectorCache } from "./vectors.js";

export const ADVICE = ["accept", "consider", "decline"] as const;
export type Advice = (typeof ADVICE)[number];

/** A pending invitation with whatever else the store knows about the sender. */
export interface PendingInvitation {
  name: string;
  url: string | null;
  /** ISO timestamp */
  sentAt: string;
  message: string | null;
  /** Their title and company, if known (a former connection, or given by hand). */
  title: string | null;
  company: string | null;
  employerKey: string | null;
  /** Job function of the title, or "unknown". */
  function: string;
  seniority: string;
  industry: string | null;
  /** Texts of messages they sent (InMails), newest first. */
  messages: readonly string[];
}

export interface HorizonEffect {
  before: number;
  after: number;
  /** after − before, in points of the 0–100 score. */
  delta: number;
}

export interface InvitationAdvice {
  name: string;
  url: string | null;
  sentAt: string;
  advice: Advice;
  reason: string;
  relevance: Relevance;
  bridge: BridgeValue;
  horizon: HorizonEffect;
  /** Whether anything beyond the name was known to score. */
  known: boolean;
}

export interface InvitationContext {
  profiles: PersonProfiles;
  /** Segment counts of the current network (the invitee is not in it). */
  index: SegmentIndex;
  /** The network as the horizon score sees it, without the invitee. */
  horizon: HorizonInput;
  thresholds: PlacementThresholds;
  cache: TextVectorCache;
}

/** How the "after" horizon score is computed; both give the same figures (to ~1e-12). */
export interface AdviseOptions {
  /**
   * "incremental" (default): from the network's composition tallied once, O(dimensions) per
   * invitation. "recompute": the whole report again with the invitee added, O(network) per
   * distinct invitee; kept as the reference for tests and the benchmark.
   */
  horizon?: "incremental" | "recompute";
}

const f2 = (x: number) => x.toFixed(2);
const stripTags = (s: string) => s.replace(/<[^>]*>/g, " ").replace(/&nbsp;/g, " ");

/** The invitee as the horizon score sees it, connected on `asOf`. */
function inviteeFacts(inv: PendingInvitation, asOf: string): ContactFacts {
  return {
    employerKey: inv.employerKey,
    employerLabel: inv.company,
    function: (JOB_FUNCTIONS as readonly string[]).includes(inv.function)
      ? (inv.function as JobFunction)
      : "unknown",
    seniority: (SENIORITIES as readonly string[]).includes(inv.seniority)
      ? (inv.seniority as Seniority)
      : "unknown",
    industry: inv.industry !== null && isNaceSection(inv.industry) ? inv.industry : null,
    connectedOn: asOf,
  };
}

/**
 * The horizon score with the invitee added on `asOf`. Invitees with the same facts (most are
 * "unknown everything") give the same score, so it is computed once per distinct facts.
 * `base` null means the plain recomputation of the whole report.
 */
function horizonWith(
  ctx: InvitationContext,
  inv: PendingInvitation,
  before: number,
  base: HorizonBaseline | null,
  memo: Map<string, number>,
): HorizonEffect {
  const facts = inviteeFacts(inv, ctx.horizon.asOf);
  const key = [facts.employerKey, facts.function, facts.seniority, facts.industry].join("\u0000");
  let after = memo.get(key);
  if (after === undefined) {
    after =
      base !== null
        ? horizonScoreWith(base, facts)
        : computeHorizonReport({ ...ctx.horizon, contacts: [...ctx.horizon.contacts, facts] })
            .horizonScore.value;
    memo.set(key, after);
  }
  return { before, after, delta: after - before };
}

/**
 * Advice, in order: nothing known beyond the name → **consider** (look at the profile first);
 * relevant (≥ relevantMin) and either bridging (≥ bridgeMin) or not lowering the horizon score
 * → **accept**; relevance below half of relevantMin, not bridging, and not raising the score →
 * **decline**; anything else → **consider**.
 *
 * @example
 * adviseInvitations([invitation], ctx)[0]?.advice; // "accept" | "consider" | "decline"
 * adviseInvitations([invitation], ctx, { horizon: "recompute" }); // the plain reference path
 */
export function adviseInvitations(
  invitations: readonly PendingInvitation[],
  ctx: InvitationContext,
  options: AdviseOptions = {},
): InvitationAdvice[] {
  const base = options.horizon === "recompute" ? null : horizonBaseline(ctx.horizon);
  const before = (base?.report ?? computeHorizonReport(ctx.horizon)).horizonScore.value;
  const memo = new Map<string, number>();
  return invitations.map((inv) => {
    const note = [inv.message ?? "", ...inv.messages.map(stripTags)].join("\n");
    const text = {
      title: inv.title,
      company: inv.company,
      industry: industryText(inv.industry),
      note,
    };
    const vectors = personVectors(text, ctx.cache);
    const known = vectors.concepts.norm > 0 || vectors.terms.norm > 0;
    const relevance = relevanceOf(vectors, ctx.profiles);
    const bridge = bridgeValue(
      ctx.index,
      {
        function: inv.function === "unknown" ? null : inv.function,
        industry: inv.industry,
        employer: inv.employerKey,
      },
      false,
    );
    const horizon = horizonWith(ctx, inv, before, base, memo);
    const advice = decide(known, relevance, bridge, horizon, ctx.thresholds);
    const reason = explain(advice, known, inv, relevance, bridge, horizon, ctx.thresholds);
    return {
      name: inv.name,
      url: inv.url,
      sentAt: inv.sentAt,
      advice,
      reason,
      relevance,
      bridge,
      horizon,
      known,
    };
  });
}

function decide(
  known: boolean,
  r: Relevance,
  b: BridgeValue,
  h: HorizonEffect,
  t: PlacementThresholds,
): Advice {
  if (!known) return "consider";
  const bridging = b.score >= t.bridgeMin;
  if (r.score >= t.relevantMin && (bridging || h.delta >= 0)) return "accept";
  if (r.score < t.relevantMin / 2 && !bridging && h.delta <= 0) return "decline";
  return "consider";
}

function explain(
  advice: Advice,
  known: boolean,
  inv: PendingInvitation,
  r: Relevance,
  b: BridgeValue,
  h: HorizonEffect,
  t: PlacementThresholds,
): string {
  const sign = h.delta >= 0 ? "+" : "";
  const horizon = `accepting moves your horizon score ${f2(h.before)} → ${f2(h.after)} (${sign}${f2(h.delta)})`;
  if (!known) {
    return `Consider: nothing is known about ${inv.name} beyond the name (no title, company, note or message); look at the profile first; ${horizon}.`;
  }
  const topics = r.shared.length > 0 ? ` (shared topics: ${r.shared.join(", ")})` : "";
  const rel = `relevance ${f2(r.score)} vs threshold ${f2(t.relevantMin)}${topics}`;
  const br =
    b.parts.length > 0 ? `bridge value ${f2(b.score)} vs ${f2(t.bridgeMin)}` : "segment unknown";
  const head = { accept: "Accept", consider: "Consider", decline: "Decline" }[advice];
  return `${head}: ${rel}; ${br}; ${horizon}.`;
}
