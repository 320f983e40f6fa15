/**
 * A seeded synthetic network and invitation list for the invitation advice's reference test and
 * benchmark (issue 5 §3): not product logic, but pure and deterministic, so both read the same
 * data. Employers follow a heavy tail (a few large, many one-person), a share of every field is
 * unknown, connection dates span ten years up to `asOf`, and invitees mix known employers,
 * new ones, the own employer and "nothing known".
 */
import type { ContactFacts } from "../horizon/types.js";
import { JOB_FUNCTIONS, NACE_SECTIONS, type NaceSection, SENIORITIES } from "../taxonomy.js";
import type { PendingInvitation } from "./invitations.js";

/** A function returning uniform numbers in [0, 1), e.g. `mulberry32(seed)`. */
export type SampleRng = () => number;

const NACE = Object.keys(NACE_SECTIONS) as NaceSection[];
const TITLES = [
  "Kafka Engineer",
  "Data Engineer",
  "Steuerberater",
  "Vertriebsleiterin",
  "Head of Data Platforms",
  "Product Owner",
];

function pick<T>(r: SampleRng, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

/** A heavy-tailed employer key: index ~ floor(size^u), so small indices dominate. */
function employer(r: SampleRng, size: number): string {
  return `org-${Math.floor(size ** r())}`;
}

function date(r: SampleRng, asOf: string): string {
  const end = Date.parse(`${asOf}T00:00:00Z`);
  // Half within the last two years, so the 12-month trend window is well populated.
  const days = Math.floor(r() < 0.5 ? r() * 730 : r() * 3650);
  return new Date(end - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * `n` contacts; `unknownShare` of each field is unknown (vary it to cross coverage limits).
 *
 * @example
 * sampleContacts(mulberry32(1), 30_000, "2026-11-20").length; // 30000
 */
export function sampleContacts(
  r: SampleRng,
  n: number,
  asOf: string,
  unknownShare = 0.2,
): ContactFacts[] {
  const orgs = Math.max(2, Math.round(n / 2));
  return Array.from({ length: n }, () => {
    const key = r() < unknownShare ? null : r() < 0.05 ? "acme" : employer(r, orgs);
    return {
      employerKey: key,
      employerLabel: key === null ? null : key.toUpperCase(),
      function: r() < unknownShare ? "unknown" : pick(r, JOB_FUNCTIONS.slice(0, 8 + (n % 14))),
      seniority: r() < unknownShare ? "unknown" : pick(r, SENIORITIES),
      industry: r() < unknownShare ? null : pick(r, NACE),
      connectedOn: r() < 0.01 ? "unknown" : date(r, asOf),
    };
  });
}

/** `n` pending invitations; about a third know nothing beyond the name. */
export function sampleInvitations(
  r: SampleRng,
  n: number,
  networkSize: number,
): PendingInvitation[] {
  const orgs = Math.max(2, Math.round(networkSize / 2));
  return Array.from({ length: n }, (_, i) => {
    const blank = r() < 0.35;
    const roll = r();
    const employerKey = blank
      ? null
      : roll < 0.1
        ? "acme"
        : roll < 0.3
          ? `new-org-${i}`
          : roll < 0.9
            ? employer(r, orgs)
            : null;
    return {
      name: `Invitee ${i}`,
      url: null,
      sentAt: `2026-1${i % 2}-0${1 + (i % 9)}T10:00:00Z`,
      message: blank || r() < 0.5 ? null : "Hi, I work on Kafka pipelines and data platforms.",
      title: blank ? null : pick(r, TITLES),
      company: employerKey,
      employerKey,
      function: blank || r() < 0.2 ? "unknown" : pick(r, [...JOB_FUNCTIONS, "Astrology"]),
      seniority: blank || r() < 0.2 ? "unknown" : pick(r, SENIORITIES),
      industry: blank || r() < 0.2 ? null : pick(r, [...NACE, "ZZ"]),
      messages: [],
    };
  });
}
