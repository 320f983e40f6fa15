/**
 * Assembles the vocabulary rows of `vocab/` into concepts and answers hierarchy questions.
 * Built once, lazily; integrity problems (duplicate ids, missing parents, cycles) throw at build
 * time, so a broken data file fails every test rather than silently matching less.
 */
import { TellerrandError } from "../../domain/errors.js";
import type { Concept, ConceptRow } from "./types.js";
import { VOCABULARY_ROWS } from "./vocab/index.js";

interface Vocabulary {
  readonly byId: ReadonlyMap<string, Concept>;
  readonly children: ReadonlyMap<string, readonly string[]>;
  readonly all: readonly Concept[];
}

let cached: Vocabulary | undefined;

function splitForms(forms: string | undefined): string[] {
  if (forms === undefined || forms.trim() === "") return [];
  return forms
    .split("|")
    .map((f) => f.trim())
    .filter((f) => f.length > 0);
}

/** Labels double as forms, except for top-level groups and labels with a gloss in parentheses. */
function formsOf(row: ConceptRow, lang: "en" | "de"): string[] {
  const [, parent, en, de, enForms, deForms] = row;
  const label = lang === "en" ? en : de;
  const extra = splitForms(lang === "en" ? enForms : deForms);
  const labelIsForm = parent !== "" && !label.includes("(");
  return labelIsForm ? [label, ...extra] : extra;
}

function pathOf(id: string, rows: ReadonlyMap<string, ConceptRow>): string[] {
  const path: string[] = [];
  let current: string | undefined = id;
  while (current !== undefined && current !== "") {
    if (path.includes(current)) {
      throw new TellerrandError("bad-input", `topic vocabulary: cycle at concept "${current}"`);
    }
    path.unshift(current);
    const row = rows.get(current);
    if (row === undefined) {
      throw new TellerrandError("bad-input", `topic vocabulary: unknown parent "${current}"`);
    }
    current = row[1];
  }
  return path;
}

function build(): Vocabulary {
  const rows = new Map<string, ConceptRow>();
  for (const row of VOCABULARY_ROWS) {
    if (rows.has(row[0])) {
      throw new TellerrandError("bad-input", `topic vocabulary: duplicate concept id "${row[0]}"`);
    }
    rows.set(row[0], row);
  }
  const byId = new Map<string, Concept>();
  const children = new Map<string, string[]>();
  for (const row of rows.values()) {
    const [id, parent, en, de] = row;
    const concept: Concept = {
      id,
      parent: parent === "" ? null : parent,
      path: pathOf(id, rows),
      label: { en, de },
      forms: { en: formsOf(row, "en"), de: formsOf(row, "de") },
    };
    byId.set(id, concept);
    if (parent !== "") children.set(parent, [...(children.get(parent) ?? []), id]);
  }
  return { byId, children, all: [...byId.values()] };
}

/** @internal The built vocabulary (lazy). */
export function vocabulary(): Vocabulary {
  cached ??= build();
  return cached;
}

/**
 * A concept by id, or `undefined`.
 *
 * @example
 * getConcept("machine-learning")?.path; // ["technology", "data", "machine-learning"]
 */
export function getConcept(id: string): Concept | undefined {
  return vocabulary().byId.get(id);
}

/**
 * All concepts below `id` (children, grandchildren, …), depth first; not the concept itself.
 *
 * @example
 * conceptsUnder("data").some((c) => c.id === "machine-learning"); // true
 */
export function conceptsUnder(id: string): Concept[] {
  const { byId, children } = vocabulary();
  const out: Concept[] = [];
  const stack = [...(children.get(id) ?? [])].reverse();
  while (stack.length > 0) {
    const next = stack.pop() as string;
    const concept = byId.get(next);
    if (concept !== undefined) out.push(concept);
    stack.push(...[...(children.get(next) ?? [])].reverse());
  }
  return out;
}

/**
 * Every concept of the vocabulary, top-level groups included.
 *
 * @example
 * allConcepts().length >= 600; // true
 */
export function allConcepts(): readonly Concept[] {
  return vocabulary().all;
}
