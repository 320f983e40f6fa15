/** One persona at one strictness: the digest against the relevance-only ranking. */

import type { SqlDigestStore } from "../../src/db/digest-store.js";
import { hiddenKindAt, scoreTable } from "../../src/domain/digest/index.js";
import {
  type ArticleAnalyzer,
  buildDigest,
  type DigestRequest,
  rankingContext,
} from "../../src/services/digest.js";
import {
  beyondBound,
  byRelevance,
  type C,
  cappedByRelevance,
  meanRelevance,
  measureRow,
} from "./measure.js";

export interface PersonaResult {
  /** The evaluation table's row. */
  row: string;
  /** Mean relevance: the bounds and the digest's parts, as ratios of the relevance-only mean. */
  bounds: string;
  /** Political (by label) items that reached the digest. */
  leaks: string[];
}

/** Runs one digest and measures it (the same r(a) of the digest on both sides). */
export async function evaluate(
  store: SqlDigestStore,
  analyzer: ArticleAnalyzer,
  req: DigestRequest,
  label: string,
  political: ReadonlyMap<number, boolean>,
): Promise<PersonaResult> {
  const { plan } = await buildDigest(store, analyzer, req);
  const table = await store.candidates(req.since, analyzer.version);
  const cols = scoreTable(table, await rankingContext(store, req));
  const filter = {
    strictness: req.strictness,
    politicalThreshold: analyzer.politicalThreshold(req.strictness),
    privateThreshold: 0.5,
  };
  const rel = new Map<number, number>();
  const all: C[] = [];
  const visible: C[] = [];
  const beyondRel: number[] = [];
  for (let i = 0; i < table.size; i++) {
    const src = table.sources[table.source[i] as number];
    const c = {
      id: table.ids[i] as number,
      sourceId: src?.id ?? "none",
      orgKey: src?.orgKey ?? null,
      kind: src?.kind ?? null,
    };
    rel.set(c.id, cols.relevance[i] as number);
    all.push(c);
    if (hiddenKindAt(table, i, filter) !== null) continue;
    visible.push(c);
    if (cols.beyond[i] === 1) beyondRel.push(cols.relevance[i] as number);
  }
  const limit = req.limit;
  const baseline = byRelevance(all, rel).slice(0, limit);
  const shown = byRelevance(visible, rel);
  const base = meanRelevance(baseline, rel);
  const ratio = (x: number) => `${((100 * x) / Math.max(1e-9, base)).toFixed(1)}%`;
  const slots = Math.round(req.settings.beyondShare * limit);
  const bound = beyondBound(
    shown.map((c) => rel.get(c.id) ?? 0),
    beyondRel,
    limit,
    slots,
  );
  const core = plan.items.filter((i) => i.section === "core").map((i) => i.candidate);
  const beyond = plan.items.filter((i) => i.section === "beyond").map((i) => i.candidate);
  const bounds = `| ${label} | ${ratio(meanRelevance(shown.slice(0, limit), rel))} | ${ratio(meanRelevance(cappedByRelevance(shown, limit, req.settings), rel))} | ${ratio(bound)} | ${beyondRel.length} | ${ratio(meanRelevance(core, rel))} | ${beyond.length}: ${ratio(meanRelevance(beyond, rel))} | ${ratio(
    meanRelevance(
      plan.items.map((i) => i.candidate),
      rel,
    ),
  )} |`;
  const leaks = plan.items
    .filter((i) => political.get(i.candidate.id) === true)
    .map((item) => {
      const p = item.candidate.analysis.political;
      return `${label}: #${item.candidate.id} ${item.candidate.sourceTitle} P(partisan) ${p.partisan.toFixed(2)} P(strict) ${p.strict.toFixed(2)} r ${item.parts.relevance.toFixed(2)} — ${item.candidate.title.slice(0, 90)}`;
    });
  const digest = plan.items.map((i) => i.candidate);
  return { row: measureRow(label, digest, baseline, political, rel), bounds, leaks };
}
