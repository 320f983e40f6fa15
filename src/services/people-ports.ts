/**
 * What triage and invitation advice read from the store (implemented by
 * `src/db/people-store.ts`). Discovery can reuse the profile and contact reads.
 */
import type { Mark, ProfileSources } from "../domain/people/index.js";

/** A current connection with its current role. */
export interface StoredContact {
  id: number;
  firstName: string | null;
  lastName: string | null;
  url: string | null;
  /** YYYY-MM-DD */
  connectedOn: string;
  company: string | null;
  orgKey: string | null;
  selfEmployed: boolean;
  /** NACE section letter set with `orgs set-industry`, if any. */
  industry: string | null;
  position: string | null;
  jobFunction: string;
  seniority: string;
}

/** Messages exchanged with one counterpart, keyed by their profile URL. */
export interface MessageStats {
  messagesIn: number;
  messagesOut: number;
  /** ISO timestamp of the newest message either way. */
  lastAt: string;
}

/** Endorsements or recommendations from one person. */
export interface GestureStats {
  count: number;
  /** ISO timestamp or date of the newest, if dated. */
  lastAt: string | null;
}

export interface StoredInvitation {
  name: string;
  url: string | null;
  sentAt: string;
  message: string | null;
  /** Last known role, if they were a connection before (ended contacts keep their roles). */
  former: {
    company: string | null;
    orgKey: string | null;
    position: string | null;
    jobFunction: string;
    seniority: string;
    industry: string | null;
  } | null;
  /** Texts of messages they sent, newest first (InMails). */
  messages: string[];
}

export interface StoredMark {
  mark: Mark;
  note: string | null;
  markedAt: string;
}

export interface PeopleReader {
  /** `as_of` of the newest snapshot, or null when nothing is imported. */
  latestAsOf(): Promise<string | null>;
  /** The export's side of the person's profiles (the config adds goals and interests). */
  profileSources(): Promise<Omit<ProfileSources, "goals" | "interests">>;
  currentContacts(): Promise<StoredContact[]>;
  /** The person's own profile URL, from invitations or messages; null if not derivable. */
  ownerUrl(): Promise<string | null>;
  /** Message counts per counterpart profile URL (drafts excluded). */
  messageStats(ownerUrl: string | null): Promise<Map<string, MessageStats>>;
  /** Endorsements received, per endorser profile URL. */
  endorsementStats(): Promise<Map<string, GestureStats>>;
  /** Recommendations received, per folded full name (see `nameKey`). */
  recommendationStats(): Promise<Map<string, GestureStats>>;
  marks(): Promise<Map<number, StoredMark>>;
  /** Incoming invitations whose sender is not a current connection, newest first. */
  pendingInvitations(): Promise<StoredInvitation[]>;
}

export interface PeopleWriter {
  /** Current contacts matching an id, profile URL or full name (case-insensitive). */
  findContacts(ref: string): Promise<Array<{ id: number; name: string; url: string | null }>>;
  setMark(contactId: number, mark: Mark, note: string | null, markedAt: string): Promise<void>;
  clearMark(contactId: number): Promise<boolean>;
}

/**
 * A name folded for matching recommendations (which have no URL) to contacts: NFKD, accents
 * and punctuation removed, lower case, single spaces.
 *
 * @example
 * nameKey("Jörg", "Groß-Müller"); // "jorg gross muller"
 */
export function nameKey(first: string | null, last: string | null): string {
  const raw = `${first ?? ""} ${last ?? ""}`;
  return asciiNameKey(raw) ?? foldName(raw);
}

function foldName(raw: string): string {
  return raw
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * The same folding for a pure-ASCII name in one pass (letters and digits lower-cased, every
 * other run one space, trimmed), or null when the name has any other character: the Unicode
 * path cost more than the rest of a 30,000-contact read.
 */
function asciiNameKey(raw: string): string | null {
  let out = "";
  let gap = false;
  for (let i = 0; i < raw.length; i++) {
    let ch = raw.charCodeAt(i);
    if (ch > 127) return null;
    if (ch >= 65 && ch <= 90) ch += 32;
    if ((ch >= 97 && ch <= 122) || (ch >= 48 && ch <= 57)) {
      if (gap && out !== "") out += " ";
      gap = false;
      out += String.fromCharCode(ch);
    } else gap = true;
  }
  return out;
}
