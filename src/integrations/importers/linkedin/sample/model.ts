/**
 * The synthetic network as a whole ("universe"): the owner and every connection they ever have,
 * with dates, job histories, removals and deactivations. It depends on `(seed, connections)` only,
 * never on `asOf`; an export is a view of it at one day (see `view.ts`). That is what makes an
 * earlier export a consistent predecessor of a later one.
 */
import { DAY, parseDay, yearOf, yearStart } from "./dates.js";
import { makePerson, type Person } from "./people.js";
import { chance, int, pick, type Rng, rngFor, weighted, zipfIndex } from "./prng.js";
import {
  BIG_COMPANIES,
  CLIENTS,
  DE_FORMS,
  DE_PREFIXES,
  DE_STEMS,
  EMPLOYERS,
  EN_FORMS,
  EN_PREFIXES,
  EN_STEMS,
  IT_TITLES,
  OTHER_TITLES,
  SELF_EMPLOYED,
  SELF_EMPLOYED_TITLES,
} from "./vocab-work.js";

/** The default export date and the last day of the synthetic timeline. */
export const DEFAULT_AS_OF = "2026-11-20";
export const TIMELINE_END = parseDay(DEFAULT_AS_OF) as number;
/** The owner's first connection, about ten years before the end of the timeline. */
export const TIMELINE_START = TIMELINE_END - 3652;

export interface Job {
  company: string;
  position: string;
}

/** The job a contact held until `day` (exclusive), when they changed to the next one. */
export interface JobChange {
  day: number;
  before: Job;
}

/** Where a contact comes from: one of the owner's employers (index), a client, or anyone. */
export type Origin = number | "client" | "tail";

export interface Contact extends Person {
  id: number;
  origin: Origin;
  /** Seconds since the epoch (UTC). */
  connectedAt: number;
  connectedDay: number;
  /** First day on which the connection no longer exists (removed by either side). */
  removedDay: number | undefined;
  /** First day on which the member shows as a blank-identity row (deactivated account). */
  deactivatedDay: number | undefined;
  /** Job at the end of the timeline. */
  job: Job;
  /** Earlier jobs, ascending by day. */
  changes: readonly JobChange[];
}

export interface Universe {
  seed: number;
  owner: Person;
  /** `connections` contacts present at the end of the timeline, then the removed ones. */
  contacts: readonly Contact[];
  /** How many contacts are present at the end of the timeline (= the requested count). */
  present: number;
}

/** Share of extra contacts that were connected once and removed before the timeline ends. */
const REMOVED_SHARE = 0.03;
const DEACTIVATED_SHARE = 0.025;
/** Yearly probability that a contact changes job (or gets a new title). */
const JOB_CHANGE_RATE = 0.07;
/** Growth of the network: density ∝ exp(GROWTH·t) over the ten years. */
const GROWTH = 1.3;

/** The job a contact showed on `day`. */
export function jobAt(contact: Contact, day: number): Job {
  for (const change of contact.changes) if (change.day > day) return change.before;
  return contact.job;
}

/** A day drawn from the network's growth curve (more recent years have more connections). */
export function growthDay(r: Rng, from = TIMELINE_START, to = TIMELINE_END): number {
  const t = Math.log(1 + r() * (Math.exp(GROWTH) - 1)) / GROWTH;
  return from + Math.floor(t * (to - from + 1));
}

/** The employer-tenure window in which colleagues from there connected. */
function employerWindow(index: number): [number, number] {
  const e = EMPLOYERS[index];
  if (!e) throw new Error(`no employer ${index}`);
  const from = Math.max(parseDay(`${e.from}-01`) as number, TIMELINE_START);
  const end = e.to === undefined ? TIMELINE_END : (parseDay(`${e.to}-28`) as number) + 180;
  return [from, Math.min(TIMELINE_END, Math.max(end, from + 365))];
}

function connectionDay(r: Rng, origin: Origin): number {
  if (typeof origin === "number") {
    const [from, to] = employerWindow(origin);
    return from + Math.floor(r() ** 1.4 * (to - from + 1));
  }
  if (origin === "client") return growthDay(r, employerWindow(3)[0]);
  return growthDay(r);
}

function companyName(seed: number, index: number, r: Rng): string {
  const c = rngFor(seed, "company", index);
  if (chance(c, 0.3)) {
    const variants = pick(c, BIG_COMPANIES);
    return chance(r, 0.7) ? (variants[0] as string) : pick(r, variants);
  }
  const dropForm = chance(r, 0.08);
  if (chance(c, 0.75)) {
    const stem = pick(c, DE_STEMS);
    const base = chance(c, 0.7)
      ? `${pick(c, DE_PREFIXES)}${stem}`
      : `${pick(c, DE_PREFIXES)} ${stem[0]?.toUpperCase()}${stem.slice(1)}`;
    return dropForm ? base : base + weighted(c, DE_FORMS);
  }
  const base = `${pick(c, EN_PREFIXES)} ${pick(c, EN_STEMS)}`;
  return dropForm ? base : base + weighted(c, EN_FORMS);
}

const FEMALE_FORMS: Record<string, string> = {
  Ärztin: "Arzt",
  "Wissenschaftliche Mitarbeiterin": "Wissenschaftlicher Mitarbeiter",
};

/** German female job titles become male ones for men; women keep either form. */
function genderTitle(title: string, female: boolean): string {
  if (female) return title;
  return FEMALE_FORMS[title] ?? title.replace(/(er|ent|eur|or|ist)in\b/g, "$1");
}

function titleFor(r: Rng, itShare: number, female: boolean): string {
  return genderTitle(pick(r, chance(r, itShare) ? IT_TITLES : OTHER_TITLES), female);
}

/** A job for a contact of this origin; `tailSize` is the number of long-tail companies. */
function makeJob(seed: number, r: Rng, origin: Origin, female: boolean, tailSize: number): Job {
  if (typeof origin === "number") {
    const names = EMPLOYERS[origin]?.names ?? [];
    return { company: weighted(r, names), position: titleFor(r, 0.85, female) };
  }
  if (origin === "client") {
    const variants = BIG_COMPANIES[pick(r, CLIENTS)] ?? [];
    return { company: pick(r, variants), position: titleFor(r, 0.5, female) };
  }
  if (chance(r, 0.045)) {
    return {
      company: pick(r, SELF_EMPLOYED),
      position: genderTitle(pick(r, SELF_EMPLOYED_TITLES), female),
    };
  }
  const company = chance(r, 0.035) ? "" : companyName(seed, zipfIndex(r, tailSize), r);
  const position = chance(r, 0.035) ? "" : titleFor(r, 0.45, female);
  return { company, position };
}

function jobChanges(seed: number, c: Contact, tailSize: number): JobChange[] {
  const changes: JobChange[] = [];
  for (let y = yearOf(c.connectedDay); y <= yearOf(TIMELINE_END); y++) {
    const r = rngFor(seed, "change", c.id, y);
    if (!chance(r, JOB_CHANGE_RATE)) continue;
    const day = yearStart(y) + int(r, 0, 364);
    if (day <= c.connectedDay || day > TIMELINE_END) continue;
    // Promotions keep the company; otherwise the contact came from somewhere else.
    const origin: Origin = chance(r, 0.08) ? int(r, 1, 3) : "tail";
    const before = chance(r, 0.35)
      ? { company: c.job.company, position: titleFor(r, 0.6, c.female) }
      : makeJob(seed, r, origin, c.female, tailSize);
    changes.push({ day, before });
  }
  return changes;
}

function originFor(r: Rng): Origin {
  const items: [Origin, number][] = EMPLOYERS.map((e, i) => [i, e.share] as [Origin, number]);
  items.push(["client", 0.08]);
  const used = items.reduce((sum, [, w]) => sum + w, 0);
  items.push(["tail", 1 - used]);
  return weighted(r, items);
}

function makeContact(seed: number, id: number, removed: boolean, tailSize: number): Contact {
  const r = rngFor(seed, "contact", id);
  const origin = originFor(r);
  const person = makePerson(r, id, origin === "tail" ? 0.78 : 0.9);
  const connectedDay = connectionDay(r, origin);
  const connectedAt = connectedDay * DAY + int(r, 6 * 3600, 22 * 3600);
  const span = TIMELINE_END - connectedDay;
  const removedDay = removed ? connectedDay + 1 + Math.floor(r() * span) : undefined;
  const deactivatedDay = chance(r, DEACTIVATED_SHARE)
    ? connectedDay + 1 + Math.floor(r() * span)
    : undefined;
  const job = makeJob(seed, r, origin, person.female, tailSize);
  const contact: Contact = {
    ...person,
    id,
    origin,
    connectedAt,
    connectedDay,
    removedDay: removedDay === undefined ? undefined : Math.min(removedDay, TIMELINE_END),
    deactivatedDay:
      deactivatedDay === undefined ? undefined : Math.min(deactivatedDay, TIMELINE_END),
    job,
    changes: [],
  };
  return { ...contact, changes: jobChanges(seed, contact, tailSize) };
}

/**
 * Builds the universe for `(seed, connections)`: exactly `connections` contacts exist at the end
 * of the timeline (including blank-identity rows), plus ~3% removed earlier.
 */
export function buildUniverse(seed: number, connections: number): Universe {
  const tailSize = Math.max(40, Math.round(connections / 3));
  const removed = Math.round(connections * REMOVED_SHARE);
  const contacts: Contact[] = [];
  const slugs = new Set<string>();
  for (let id = 0; id < connections + removed; id++) {
    const c = makeContact(seed, id, id >= connections, tailSize);
    // Profile URLs are unique on LinkedIn; vanity slugs can collide here, so disambiguate.
    const slug = slugs.has(c.slug) ? `${c.slug}-${id.toString(36)}` : c.slug;
    slugs.add(slug);
    contacts.push({ ...c, slug, url: `https://www.linkedin.com/in/${slug}` });
  }
  const owner = makePerson(rngFor(seed, "owner"), -1, 1, true);
  return { seed, owner, contacts, present: connections };
}
