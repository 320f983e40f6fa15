/**
 * Use cases: contact triage and contact marks (issue 5 §2). Reads the store through
 * {@link PeopleReader}, builds the person's profiles, and hands everything to the pure
 * scoring in `src/domain/people`.
 */
import { TellerrandError } from "../domain/errors.js";
import {
  buildPersonProfiles,
  type Mark,
  type PersonProfiles,
  type TriageContact,
  type TriageResult,
  type TriageThresholds,
  triageContacts,
} from "../domain/people/index.js";
import {
  nameKey,
  type PeopleReader,
  type PeopleWriter,
  type StoredContact,
} from "./people-ports.js";
import type { ReportReader } from "./ports.js";
import {
  type ConfiguredProfile,
  type EffectiveProfile,
  effectiveProfile,
  ownEmployerKeys,
} from "./profile.js";

export interface PeopleDeps {
  people: PeopleReader;
  /** For the effective profile (name, own positions) and the horizon score. */
  reports: ReportReader;
}

/** Everything the people use cases share: the profiles and the network, read once. */
export interface PeopleContext {
  asOf: string;
  profile: EffectiveProfile;
  profiles: PersonProfiles;
  stored: StoredContact[];
  contacts: TriageContact[];
  /** Current and past employers of the person, canonical keys. */
  ownEmployerKeys: string[];
}

const newest = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : a > b ? a : b;

/** First and last name joined by a space, either may be missing; `#id` when both are. */
function fullName(c: StoredContact): string {
  const first = c.firstName ?? "";
  const last = c.lastName ?? "";
  const name = first === "" ? last : last === "" ? first : `${first} ${last}`;
  return name === "" ? `#${c.id}` : name;
}

/**
 * Reads the profiles and all current contacts with their interaction counts.
 * Throws `not-found` when nothing has been imported.
 *
 * @example
 * const ctx = await loadPeopleContext({ people, reports }, config.profile);
 */
export async function loadPeopleContext(
  deps: PeopleDeps,
  configured: ConfiguredProfile,
): Promise<PeopleContext> {
  const asOf = await deps.people.latestAsOf();
  if (asOf === null) {
    throw new TellerrandError(
      "not-found",
      "nothing imported yet: run `tellerrand import <your LinkedIn export .zip>` first",
    );
  }
  const profile = await effectiveProfile(configured, deps.reports);
  const sources = await deps.people.profileSources();
  const profiles = buildPersonProfiles({
    ...sources,
    goals: configured.goals,
    interests: configured.interests,
  });
  const stored = await deps.people.currentContacts();
  const owner = await deps.people.ownerUrl();
  const messages = await deps.people.messageStats(owner);
  const endorsements = await deps.people.endorsementStats();
  const recommendations = await deps.people.recommendationStats();
  const marks = await deps.people.marks();
  const contacts = stored.map((c): TriageContact => {
    const m = c.url === null ? undefined : messages.get(c.url);
    const e = c.url === null ? undefined : endorsements.get(c.url);
    // Folding a name (NFKD, regexes) costs more than the rest of the row: only when needed.
    const r =
      recommendations.size === 0
        ? undefined
        : recommendations.get(nameKey(c.firstName, c.lastName));
    const mark = marks.get(c.id);
    return {
      id: c.id,
      name: fullName(c),
      url: c.url,
      title: c.position,
      company: c.company,
      employerKey: c.selfEmployed ? null : c.orgKey,
      function: c.jobFunction,
      industry: c.industry,
      connectedOn: c.connectedOn,
      interaction: {
        messagesIn: m?.messagesIn ?? 0,
        messagesOut: m?.messagesOut ?? 0,
        lastMessageAt: m?.lastAt ?? null,
        recommendations: r?.count ?? 0,
        endorsements: e?.count ?? 0,
        lastGestureAt: newest(e?.lastAt ?? null, r?.lastAt ?? null),
      },
      mark: mark === undefined ? undefined : { mark: mark.mark, markedAt: mark.markedAt },
    };
  });
  return { asOf, profile, profiles, stored, contacts, ownEmployerKeys: ownEmployerKeys(profile) };
}

/**
 * Triage of every current connection.
 *
 * @example
 * const result = await runTriage({ people, reports }, config.profile, config.triage);
 * result.counts.dormant;
 */
export async function runTriage(
  deps: PeopleDeps,
  configured: ConfiguredProfile,
  thresholds: TriageThresholds,
): Promise<TriageResult> {
  const ctx = await loadPeopleContext(deps, configured);
  return triageContacts({
    asOf: ctx.asOf,
    profiles: ctx.profiles,
    contacts: ctx.contacts,
    ownEmployerKeys: ctx.ownEmployerKeys,
    thresholds,
  });
}

/**
 * Marks one contact (by id, profile URL or full name). Throws `not-found` when nothing
 * matches and `usage` when a name matches several contacts (the message lists their ids).
 *
 * @example
 * await markContact(store, "Jana Beispiel", "keep", null, new Date().toISOString());
 */
export async function markContact(
  writer: PeopleWriter,
  ref: string,
  mark: Mark,
  note: string | null,
  markedAt: string,
): Promise<{ id: number; name: string; mark: Mark }> {
  const found = await writer.findContacts(ref);
  const only = found[0];
  if (only === undefined) {
    throw new TellerrandError(
      "not-found",
      `no current contact matches "${ref}" (id, profile URL or full name)`,
    );
  }
  if (found.length > 1) {
    const list = found.map((c) => `#${c.id} ${c.url ?? c.name}`).join(", ");
    throw new TellerrandError(
      "usage",
      `"${ref}" matches ${found.length} contacts: ${list}; use the id`,
    );
  }
  await writer.setMark(only.id, mark, note, markedAt);
  return { id: only.id, name: only.name, mark };
}
