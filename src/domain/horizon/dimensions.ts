import { diversityFigures } from "../metrics/diversity.js";
import { NACE_SECTIONS } from "../taxonomy.js";
import {
  type CompactFigures,
  type ContactFacts,
  type DimensionKey,
  type DimensionReport,
  LOW_SAMPLE_N,
  type ShareRow,
} from "./types.js";

/** A contact's value on one dimension, or null when unknown. */
export interface DimensionValue {
  key: string;
  label: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The connection year of a YYYY-MM-DD date, or null when the date is malformed. */
export function connectionYear(connectedOn: string): number | null {
  const match = DATE.exec(connectedOn);
  return match ? Number(match[1]) : null;
}

/** Reads one dimension off a contact; blank keys count as unknown. */
export function dimensionValue(contact: ContactFacts, dim: DimensionKey): DimensionValue | null {
  switch (dim) {
    case "employer": {
      const key = contact.employerKey?.trim();
      if (!key) return null;
      return { key, label: contact.employerLabel?.trim() || key };
    }
    case "function":
      return contact.function === "unknown"
        ? null
        : { key: contact.function, label: contact.function };
    case "seniority":
      return contact.seniority === "unknown"
        ? null
        : { key: contact.seniority, label: contact.seniority };
    case "industry":
      return contact.industry === null
        ? null
        : { key: contact.industry, label: NACE_SECTIONS[contact.industry] };
    case "year": {
      const year = connectionYear(contact.connectedOn);
      return year === null ? null : { key: String(year), label: String(year) };
    }
  }
}

interface Tally {
  rows: ShareRow[];
  known: number;
  unknown: number;
}

/** Counts known values (first label seen wins) and sorts by count desc, then key. */
export function tallyValues(values: readonly (DimensionValue | null)[]): Tally {
  const byKey = new Map<string, { label: string; count: number }>();
  let unknown = 0;
  for (const v of values) {
    if (v === null) {
      unknown++;
      continue;
    }
    const entry = byKey.get(v.key);
    if (entry) entry.count++;
    else byKey.set(v.key, { label: v.label, count: 1 });
  }
  const known = values.length - unknown;
  const rows = [...byKey.entries()]
    .map(([key, { label, count }]) => ({ key, label, count, share: count / known }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { rows, known, unknown };
}

/** The full diversity report of one dimension over the given contacts. */
export function dimensionReport(
  contacts: readonly ContactFacts[],
  dim: DimensionKey,
): DimensionReport {
  const { rows, known, unknown } = tallyValues(contacts.map((c) => dimensionValue(c, dim)));
  const figures = diversityFigures(rows.map((r) => r.count));
  return {
    hhi: figures.hhi,
    entropy: figures.entropy,
    effectiveNumber: figures.effectiveNumber,
    inverseSimpson: figures.inverseSimpson,
    giniSimpson: figures.giniSimpson,
    giniSimpsonUnbiased: figures.giniSimpsonUnbiased,
    top3Share: figures.top3Share,
    richness: figures.richness,
    coverage: contacts.length === 0 ? 0 : known / contacts.length,
    known,
    unknown,
    lowSample: known < LOW_SAMPLE_N,
    shares: rows,
  };
}

/** The compact figures (per year, flow) of one dimension over the given contacts. */
export function compactFigures(
  contacts: readonly ContactFacts[],
  dim: DimensionKey,
): CompactFigures {
  const { rows, known } = tallyValues(contacts.map((c) => dimensionValue(c, dim)));
  const figures = diversityFigures(rows.map((r) => r.count));
  return {
    known,
    hhi: figures.hhi,
    effectiveNumber: figures.effectiveNumber,
    inverseSimpson: figures.inverseSimpson,
    giniSimpsonUnbiased: figures.giniSimpsonUnbiased,
    top3Share: figures.top3Share,
  };
}

/**
 * Share of contacts with a known employer who work at one of `ownKeys`; 0 when no contact
 * has a known employer.
 */
export function ownEmployerShareOf(
  contacts: readonly ContactFacts[],
  ownKeys: ReadonlySet<string>,
): number {
  let known = 0;
  let own = 0;
  for (const c of contacts) {
    const v = dimensionValue(c, "employer");
    if (v === null) continue;
    known++;
    if (ownKeys.has(v.key)) own++;
  }
  return known === 0 ? 0 : own / known;
}
