/**
 * The topic hierarchy against a concept list (the interests, or the current work): which topics
 * are in it, which are broader labels of it, and how adjacent the others are.
 */
import type { CandidateTable } from "./table.js";

/** A topic against a concept list: in it (core), a broader label (ignore), or other. */
export type TopicClass =
  | { kind: "core" }
  | { kind: "ignore" }
  | { kind: "other"; adjacency: number };

function commonPrefix(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Classifies topics against a concept list by the hierarchy (memoised per concept; about 600
 * exist): in the list or below one of its concepts, a broader label of one (ignored), or other
 * with its adjacency.
 *
 * @example
 * hierarchyClassifier(["ml"], pathOf)("dbs"); // { kind: "other", adjacency: 1 } (a sibling)
 */
export function hierarchyClassifier(
  concepts: readonly string[],
  pathOf: (conceptId: string) => readonly string[] | undefined,
): (topic: string) => TopicClass {
  const refPaths = concepts.flatMap((i) => {
    const p = pathOf(i);
    return p === undefined ? [] : [p];
  });
  const memo = new Map<string, TopicClass>();
  const classify = (topic: string): TopicClass => {
    const path = pathOf(topic);
    if (path === undefined || path.length < 2) return { kind: "ignore" };
    let lca = 0;
    for (const ip of refPaths) {
      const common = commonPrefix(path, ip);
      if (common === ip.length) return { kind: "core" }; // t is i or below it
      if (common === path.length) return { kind: "ignore" }; // t is a broader label of i
      lca = Math.max(lca, common);
    }
    return { kind: "other", adjacency: lca >= 2 ? 1 : lca === 1 ? 0.5 : 0 };
  };
  return (topic) => {
    let c = memo.get(topic);
    if (c === undefined) {
      c = classify(topic);
      memo.set(topic, c);
    }
    return c;
  };
}

/**
 * Per concept id of a table: 0 ignored, 1 in the list, 2 other; and the adjacency A(t) of the
 * others.
 *
 * @example
 * const [kind, adjacency] = conceptClasses(table, hierarchyClassifier(["ml"], pathOf));
 */
export function conceptClasses(
  t: CandidateTable,
  classOf: (topic: string) => TopicClass,
): [Uint8Array, Float64Array] {
  const kind = new Uint8Array(t.concepts.length);
  const adjacency = new Float64Array(t.concepts.length);
  t.concepts.forEach((concept, i) => {
    if (concept === undefined) return;
    const c = classOf(concept);
    kind[i] = c.kind === "ignore" ? 0 : c.kind === "core" ? 1 : 2;
    if (c.kind === "other") adjacency[i] = c.adjacency;
  });
  return [kind, adjacency];
}
