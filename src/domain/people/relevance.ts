/**
 * Relevance of a person (contact, invitee, discovery candidate) to the interests profile, and
 * their distance from the current-work profile. Reused by triage, invitations and discovery.
 */
import { getConcept } from "../../text/topics/index.js";
import type { PersonProfiles, ProfileVectors } from "./profiles.js";
import { cosine, type NormedVector, normed, TextVectorCache, type TextVectors } from "./vectors.js";

/** What is known about a person, as text. All parts are optional. */
export interface PersonText {
  title?: string | null;
  company?: string | null;
  /** Industry label (e.g. a NACE section name). */
  industry?: string | null;
  /** Anything else they wrote to the person: an invitation note, an InMail. */
  note?: string | null;
}

/**
 * Weights of the parts of {@link PersonText}. The title is the main evidence of what someone
 * does; a company name says less (and "Südcloud KG" is not a cloud expert); a note or InMail
 * they wrote counts like a title.
 */
export const PERSON_TEXT_WEIGHTS = { title: 1, company: 0.5, industry: 0.5, note: 1 } as const;

/**
 * Share of term similarity that can stand in for concept similarity. Terms only meet within
 * one language and match words, not meanings, so they count half.
 */
export const TERM_SHARE = 0.5;

export type PersonPart = keyof typeof PERSON_TEXT_WEIGHTS;

/** A person's vectors: per text part, and their weighted sum (for similarity between people). */
export interface PersonVectors {
  parts: ReadonlyArray<{ part: PersonPart; weight: number; vectors: TextVectors }>;
  concepts: NormedVector<string>;
  terms: NormedVector<number>;
}

function add<K>(out: Map<K, number>, v: NormedVector<K>, weight: number): void {
  if (v.norm === 0) return;
  for (const [k, x] of v.weights) out.set(k, (out.get(k) ?? 0) + (weight * x) / v.norm);
}

/**
 * Vectors of a person from their text parts, through a shared cache. Parts without any
 * concept or term are left out.
 *
 * @example
 * personVectors({ title: "Data Engineer", company: "Acme" }, new TextVectorCache());
 */
export function personVectors(text: PersonText, cache: TextVectorCache): PersonVectors {
  const concepts = new Map<string, number>();
  const terms = new Map<number, number>();
  const parts: Array<{ part: PersonPart; weight: number; vectors: TextVectors }> = [];
  for (const part of ["title", "company", "industry", "note"] as const) {
    const value = text[part];
    if (value === null || value === undefined || value.trim() === "") continue;
    const vectors = cache.of(value);
    if (vectors.concepts.norm === 0 && vectors.terms.norm === 0) continue;
    const weight = PERSON_TEXT_WEIGHTS[part];
    parts.push({ part, weight, vectors });
    add(concepts, vectors.concepts, weight);
    add(terms, vectors.terms, weight);
  }
  return { parts, concepts: normed(concepts), terms: normed(terms) };
}

/** Relevance figures, each in [0, 1]. */
export interface Relevance {
  /** Weighted mean of the parts' similarities to the interests profile (see {@link relevanceOf}). */
  score: number;
  /** Similarity of each known part to the interests profile. */
  byPart: Partial<Record<PersonPart, number>>;
  /** The same formula against the current-work profile. */
  currentWork: number;
  /** `1 − currentWork`: how far beyond the current work this person is. */
  beyondWork: number;
  /** Specific concepts shared with the interests profile, strongest first (labels, English). */
  shared: string[];
  /** The same concepts as ids (for labels in other languages). */
  sharedIds: string[];
}

/** `max(cos_concepts, TERM_SHARE · cos_terms)` of one text against one profile. */
export function partSimilarity(v: TextVectors, profile: ProfileVectors): number {
  return Math.max(
    cosine(v.concepts, profile.concepts),
    TERM_SHARE * cosine(v.terms, profile.terms),
  );
}

function weightedMean(p: PersonVectors, profile: ProfileVectors) {
  const byPart: Partial<Record<PersonPart, number>> = {};
  let sum = 0;
  // The title always counts in the denominator: a missing title is missing evidence.
  let weights = PERSON_TEXT_WEIGHTS.title;
  for (const { part, weight, vectors } of p.parts) {
    const sim = partSimilarity(vectors, profile);
    byPart[part] = sim;
    sum += weight * sim;
    if (part !== "title") weights += weight;
  }
  return { score: sum / weights, byPart };
}

const englishLabels = (ids: readonly string[]) => ids.map((id) => getConcept(id)?.label.en ?? id);

function sharedConceptIds(p: PersonVectors, profile: ProfileVectors, k: number): string[] {
  const out: Array<[string, number]> = [];
  for (const [id, w] of p.concepts.weights) {
    const depth = getConcept(id)?.path.length ?? 0;
    const v = profile.concepts.weights.get(id);
    if (depth > 1 && v !== undefined) out.push([id, w * v]);
  }
  return out
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, k)
    .map(([id]) => id);
}

/**
 * Scores a person against both profiles:
 *
 * `score = Σ_parts w_part · sim_part / (w_title + Σ_{parts ≠ title} w_part)`, with
 * `sim_part = max(cos(c_part, c_profile), TERM_SHARE · cos(t_part, t_profile))`, `c` concept
 * vectors (language-independent, ancestors included, so "Data Engineer" and "Datenplattformen"
 * meet in the `data` branch), `t` hashed term vectors, and the weights of
 * {@link PERSON_TEXT_WEIGHTS}. The title's weight is always in the denominator, so a contact
 * known only by a company name scores at most a third. Monotone: raising any part's similarity
 * never lowers the score.
 *
 * @example
 * relevanceOf(personVectors({ title: "Kafka Engineer" }, cache), profiles).score; // > 0.3
 */
export function relevanceOf(p: PersonVectors, profiles: PersonProfiles): Relevance {
  const interests = weightedMean(p, profiles.interests);
  const work = weightedMean(p, profiles.currentWork);
  const sharedIds = sharedConceptIds(p, profiles.interests, 3);
  return {
    score: interests.score,
    byPart: interests.byPart,
    currentWork: work.score,
    beyondWork: 1 - work.score,
    shared: englishLabels(sharedIds),
    sharedIds,
  };
}

/** One distinct text scored once against both profiles. */
interface TextScore {
  interests: number;
  work: number;
  /** Specific concepts also in the interests profile: `[id, x/‖x‖ · profile weight]`. */
  shared: ReadonlyArray<readonly [string, number]>;
}

/**
 * {@link relevanceOf} for many people at once: each distinct text (a title, a company name) is
 * compared with the profiles once, and a person's relevance is then arithmetic over their
 * parts. Gives the same figures as `relevanceOf(personVectors(text, cache), profiles)`; the
 * difference is cost: a network of 30,000 has ~130 distinct titles and ~2,000 companies but
 * ~11,000 distinct (title, company) pairs.
 *
 * @example
 * const scorer = new RelevanceScorer(profiles);
 * scorer.score({ title: "Data Engineer", company: "Acme" }).score;
 */
export class RelevanceScorer {
  private readonly texts = new Map<string, TextScore | null>();

  constructor(
    private readonly profiles: PersonProfiles,
    private readonly cache: TextVectorCache = new TextVectorCache(),
  ) {}

  private text(value: string): TextScore | null {
    let s = this.texts.get(value);
    if (s !== undefined) return s;
    const v = this.cache.of(value);
    if (v.concepts.norm === 0 && v.terms.norm === 0) s = null;
    else {
      const shared: Array<readonly [string, number]> = [];
      const profile = this.profiles.interests.concepts.weights;
      for (const [id, x] of v.concepts.weights) {
        const w = profile.get(id);
        if (w !== undefined && (getConcept(id)?.path.length ?? 0) > 1)
          shared.push([id, (x / v.concepts.norm) * w]);
      }
      s = {
        interests: partSimilarity(v, this.profiles.interests),
        work: partSimilarity(v, this.profiles.currentWork),
        shared,
      };
    }
    this.texts.set(value, s);
    return s;
  }

  /**
   * Just `score` and `currentWork` of {@link score}, without the shared-topic labels: no
   * allocation per person, for pools of a million.
   */
  quick(text: PersonText): { score: number; currentWork: number } {
    const score = this.quickParts(
      text.title ?? null,
      text.company ?? null,
      text.industry ?? null,
      text.note ?? null,
    );
    return { score, currentWork: this.lastCurrentWork };
  }

  /** `currentWork` of the last {@link quickParts} call. */
  lastCurrentWork = 0;

  /**
   * {@link quick} without any allocation: returns the score and leaves `currentWork` in
   * {@link lastCurrentWork} (a million candidates otherwise cost two objects each).
   */
  quickParts(
    title: string | null,
    company: string | null,
    industry: string | null,
    note: string | null,
  ): number {
    // Plain statements, no inner closure: this runs a million times per discovery.
    this.acc[0] = 0;
    this.acc[1] = 0;
    this.acc[2] = PERSON_TEXT_WEIGHTS.title;
    this.addPart(title, PERSON_TEXT_WEIGHTS.title, false);
    this.addPart(company, PERSON_TEXT_WEIGHTS.company, true);
    this.addPart(industry, PERSON_TEXT_WEIGHTS.industry, true);
    this.addPart(note, PERSON_TEXT_WEIGHTS.note, true);
    const weights = this.acc[2] as number;
    this.lastCurrentWork = (this.acc[1] as number) / weights;
    return (this.acc[0] as number) / weights;
  }

  /** interests, work, weights of the text being scored by {@link quickParts}. */
  private readonly acc = new Float64Array(3);

  private addPart(value: string | null, weight: number, counts: boolean): void {
    if (value === null || value === "") return;
    const s = this.text(value);
    if (s === null) return;
    this.acc[0] = (this.acc[0] as number) + weight * s.interests;
    this.acc[1] = (this.acc[1] as number) + weight * s.work;
    if (counts) this.acc[2] = (this.acc[2] as number) + weight;
  }

  /** Relevance of a person from their text parts (see {@link relevanceOf}). */
  score(text: PersonText): Relevance {
    const byPart: Partial<Record<PersonPart, number>> = {};
    let interests = 0;
    let work = 0;
    let weights = PERSON_TEXT_WEIGHTS.title;
    const shared = new Map<string, number>();
    for (const part of ["title", "company", "industry", "note"] as const) {
      const value = text[part];
      if (value === null || value === undefined || value.trim() === "") continue;
      const s = this.text(value);
      if (s === null) continue;
      const weight = PERSON_TEXT_WEIGHTS[part];
      byPart[part] = s.interests;
      interests += weight * s.interests;
      work += weight * s.work;
      if (part !== "title") weights += weight;
      for (const [id, x] of s.shared) shared.set(id, (shared.get(id) ?? 0) + weight * x);
    }
    const currentWork = work / weights;
    const sharedIds = [...shared]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 3)
      .map(([id]) => id);
    return {
      score: interests / weights,
      byPart,
      currentWork,
      beyondWork: 1 - currentWork,
      shared: englishLabels(sharedIds),
      sharedIds,
    };
  }
}
