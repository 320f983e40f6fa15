/**
 * Candidates in columns: one typed array per field, topics as integer concept ids with weights.
 * A digest over 100,000 stored articles is scored here without creating an object or a Map per
 * article; only the few hundred shortlisted rows become {@link DigestCandidate} objects
 * ({@link candidateAt}).
 */
import type {
  CandidateAnalysis,
  DigestCandidate,
  PoliticsLevel,
  SourceKind,
  WordReason,
} from "./types.js";

/** Bits of {@link CandidateTable.flags}. */
export const FLAG_READ = 1;
export const FLAG_STARRED = 2;
export const FLAG_HIDDEN = 4;
export const FLAG_KEEP = 8;
export const FLAG_BLOCK = 16;

/** A feed as the digest sees it. */
export interface SourceInfo {
  id: string;
  title: string;
  kind: SourceKind | null;
  orgKey: string | null;
}

/** The classifier reasons of one article (loaded for the shown rows only). */
export type Reasons = Record<PoliticsLevel | "private", WordReason[]>;

/** Column-wise candidates; row i of every array is one article. */
export interface CandidateTable {
  readonly size: number;
  /** Topic slots per row; unused slots have concept id −1. */
  readonly slots: number;
  readonly ids: Float64Array;
  /** Index into {@link sources}. */
  readonly source: Int32Array;
  readonly sources: readonly SourceInfo[];
  /** Epoch ms the article sorts at (NaN when unknown: freshness is then the minimum). */
  readonly publishedMs: Float64Array;
  readonly partisan: Float32Array;
  readonly strict: Float32Array;
  readonly private: Float32Array;
  /** `FLAG_*` bits. */
  readonly flags: Uint8Array;
  /** `size × slots` concept ids (indices into {@link concepts}). */
  readonly topicIds: Int32Array;
  readonly topicWeights: Float32Array;
  /** Concept id (string) per integer id; holes are allowed. */
  readonly concepts: ReadonlyArray<string | undefined>;
  /** The keep/block word that matched, by row (rows with FLAG_KEEP or FLAG_BLOCK). */
  readonly words: ReadonlyMap<number, string>;
  /** Reasons of an article by id, once loaded (see the store's `loadDetails`). */
  reasonsOf(articleId: number): Reasons | undefined;
}

/** An empty table with room for `size` rows of `slots` topics each. */
export function allocateTable(
  size: number,
  slots: number,
  meta: Pick<CandidateTable, "sources" | "concepts" | "reasonsOf"> & {
    words?: Map<number, string>;
  },
): CandidateTable & { words: Map<number, string> } {
  return {
    size,
    slots,
    ids: new Float64Array(size),
    source: new Int32Array(size),
    sources: meta.sources,
    publishedMs: new Float64Array(size),
    partisan: new Float32Array(size),
    strict: new Float32Array(size),
    private: new Float32Array(size),
    flags: new Uint8Array(size),
    topicIds: new Int32Array(size * slots).fill(-1),
    topicWeights: new Float32Array(size * slots),
    concepts: meta.concepts,
    words: meta.words ?? new Map(),
    reasonsOf: meta.reasonsOf,
  };
}

/**
 * Puts candidate objects into columns (tests, the evaluation and small lists use objects).
 * Probabilities keep float32 precision, like stored rows.
 *
 * @example
 * const t = tableOf([candidate]);
 * t.concepts[t.topicIds[0] ?? -1]; // the candidate's first topic
 */
export function tableOf(candidates: readonly DigestCandidate[]): CandidateTable {
  const conceptIds = new Map<string, number>();
  const concepts: string[] = [];
  const sourceIdx = new Map<string, number>();
  const sources: SourceInfo[] = [];
  const byId = new Map(candidates.map((c) => [c.id, c.analysis]));
  const slots = Math.max(1, ...candidates.map((c) => c.analysis.topics.size));
  const t = allocateTable(candidates.length, slots, {
    sources,
    concepts,
    reasonsOf: (id) => {
      const a = byId.get(id);
      return (
        a && {
          partisan: a.politicalReasons("partisan"),
          strict: a.politicalReasons("strict"),
          private: a.privateReasons(),
        }
      );
    },
  });
  candidates.forEach((c, i) => {
    let s = sourceIdx.get(c.sourceId);
    if (s === undefined) {
      s = sources.length;
      sourceIdx.set(c.sourceId, s);
      sources.push({ id: c.sourceId, title: c.sourceTitle, kind: c.kind, orgKey: c.orgKey });
    }
    t.ids[i] = c.id;
    t.source[i] = s;
    t.publishedMs[i] = Date.parse(c.publishedAt);
    const a = c.analysis;
    t.partisan[i] = a.political.partisan;
    t.strict[i] = a.political.strict;
    t.private[i] = a.private;
    const word = a.wordOverride;
    if (word !== null) t.words.set(i, word.word);
    t.flags[i] =
      (c.read ? FLAG_READ : 0) |
      (c.starred ? FLAG_STARRED : 0) |
      (c.hidden ? FLAG_HIDDEN : 0) |
      (word?.kind === "keep" ? FLAG_KEEP : 0) |
      (word?.kind === "block" ? FLAG_BLOCK : 0);
    let k = i * slots;
    for (const [concept, w] of a.topics) {
      let id = conceptIds.get(concept);
      if (id === undefined) {
        id = concepts.length;
        conceptIds.set(concept, id);
        concepts.push(concept);
      }
      t.topicIds[k] = id;
      t.topicWeights[k++] = w;
    }
  });
  return t;
}

/** Row i's analysis; the topic Map is built on first use (caps checks never need it). */
class RowAnalysis implements CandidateAnalysis {
  readonly political: Record<PoliticsLevel, number>;
  readonly wordOverride: CandidateAnalysis["wordOverride"];
  readonly private: number;
  private map: Map<string, number> | undefined;

  constructor(
    private readonly t: CandidateTable,
    private readonly row: number,
  ) {
    this.political = { partisan: t.partisan[row] as number, strict: t.strict[row] as number };
    this.private = t.private[row] as number;
    const flags = t.flags[row] as number;
    const word = t.words.get(row) ?? "";
    this.wordOverride =
      (flags & FLAG_BLOCK) !== 0
        ? { kind: "block", word }
        : (flags & FLAG_KEEP) !== 0
          ? { kind: "keep", word }
          : null;
  }

  get topics(): Map<string, number> {
    if (this.map === undefined) {
      this.map = new Map();
      const start = this.row * this.t.slots;
      for (let k = start; k < start + this.t.slots; k++) {
        const concept = this.t.concepts[this.t.topicIds[k] as number];
        if (concept !== undefined) this.map.set(concept, this.t.topicWeights[k] as number);
      }
    }
    return this.map;
  }

  politicalReasons(level: PoliticsLevel): WordReason[] {
    return this.t.reasonsOf(this.t.ids[this.row] as number)?.[level] ?? [];
  }

  privateReasons(): WordReason[] {
    return this.t.reasonsOf(this.t.ids[this.row] as number)?.private ?? [];
  }
}

/**
 * Row i as a candidate object (title and URL empty until the store loads the details).
 *
 * @example
 * candidateAt(table, 0).sourceId; // "3"
 */
export function candidateAt(t: CandidateTable, i: number): DigestCandidate {
  const src = t.sources[t.source[i] as number] as SourceInfo;
  const flags = t.flags[i] as number;
  const ms = t.publishedMs[i] as number;
  return {
    id: t.ids[i] as number,
    title: "",
    url: null,
    sourceId: src.id,
    sourceTitle: src.title,
    kind: src.kind,
    orgKey: src.orgKey,
    publishedAt: Number.isFinite(ms) ? new Date(ms).toISOString() : "",
    read: (flags & FLAG_READ) !== 0,
    starred: (flags & FLAG_STARRED) !== 0,
    hidden: (flags & FLAG_HIDDEN) !== 0,
    analysis: new RowAnalysis(t, i),
  };
}
