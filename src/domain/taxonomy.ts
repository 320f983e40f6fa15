/**
 * The job-function and seniority vocabularies the product classifies titles into.
 * The names are an interface: other tools read them from `tellerrand classify title`.
 */
export const JOB_FUNCTIONS = [
  "Engineering",
  "Information Technology",
  "Data & Research",
  "Product Management",
  "Project Management",
  "Design",
  "Marketing",
  "Sales",
  "Business Development",
  "Customer Support",
  "Consulting",
  "Finance",
  "Human Resources",
  "Legal",
  "Purchasing",
  "Operations",
  "Administrative",
  "Education",
  "Healthcare",
  "Media & Communications",
  "Arts & Culture",
  "General Management",
] as const;

export type JobFunction = (typeof JOB_FUNCTIONS)[number];

/** Ordered from least to most senior. */
export const SENIORITIES = [
  "intern",
  "junior",
  "professional",
  "senior",
  "lead",
  "director",
  "vp",
  "c-level",
  "owner",
] as const;

export type Seniority = (typeof SENIORITIES)[number];

/** `unknown` is an honest answer, never a guess dressed up as one. */
export const UNKNOWN = "unknown" as const;
export type Unknown = typeof UNKNOWN;

/** Result of classifying one job title. `confidence` is in [0, 1]. */
export interface TitleClassification {
  function: JobFunction | Unknown;
  seniority: Seniority | Unknown;
  confidence: number;
}

/** NACE Rev. 2 sections (EU statistical classification of economic activities). */
export const NACE_SECTIONS = {
  A: "Agriculture, forestry and fishing",
  B: "Mining and quarrying",
  C: "Manufacturing",
  D: "Electricity, gas, steam and air conditioning supply",
  E: "Water supply; sewerage, waste management and remediation",
  F: "Construction",
  G: "Wholesale and retail trade",
  H: "Transportation and storage",
  I: "Accommodation and food service activities",
  J: "Information and communication",
  K: "Financial and insurance activities",
  L: "Real estate activities",
  M: "Professional, scientific and technical activities",
  N: "Administrative and support service activities",
  O: "Public administration and defence",
  P: "Education",
  Q: "Human health and social work activities",
  R: "Arts, entertainment and recreation",
  S: "Other service activities",
  T: "Activities of households as employers",
  U: "Activities of extraterritorial organisations",
} as const;

export type NaceSection = keyof typeof NACE_SECTIONS;

export function isNaceSection(value: string): value is NaceSection {
  return Object.hasOwn(NACE_SECTIONS, value);
}

/**
 * A stored job function as the taxonomy's type; anything else is "unknown".
 *
 * @example
 * asJobFunction("Sales"); // "Sales"
 * asJobFunction("Astronaut"); // "unknown"
 */
export function asJobFunction(value: string): JobFunction | "unknown" {
  return (JOB_FUNCTIONS as readonly string[]).includes(value) ? (value as JobFunction) : "unknown";
}

/**
 * A stored seniority as the taxonomy's type; anything else is "unknown".
 *
 * @example
 * asSeniority("senior"); // "senior"
 */
export function asSeniority(value: string): Seniority | "unknown" {
  return (SENIORITIES as readonly string[]).includes(value) ? (value as Seniority) : "unknown";
}
