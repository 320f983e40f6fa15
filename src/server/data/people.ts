import type { App } from "../../app.js";
import { SqlCandidateStore } from "../../db/candidate-store.js";
import { SqlPeopleStore } from "../../db/people-store.js";
import type { DiscoveryLang } from "../../domain/discovery/index.js";
import type { TriageResult } from "../../domain/people/index.js";
import {
  type DiscoveryKind,
  type DiscoveryResult,
  runDiscovery,
} from "../../services/discovery.js";
import { adviseOnInvitations, type InvitationsResult } from "../../services/invitations.js";
import type { PeopleReader } from "../../services/people-ports.js";
import { runTriage } from "../../services/triage.js";
import { offThread } from "./off-thread.js";
import { cachedUntilChange } from "./store-cache.js";

/**
 * The people store with every read memoised until the store changes: triage, invitations and
 * each position of the discovery dial read the same tables, and at 30,000 contacts the reads
 * cost more than the scoring. Values are shared between requests: read-only.
 *
 * @example
 * const people = cachedPeople(app); await people.currentContacts();
 */
export function cachedPeople(app: App): PeopleReader {
  const store = new SqlPeopleStore(app.db);
  const memo = <T>(key: string, read: () => Promise<T>) =>
    cachedUntilChange(app, `people.${key}`, read);
  return {
    latestAsOf: () => memo("asOf", () => store.latestAsOf()),
    profileSources: () => memo("profile", () => store.profileSources()),
    currentContacts: () => memo("contacts", () => store.currentContacts()),
    ownerUrl: () => memo("owner", () => store.ownerUrl()),
    messageStats: (owner) => memo(`messages:${owner ?? ""}`, () => store.messageStats(owner)),
    endorsementStats: () => memo("endorsements", () => store.endorsementStats()),
    recommendationStats: () => memo("recommendations", () => store.recommendationStats()),
    marks: () => memo("marks", () => store.marks()),
    pendingInvitations: () => memo("invitations", () => store.pendingInvitations()),
  };
}

/**
 * The cached models a contact mark leaves valid (see `keepingUnaffected`): every store read
 * but the marks, the invitation advice and the digest. Triage and discovery are recomputed
 * (over the kept reads, so in a fraction of the cold time).
 */
export const MARK_UNAFFECTED = (key: string): boolean =>
  (key.startsWith("people.") && key !== "people.marks") ||
  key === "invitations" ||
  key.startsWith("digest:");

/**
 * The cached models a digest feedback click leaves valid: the people reads, triage and the
 * invitation advice (discovery reads what was read, so it is recomputed with the digest).
 */
export const FEEDBACK_UNAFFECTED = (key: string): boolean =>
  key.startsWith("people.") || key === "triage" || key === "invitations";

/**
 * `tellerrand triage` over the whole network, kept until the store changes (a mark is a
 * change, so the next view respects it).
 *
 * @example
 * const r = await triageModel(app); r.counts.dormant;
 */
export function triageModel(app: App): Promise<TriageResult> {
  // Not in the worker: its entries are class instances (lazy reasons) that do not clone.
  return cachedUntilChange(app, "triage", () =>
    runTriage(
      { people: cachedPeople(app), reports: app.reports },
      app.config.profile,
      app.config.triage,
    ),
  );
}

/**
 * `tellerrand invitations`: advice on every pending invitation, kept until the store changes.
 *
 * @example
 * const r = await invitationsModel(app); r.counts.accept;
 */
export function invitationsModel(app: App): Promise<InvitationsResult> {
  // Seconds of scoring in one synchronous stretch: in a worker when `serve` runs.
  return cachedUntilChange(app, "invitations", () =>
    offThread(app, "invitations", () =>
      adviseOnInvitations(
        { people: cachedPeople(app), reports: app.reports },
        app.config.profile,
        app.config.triage,
      ),
    ),
  );
}

/** What the discover page asks for: the kind and the dial, in steps of 0.1. */
export interface DiscoverQuery {
  kind: DiscoveryKind;
  explore: number;
  limit: number;
  /** Language of the reasons and labels (the page's). */
  lang?: DiscoveryLang;
}

/**
 * `tellerrand discover` for one kind and dial position, kept per position until the store
 * changes.
 *
 * @example
 * const r = await discoveryModel(app, { kind: "people", explore: 0.5, limit: 20 });
 */
export function discoveryModel(app: App, q: DiscoverQuery): Promise<DiscoveryResult> {
  return cachedUntilChange(
    app,
    `discover:${q.kind}:${q.explore}:${q.limit}:${q.lang ?? "en"}`,
    () =>
      offThread(
        app,
        "discover",
        () =>
          runDiscovery(
            {
              people: cachedPeople(app),
              reports: app.reports,
              candidates: new SqlCandidateStore(app.db),
            },
            app.config.profile,
            { ...q, minRelevance: app.config.triage.relevantMin },
          ),
        q,
      ),
  );
}
