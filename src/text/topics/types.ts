/**
 * One vocabulary line: `[id, parent, English label, German label, English forms, German forms]`.
 * Forms are `|`-separated surface forms in addition to the labels. A form may start with markers:
 * - `=` case-sensitive: matches only as written (`=IT`, `=PR`, `=Go`), so the English pronoun
 *   "it" or the verb "go" never count;
 * - `?` needs context: counts only when another concept of the same top-level group is matched
 *   in the text by an unmarked form (`=?R` counts in "R und Python", not in "Plan R");
 * - `!` exact: compared without inflection folding (short words whose folded key collides);
 * - `>` compound head (German): also matches a closed compound ending in it
 *   (`>datenanalyse` matches `Kundendatenanalyse`), see docs/text-topics.md.
 */
export type ConceptRow = readonly [
  id: string,
  parent: string,
  en: string,
  de: string,
  enForms?: string,
  deForms?: string,
];

/** A concept of the topic vocabulary. */
export interface Concept {
  readonly id: string;
  /** Parent concept id; `null` for the top-level groups. */
  readonly parent: string | null;
  /** Ids from the top-level group down to this concept. */
  readonly path: readonly string[];
  readonly label: { readonly en: string; readonly de: string };
  /** Surface forms with their markers, labels included. */
  readonly forms: { readonly en: readonly string[]; readonly de: readonly string[] };
}
