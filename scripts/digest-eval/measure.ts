/** The evaluation's measures: shares, concentration (HHI), mean relevance and its bounds. */
import { hhi } from "../../src/domain/metrics/diversity.js";

/** What a measure looks at of one article. */
export type C = { id: number; sourceId: string; orgKey: string | null; kind: string | null };

export const meanRelevance = (xs: readonly C[], rel: ReadonlyMap<number, number>) =>
  xs.reduce((s, x) => s + (rel.get(x.id) ?? 0), 0) / Math.max(1, xs.length);

/** Sorts by relevance, best first (ties: lower id first). */
export const byRelevance = (xs: C[], rel: ReadonlyMap<number, number>) =>
  xs.sort((a, b) => (rel.get(b.id) ?? 0) - (rel.get(a.id) ?? 0) || a.id - b.id);

/** Greedy top L by relevance (already sorted) under the digest's caps. */
export function cappedByRelevance(
  sorted: C[],
  limit: number,
  caps: { perSourceCap: number; perOrgCap: number; ownEmployerCap: number },
): C[] {
  const max = (share: number) => Math.max(1, Math.floor(share * limit + 1e-9));
  const bySource = new Map<string, number>();
  const byOrg = new Map<string, number>();
  let own = 0;
  const out: C[] = [];
  for (const c of sorted) {
    if (out.length >= limit) break;
    const isOwn = c.orgKey === "acme";
    if ((bySource.get(c.sourceId) ?? 0) >= max(caps.perSourceCap)) continue;
    if (c.orgKey !== null && (byOrg.get(c.orgKey) ?? 0) >= max(caps.perOrgCap)) continue;
    if (isOwn && own >= Math.floor(caps.ownEmployerCap * limit + 1e-9)) continue;
    bySource.set(c.sourceId, (bySource.get(c.sourceId) ?? 0) + 1);
    if (c.orgKey !== null) byOrg.set(c.orgKey, (byOrg.get(c.orgKey) ?? 0) + 1);
    if (isOwn) own++;
    out.push(c);
  }
  return out;
}

/**
 * The highest mean relevance any L visible articles can have when B of them must be beyond:
 * the best B beyond-eligible relevances plus the best L − B of the rest (an exchange argument
 * shows no set does better; caps ignored, so this bounds the digest from above).
 */
export function beyondBound(
  visibleRel: readonly number[],
  beyondRel: readonly number[],
  limit: number,
  slots: number,
): number {
  const desc = (xs: readonly number[]) => [...xs].sort((a, b) => b - a);
  const beyond = desc(beyondRel).slice(0, slots);
  const rest = [...visibleRel];
  for (const r of beyond) rest.splice(rest.indexOf(r), 1);
  const core = desc(rest).slice(0, limit - beyond.length);
  return [...beyond, ...core].reduce((s, x) => s + x, 0) / limit;
}

/** One row of the evaluation table. */
export function measureRow(
  label: string,
  digest: C[],
  base: C[],
  political: ReadonlyMap<number, boolean>,
  rel: ReadonlyMap<number, number>,
): string {
  const share = (xs: C[], f: (c: C) => boolean) =>
    xs.length === 0 ? 0 : xs.filter(f).length / xs.length;
  const conc = (xs: C[], key: (c: C) => string) => {
    const counts = new Map<string, number>();
    for (const x of xs) counts.set(key(x), (counts.get(key(x)) ?? 0) + 1);
    return hhi([...counts.values()].map((n) => n / xs.length));
  };
  const f = (x: number) => x.toFixed(3);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const pol = (c: C) => political.get(c.id) === true;
  const own = (c: C) => c.orgKey === "acme";
  const [md, mb] = [meanRelevance(digest, rel), meanRelevance(base, rel)];
  return `| ${label} | ${pct(share(digest, pol))} / ${pct(share(base, pol))} | ${pct(share(digest, own))} / ${pct(share(base, own))} | ${f(conc(digest, (c) => c.sourceId))} / ${f(conc(base, (c) => c.sourceId))} | ${f(conc(digest, (c) => c.orgKey ?? "-"))} / ${f(conc(base, (c) => c.orgKey ?? "-"))} | ${f(md)} / ${f(mb)} (${pct(md / Math.max(1e-9, mb))}) |`;
}
