import type { JobFunction, Seniority } from "../taxonomy.js";

/**
 * How much a function cue counts. Higher ranks win; within a rank, domains and phrases are
 * read left to right (the first department named) and role nouns right to left (the head of
 * an English noun phrase and of a German compound is its last part).
 */
export const RANK = {
  /** A role noun that says nothing about the function: manager, Leiter, Referent. */
  generic: 0,
  /** A role noun with a default function that a domain word overrides: engineer, Berater. */
  weakNoun: 1,
  /** A department or subject: marketing, Vertrieb, Personal, IT. */
  domain: 2,
  /** A role noun that fixes the function: recruiter, Buchhalter, Lehrer. */
  strongNoun: 3,
  /** A fixed phrase or compound that settles it: "sales engineer", "Steuerberater". */
  phrase: 4,
} as const;

export type Rank = (typeof RANK)[keyof typeof RANK];

/** `[regex source, function or null, rank]`; sources match normalised (lower-case, accent-free) text. */
export type FunctionRule = readonly [pattern: string, fn: JobFunction | null, rank: Rank];

/**
 * `[regex source, level, kind]`. `mod` rules are adjectives (junior, senior) that qualify a role;
 * `role` rules are positions that carry a level by themselves (Teamleiter, CEO, Inhaber).
 */
export type SeniorityRule = readonly [pattern: string, level: Seniority, kind: "mod" | "role"];

/** Shorthands so the lexicon tables stay one rule per line. */
export const F = {
  eng: "Engineering",
  it: "Information Technology",
  data: "Data & Research",
  product: "Product Management",
  project: "Project Management",
  design: "Design",
  marketing: "Marketing",
  sales: "Sales",
  bizdev: "Business Development",
  support: "Customer Support",
  consulting: "Consulting",
  finance: "Finance",
  hr: "Human Resources",
  legal: "Legal",
  purchasing: "Purchasing",
  ops: "Operations",
  admin: "Administrative",
  edu: "Education",
  health: "Healthcare",
  media: "Media & Communications",
  arts: "Arts & Culture",
  gm: "General Management",
} as const satisfies Record<string, JobFunction>;
