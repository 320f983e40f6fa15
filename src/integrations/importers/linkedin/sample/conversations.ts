/**
 * The message plan: who talks to the owner, how much and when. Volume is heavy-tailed (Pareto
 * weights: a minority of contacts carries most messages) and recency varies (about a fifth of the
 * conversations run until the end of the timeline, the rest went dormant at some point).
 * Exactly `messages` messages exist at the end of the timeline; an export shows those up to `asOf`.
 */
import { DAY } from "./dates.js";
import { type Contact, growthDay, TIMELINE_END, TIMELINE_START } from "./model.js";
import { makePerson, type Person } from "./people.js";
import { chance, int, pareto, pick, type Rng, rngFor } from "./prng.js";
import { RECRUITER_TITLES, RECRUITING_AGENCIES } from "./vocab-work.js";

/** Someone who is not a connection: a recruiter writing InMails or a pending invitation. */
export interface Stranger extends Person {
  company: string;
  position: string;
  /** Seconds: when they first reached out. */
  at: number;
}

export interface Conversation {
  /** `2-<base64>` like LinkedIn's. */
  id: string;
  /** The other participant. */
  contact: Contact | undefined;
  stranger: Stranger | undefined;
  /** Ascending seconds since the epoch. */
  times: number[];
  /** 1 where the owner sent the message. */
  fromOwner: Uint8Array;
  folder: "INBOX" | "ARCHIVE" | "SPAM";
  /** Key for the message-text streams. */
  key: string;
}

const END_SECONDS = (TIMELINE_END + 1) * DAY - 1;

function conversationId(r: Rng): string {
  const hex = (n: number) =>
    Array.from({ length: n }, () => "0123456789abcdef"[Math.floor(r() * 16)]).join("");
  const raw = `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}_010`;
  return `2-${Buffer.from(raw, "latin1").toString("base64")}`;
}

/** Recruiters and other non-connections; `count` of them, spread over the last six years. */
export function makeStrangers(seed: number, count: number): Stranger[] {
  const out: Stranger[] = [];
  for (let i = 0; i < count; i++) {
    const r = rngFor(seed, "stranger", i);
    const person = makePerson(r, 1_000_000 + i, 0.7);
    const day = growthDay(r, TIMELINE_END - 6 * 365);
    out.push({
      ...person,
      slug: `${person.slug}-${i.toString(36)}`,
      url: `${person.url}-${i.toString(36)}`,
      company: pick(r, RECRUITING_AGENCIES),
      position: pick(r, RECRUITER_TITLES),
      at: day * DAY + int(r, 7 * 3600, 19 * 3600),
    });
  }
  return out;
}

interface Candidate {
  contact: Contact | undefined;
  stranger: Stranger | undefined;
  weight: number;
  key: string;
}

function candidates(seed: number, contacts: readonly Contact[], strangers: readonly Stranger[]) {
  const out: Candidate[] = [];
  for (const c of contacts) {
    const r = rngFor(seed, "conv", c.id);
    const p = typeof c.origin === "number" ? 0.65 : c.origin === "client" ? 0.45 : 0.22;
    if (!chance(r, p)) continue;
    const weight = pareto(r, 1.16) * (typeof c.origin === "number" ? 2 : 1);
    out.push({ contact: c, stranger: undefined, weight, key: `c${c.id}` });
  }
  strangers.forEach((s, i) => {
    const r = rngFor(seed, "conv-stranger", i);
    out.push({ contact: undefined, stranger: s, weight: 0.2 + r() * 0.3, key: `s${i}` });
  });
  return out;
}

/** Largest-remainder allocation: integers proportional to the weights, summing to `total`. */
export function allocate(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map(Math.floor);
  let rest = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (rest-- <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

/** Places `k` messages in sessions between `start` and `end` (seconds), alternating speakers. */
function schedule(r: Rng, k: number, start: number, end: number, ownerOpens: number) {
  const sessions = Math.max(1, Math.min(k, Math.round(k / (2 + r() * 5))));
  const starts: number[] = [];
  for (let s = 0; s < sessions; s++) {
    const t = s === 0 && chance(r, 0.5) ? start : start + r() * (end - start);
    const day = Math.floor(t / DAY);
    starts.push(Math.max(start, day * DAY + int(r, 6 * 3600, 21 * 3600)));
  }
  starts.sort((a, b) => a - b);
  const pairs: [number, number][] = [];
  for (let s = 0; s < sessions; s++) {
    const n = Math.floor(k / sessions) + (s < k % sessions ? 1 : 0);
    const session: [number, number][] = [];
    let t = starts[s] as number;
    let sender = chance(r, ownerOpens) ? 1 : 0;
    for (let m = 0; m < n; m++) {
      session.push([Math.round(t), sender]);
      t += chance(r, 0.85) ? int(r, 40, 3 * 3600) : int(r, 12 * 3600, 2 * DAY);
      if (chance(r, 0.75)) sender = 1 - sender;
    }
    // A session running past the end of the timeline happened earlier instead.
    const overflow = Math.max(0, (session[n - 1]?.[0] ?? 0) - END_SECONDS);
    for (const [time, who] of session) pairs.push([Math.max(start, time - overflow), who]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return { times: pairs.map((p) => p[0]), fromOwner: Uint8Array.from(pairs, (p) => p[1]) };
}

function conversationFor(seed: number, cand: Candidate, k: number): Conversation {
  const r = rngFor(seed, "schedule", cand.key);
  const begin = cand.contact ? cand.contact.connectedAt + int(r, 60, 2 * DAY) : cand.stranger?.at;
  const earliest = cand.contact ? cand.contact.connectedAt + 60 : TIMELINE_START * DAY;
  const start = Math.max(earliest, Math.min(begin ?? earliest, END_SECONDS - 3600));
  // A fifth of the conversations stay active until the end; the rest go dormant.
  const end = cand.stranger
    ? Math.min(start + 21 * DAY, END_SECONDS)
    : chance(r, 0.2)
      ? END_SECONDS - int(r, 0, 60 * DAY)
      : start + (END_SECONDS - start) * r() ** 1.5;
  const plan = schedule(r, k, start, Math.max(start, end), cand.stranger ? 0 : 0.45);
  if (cand.stranger) plan.fromOwner[0] = 0; // the InMail opens the thread
  const folder = cand.stranger && chance(r, 0.2) ? "SPAM" : chance(r, 0.13) ? "ARCHIVE" : "INBOX";
  return { id: conversationId(r), ...cand, ...plan, folder };
}

/** All conversations of the timeline with exactly `messages` messages in total. */
export function planConversations(
  seed: number,
  contacts: readonly Contact[],
  strangers: readonly Stranger[],
  messages: number,
): Conversation[] {
  const cands = candidates(seed, contacts, strangers);
  const counts = allocate(
    cands.map((c) => c.weight),
    messages,
  );
  const out: Conversation[] = [];
  cands.forEach((cand, i) => {
    const k = counts[i] ?? 0;
    if (k > 0) out.push(conversationFor(seed, cand, k));
  });
  return out;
}
