/** What every file generator needs: the universe and the export day it is viewed at. */

import type { Conversation, Stranger } from "./conversations.js";
import { DAY, parseDay } from "./dates.js";
import type { Contact, Universe } from "./model.js";
import { EMPLOYERS, type Employer } from "./vocab-work.js";

export interface SampleContext {
  seed: number;
  universe: Universe;
  /** Recruiters (InMails) and other non-connections. */
  strangers: readonly Stranger[];
  conversations: readonly Conversation[];
  asOfDay: number;
  /** First second after the export day: everything shown happened before it. */
  asOfEnd: number;
}

/** One CSV file: fixed leading lines (preamble, header) and lazily produced data lines. */
export interface SampleFile {
  name: string;
  head: readonly string[];
  rows: () => Iterable<string>;
}

export const ownerName = (ctx: SampleContext): string =>
  `${ctx.universe.owner.firstName} ${ctx.universe.owner.lastName}`;

/** A contact is a connection on `day` if connected by then and not removed yet. */
export function isConnected(c: Contact, day: number): boolean {
  return c.connectedDay <= day && (c.removedDay === undefined || c.removedDay > day);
}

/** Deactivated members show as blank rows and as "LinkedIn Member" in messages. */
export const isBlank = (c: Contact, day: number): boolean =>
  c.deactivatedDay !== undefined && c.deactivatedDay <= day;

/** Connections on the export day, newest first (ties by id, so the order is stable). */
export function connectionsAt(ctx: SampleContext): Contact[] {
  return ctx.universe.contacts
    .filter((c) => isConnected(c, ctx.asOfDay))
    .sort((a, b) => b.connectedAt - a.connectedAt || a.id - b.id);
}

export const monthDay = (yyyyMm: string): number => parseDay(`${yyyyMm}-01`) as number;

/** The owner's positions that had started by the export day, newest first. */
export function ownerPositions(ctx: SampleContext): { employer: Employer; current: boolean }[] {
  return EMPLOYERS.filter((e) => monthDay(e.from) <= ctx.asOfDay)
    .map((employer) => ({
      employer,
      current: employer.to === undefined || monthDay(employer.to) + 27 >= ctx.asOfDay,
    }))
    .reverse();
}

/** The employer the owner worked for at `seconds`. */
export function ownerEmployerAt(seconds: number): Employer {
  const day = Math.floor(seconds / DAY);
  const found = EMPLOYERS.filter((e) => monthDay(e.from) <= day).pop();
  return found ?? (EMPLOYERS[0] as Employer);
}
