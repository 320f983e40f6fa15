/**
 * Use case: advice on pending incoming invitations (issue 5 §3), with the same relevance and
 * bridge figures as triage and the horizon score with and without each invitee.
 */
import { type ContactFacts, computeHorizonReport } from "../domain/horizon/index.js";
import {
  adviseInvitations,
  buildSegmentIndex,
  type InvitationAdvice,
  type PendingInvitation,
  type PlacementThresholds,
  segmentsOf,
  TextVectorCache,
} from "../domain/people/index.js";
import type { AdviseOptions } from "../domain/people/invitations.js";
import { asJobFunction, asSeniority, isNaceSection } from "../domain/taxonomy.js";
import type { StoredContact, StoredInvitation } from "./people-ports.js";
import type { ConfiguredProfile } from "./profile.js";
import { loadPeopleContext, type PeopleDeps } from "./triage.js";

export interface InvitationsResult {
  asOf: string;
  /** Horizon score of the network as it is (the "before" of every invitation). */
  horizonScore: number;
  counts: Record<"accept" | "consider" | "decline", number>;
  /** Accept first, then consider, then decline; inside each, most relevant first. */
  invitations: InvitationAdvice[];
}

/** A stored contact as the horizon score sees it (same mapping as `buildHorizonReport`). */
export function horizonFacts(c: StoredContact): ContactFacts {
  return {
    employerKey: c.orgKey,
    employerLabel: c.company,
    function: asJobFunction(c.jobFunction),
    seniority: asSeniority(c.seniority),
    industry: c.industry !== null && isNaceSection(c.industry) ? c.industry : null,
    connectedOn: c.connectedOn,
  };
}

function pending(i: StoredInvitation): PendingInvitation {
  const f = i.former;
  return {
    name: i.name,
    url: i.url,
    sentAt: i.sentAt,
    message: i.message,
    title: f?.position ?? null,
    company: f?.company ?? null,
    employerKey: f?.orgKey ?? null,
    function: f?.jobFunction ?? "unknown",
    seniority: f?.seniority ?? "unknown",
    industry: f?.industry ?? null,
    messages: i.messages,
  };
}

const ORDER = { accept: 0, consider: 1, decline: 2 } as const;

/**
 * Advice on every pending incoming invitation.
 *
 * @example
 * const r = await adviseOnInvitations({ people, reports }, config.profile, config.triage);
 * r.invitations[0]?.horizon.delta;
 * // `options.horizon: "recompute"` takes the plain path (benchmarks, reference checks).
 */
export async function adviseOnInvitations(
  deps: PeopleDeps,
  configured: ConfiguredProfile,
  thresholds: PlacementThresholds,
  options: AdviseOptions = {},
): Promise<InvitationsResult> {
  const ctx = await loadPeopleContext(deps, configured);
  const invitations = (await deps.people.pendingInvitations()).map(pending);
  const horizon = {
    asOf: ctx.asOf,
    contacts: ctx.stored.map(horizonFacts),
    ownEmployerKeys: ctx.ownEmployerKeys,
  };
  const advice = adviseInvitations(
    invitations,
    {
      profiles: ctx.profiles,
      index: buildSegmentIndex(ctx.contacts.map(segmentsOf)),
      horizon,
      thresholds,
      cache: new TextVectorCache(),
    },
    options,
  );
  advice.sort(
    (a, b) =>
      ORDER[a.advice] - ORDER[b.advice] ||
      b.relevance.score - a.relevance.score ||
      b.sentAt.localeCompare(a.sentAt),
  );
  const counts = { accept: 0, consider: 0, decline: 0 };
  for (const a of advice) counts[a.advice]++;
  const horizonScore =
    advice[0]?.horizon.before ?? computeHorizonReport(horizon).horizonScore.value;
  return { asOf: ctx.asOf, horizonScore, counts, invitations: advice };
}
