/**
 * Finds vocabulary surface forms in text: whole words and phrases, longest phrase first, via a
 * map keyed by the folded first token (built once, lazily). German closed compounds are matched
 * only for the curated compound heads (`>` forms), see docs/text-topics.md.
 */
import { isMostlyUpperCase, type Token, tokenize } from "./normalize.js";
import { getConcept, vocabulary } from "./vocabulary.js";

interface FormEntry {
  readonly conceptId: string;
  readonly group: string;
  readonly tokens: readonly Token[];
  readonly caseSensitive: boolean;
  readonly gated: boolean;
  readonly exact: boolean;
}

interface CompoundHead {
  readonly conceptId: string;
  readonly group: string;
  readonly head: string;
}

interface MatchIndex {
  readonly byFirst: ReadonlyMap<string, readonly FormEntry[]>;
  readonly compoundHeads: readonly CompoundHead[];
}

/** One matched occurrence. */
export interface ConceptMatch {
  readonly conceptId: string;
  /** The text as written that matched. */
  readonly surface: string;
}

const MIN_COMPOUND_PREFIX = 3;
let cachedIndex: MatchIndex | undefined;

function parseMarkers(form: string): {
  text: string;
  cs: boolean;
  gated: boolean;
  exact: boolean;
  compound: boolean;
} {
  const m = /^[=?!>]*/.exec(form);
  const markers = m?.[0] ?? "";
  return {
    text: form.slice(markers.length),
    cs: markers.includes("="),
    gated: markers.includes("?"),
    exact: markers.includes("!"),
    compound: markers.includes(">"),
  };
}

function buildIndex(): MatchIndex {
  const byFirst = new Map<string, FormEntry[]>();
  const compoundHeads: CompoundHead[] = [];
  const seen = new Set<string>();
  for (const concept of vocabulary().all) {
    const group = concept.path[0] ?? concept.id;
    for (const form of [...concept.forms.en, ...concept.forms.de]) {
      const p = parseMarkers(form);
      const tokens = tokenize(p.text);
      const first = tokens[0];
      const key = `${concept.id}\u0000${form}`;
      if (first === undefined || seen.has(key)) continue;
      seen.add(key);
      if (p.compound && tokens.length === 1) {
        compoundHeads.push({ conceptId: concept.id, group, head: first.low });
      }
      const entry: FormEntry = {
        conceptId: concept.id,
        group,
        tokens,
        caseSensitive: p.cs,
        gated: p.gated,
        exact: p.exact,
      };
      const list = byFirst.get(first.fold) ?? [];
      list.push(entry);
      byFirst.set(first.fold, list);
    }
  }
  for (const [key, list] of byFirst) {
    const kept = dropAncestorDuplicates(list);
    kept.sort((a, b) => b.tokens.length - a.tokens.length);
    byFirst.set(key, kept);
  }
  return { byFirst, compoundHeads };
}

function formKey(e: FormEntry): string {
  return `${e.caseSensitive ? "=" : ""}${e.tokens.map((t) => (e.caseSensitive ? t.raw : t.fold)).join(" ")}`;
}

/**
 * A form listed on a concept and on one of its descendants (`Docker` on containers and on
 * docker) counts only for the descendant; the ancestor still gets its share by propagation.
 */
function dropAncestorDuplicates(list: FormEntry[]): FormEntry[] {
  const byKey = new Map<string, FormEntry[]>();
  for (const e of list) byKey.set(formKey(e), [...(byKey.get(formKey(e)) ?? []), e]);
  return list.filter((e) => {
    const same = byKey.get(formKey(e)) ?? [];
    return !same.some(
      (o) => o.conceptId !== e.conceptId && getConcept(o.conceptId)?.path.includes(e.conceptId),
    );
  });
}

function index(): MatchIndex {
  cachedIndex ??= buildIndex();
  return cachedIndex;
}

function tokenMatches(form: Token, text: Token, entry: FormEntry): boolean {
  if (entry.caseSensitive) return form.raw === text.raw;
  if (entry.exact) return form.low === text.low;
  return form.fold === text.fold;
}

function entryMatchesAt(entry: FormEntry, tokens: readonly Token[], at: number): boolean {
  if (at + entry.tokens.length > tokens.length) return false;
  return entry.tokens.every((t, j) => tokenMatches(t, tokens[at + j] as Token, entry));
}

interface RawMatch extends ConceptMatch {
  readonly group: string;
  readonly gated: boolean;
}

function matchAt(tokens: readonly Token[], at: number, shouting: boolean): RawMatch[] {
  const token = tokens[at] as Token;
  const out: RawMatch[] = [];
  let matchedLength = 0;
  for (const entry of index().byFirst.get(token.fold) ?? []) {
    if (matchedLength > 0 && entry.tokens.length < matchedLength) break;
    if (!entryMatchesAt(entry, tokens, at)) continue;
    matchedLength = entry.tokens.length;
    // Several forms of one concept can fold to the same key ("Data Scientist", "data scientists").
    if (out.some((m) => m.conceptId === entry.conceptId)) continue;
    const surface = tokens
      .slice(at, at + matchedLength)
      .map((t) => t.raw)
      .join(" ");
    const gated = entry.gated || (shouting && entry.caseSensitive);
    out.push({ conceptId: entry.conceptId, surface, group: entry.group, gated });
  }
  if (out.length > 0 || token.low.length < 8) return out;
  for (const h of index().compoundHeads) {
    if (out.some((m) => m.conceptId === h.conceptId)) continue;
    if (token.low.length >= h.head.length + MIN_COMPOUND_PREFIX && token.low.endsWith(h.head)) {
      out.push({ conceptId: h.conceptId, surface: token.raw, group: h.group, gated: false });
    }
  }
  return out;
}

/**
 * All concept occurrences in `text`. A phrase consumes its tokens, so "machine learning
 * engineer" is not also counted as "learning".
 *
 * @example
 * findConcepts("Wir nutzen KI und k8s").map((m) => m.conceptId); // ["artificial-intelligence", "kubernetes"]
 */
export function findConcepts(text: string): ConceptMatch[] {
  const tokens = tokenize(text);
  const shouting = isMostlyUpperCase(text);
  const raw: RawMatch[] = [];
  for (let i = 0; i < tokens.length; ) {
    const found = matchAt(tokens, i, shouting);
    raw.push(...found);
    const longest = found.reduce((max, m) => Math.max(max, m.surface.split(" ").length), 0);
    i += Math.max(1, longest);
  }
  const groupsWithContext = new Set(raw.filter((m) => !m.gated).map((m) => m.group));
  return raw
    .filter((m) => !m.gated || groupsWithContext.has(m.group))
    .map((m) => ({ conceptId: m.conceptId, surface: m.surface }));
}
