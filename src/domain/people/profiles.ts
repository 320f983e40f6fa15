/**
 * The person's two profiles (issue 5 §1) as concept and term vectors:
 * - **interests**: what they want and care about (config goals and interests, headline,
 *   summary, skills, certifications, past positions, what they shared);
 * - **current work**: the job they do now (current positions, employer, industry, skills).
 * Distance from the current-work profile is what "beyond my current work" means.
 */
import { conceptVector, getConcept, hashedTermVector } from "../../text/topics/index.js";
import { blend, type NormedVector, normed, TERM_DIMS } from "./vectors.js";

/** What the profiles are built from; every field may be empty. */
export interface ProfileSources {
  /** Free text from the config, any language. */
  goals: string;
  interests: string;
  headline: string | null;
  summary: string | null;
  /** The export's industry label of the person (Profile.csv). */
  industry: string | null;
  skills: readonly string[];
  certifications: readonly string[];
  positions: ReadonlyArray<{
    title: string | null;
    description: string | null;
    companyName: string;
    current: boolean;
  }>;
  /** Commentary of the person's own shares, newest first. */
  shares: readonly string[];
}

/** One profile: blended vectors plus what they were built from, for the explanations. */
export interface ProfileVectors {
  concepts: NormedVector<string>;
  terms: NormedVector<number>;
  /** The heaviest specific concepts, for "why" texts. */
  top: Array<{ id: string; label: string; weight: number }>;
  /** Sources that contributed at least one concept, with their weight. */
  sources: Array<{ source: string; weight: number }>;
}

export interface PersonProfiles {
  interests: ProfileVectors;
  currentWork: ProfileVectors;
}

/**
 * Source weights of the interests profile. The stated goals and interests count three times
 * as much as any export source: they are what the person says they want, the export is what
 * they did.
 */
export const INTEREST_WEIGHTS = {
  goals: 3,
  interests: 3,
  headline: 1,
  summary: 1,
  skills: 1,
  certifications: 0.5,
  pastPositions: 0.5,
  shares: 1,
} as const;

/** Source weights of the current-work profile. LinkedIn's skills are not tied to a role. */
export const CURRENT_WORK_WEIGHTS = {
  currentPositions: 2,
  employer: 1,
  industry: 1,
  skills: 0.5,
} as const;

/** How many of the newest shares feed the interests profile. */
export const MAX_SHARES = 200;

const joinText = (parts: ReadonlyArray<string | null>): string =>
  parts.filter((p): p is string => p !== null && p.trim() !== "").join(". ");

function build(sources: ReadonlyArray<{ source: string; text: string; weight: number }>) {
  const parts = sources.map((s) => ({ ...s, vector: conceptVector(s.text) }));
  const used = parts.filter((p) => p.vector.size > 0 && p.weight > 0);
  const concepts = blend(used);
  const terms = blend(
    sources.map((s) => ({ vector: hashedTermVector(s.text, TERM_DIMS), weight: s.weight })),
  );
  return {
    concepts: normed(concepts),
    terms: normed(terms),
    top: topConcepts(concepts, 8),
    sources: used.map((p) => ({ source: p.source, weight: p.weight })),
  };
}

/**
 * The heaviest concepts below the top-level groups, labelled in `lang`.
 *
 * @example
 * topConcepts(new Map([["technology", 3], ["kubernetes", 1]]), 1); // [{ id: "kubernetes", … }]
 */
export function topConcepts(
  vector: ReadonlyMap<string, number>,
  k: number,
  lang: "en" | "de" = "en",
): Array<{ id: string; label: string; weight: number }> {
  const depth = (id: string) => getConcept(id)?.path.length ?? 0;
  return [...vector]
    .filter(([id]) => depth(id) > 1)
    .sort((a, b) => b[1] - a[1] || depth(b[0]) - depth(a[0]) || a[0].localeCompare(b[0]))
    .slice(0, k)
    .map(([id, weight]) => ({ id, label: getConcept(id)?.label[lang] ?? id, weight }));
}

/**
 * Builds both profiles. Each source's vector is scaled to unit length before weighting, so a
 * long text counts by its weight, not its length (see {@link INTEREST_WEIGHTS}).
 *
 * @example
 * const p = buildPersonProfiles({ ...emptySources, interests: "Stadtentwicklung, Open Data" });
 * p.interests.top.map((t) => t.id); // includes "open-data"
 */
export function buildPersonProfiles(s: ProfileSources): PersonProfiles {
  const past = s.positions.filter((p) => !p.current);
  const current = s.positions.filter((p) => p.current);
  const skills = s.skills.join(", ");
  const w = INTEREST_WEIGHTS;
  const c = CURRENT_WORK_WEIGHTS;
  return {
    interests: build([
      { source: "goals", text: s.goals, weight: w.goals },
      { source: "interests", text: s.interests, weight: w.interests },
      { source: "headline", text: s.headline ?? "", weight: w.headline },
      { source: "summary", text: s.summary ?? "", weight: w.summary },
      { source: "skills", text: skills, weight: w.skills },
      { source: "certifications", text: s.certifications.join(", "), weight: w.certifications },
      {
        source: "pastPositions",
        text: joinText(past.flatMap((p) => [p.title, p.description])),
        weight: w.pastPositions,
      },
      { source: "shares", text: s.shares.slice(0, MAX_SHARES).join("\n"), weight: w.shares },
    ]),
    currentWork: build([
      {
        source: "currentPositions",
        text: joinText(current.flatMap((p) => [p.title, p.description])),
        weight: c.currentPositions,
      },
      {
        source: "employer",
        text: joinText(current.map((p) => p.companyName)),
        weight: c.employer,
      },
      { source: "industry", text: s.industry ?? "", weight: c.industry },
      { source: "skills", text: skills, weight: c.skills },
    ]),
  };
}

/** Sources with nothing in them, to spread over. */
export const EMPTY_PROFILE_SOURCES: ProfileSources = {
  goals: "",
  interests: "",
  headline: null,
  summary: null,
  industry: null,
  skills: [],
  certifications: [],
  positions: [],
  shares: [],
};
