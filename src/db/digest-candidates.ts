/**
 * The digest's hot read: every analysed article since a time, straight into a
 * {@link CandidateTable} (typed arrays) through better-sqlite3's raw mode, only the columns
 * ranking needs, with no JavaScript object per row.
 */
import { CompiledQuery, type Kysely } from "kysely";
import { hostOf } from "../domain/audit/shares.js";
import {
  allocateTable,
  type CandidateTable,
  type Reasons,
  type SourceInfo,
  type SourceKind,
} from "../domain/digest/index.js";
import { rawReader } from "./open.js";
import type { Database } from "./tables.js";

/** Topic slots per row of the table (the analysis keeps the 8 heaviest concepts). */
export const TOPIC_SLOTS = 8;
/** 32-bit words per rank_data blob: 3 probabilities, the concept numbers, the weights. */
const WORDS = 3 + 2 * TOPIC_SLOTS;

/** What {@link encodeRankData} packs. */
export interface RankData {
  partisan: number;
  strict: number;
  private: number;
  topics: ReadonlyArray<readonly [string, number]>;
}

/**
 * The ranking fields of one analysis as a fixed-size blob (76 bytes, little-endian): float32
 * P(partisan), P(strict), P(private); int32 concept numbers of {@link TOPIC_SLOTS} slots (−1 =
 * empty); their float32 weights. Fixed size, so a whole digest's rows are read as one
 * concatenated value (text conversion of REAL columns costs more than the scan itself).
 *
 * @example
 * encodeRankData({ partisan: 0.1, strict: 0.2, private: 0, topics: [["ml", 0.5]] }, () => 3).length; // 76
 */
export function encodeRankData(data: RankData, numberOf: (concept: string) => number): Buffer {
  const buf = Buffer.alloc(WORDS * 4);
  buf.writeFloatLE(data.partisan, 0);
  buf.writeFloatLE(data.strict, 4);
  buf.writeFloatLE(data.private, 8);
  for (let k = 0; k < TOPIC_SLOTS; k++) {
    const pair = data.topics[k];
    buf.writeInt32LE(pair === undefined ? -1 : numberOf(pair[0]), 12 + k * 4);
    buf.writeFloatLE(pair?.[1] ?? 0, 12 + TOPIC_SLOTS * 4 + k * 4);
  }
  return buf;
}

const WORD_KIND = "json_extract(an.words_match, '$.kind')";

/**
 * Rows of a short span come through the sort_at index (CROSS JOIN fixes articles as the outer
 * loop); a long span scans article_analysis in rowid order, where index order would jump
 * around the articles table. SQLite picks neither well without statistics.
 */
function fromClause(narrow: boolean): string {
  return narrow
    ? `from articles a cross join article_analysis an on an.article_id = a.id
       where a.sort_at >= ? and an.model_version = ?`
    : `from article_analysis an cross join articles a on a.id = an.article_id
       where +a.sort_at >= ? and an.model_version = ?`;
}

/**
 * One row of columns, each the whole candidate set concatenated: SQLite builds the strings,
 * JavaScript creates no object per row; all aggregates step through the same rows, so the columns
 * stay aligned (NULLs are replaced, as group_concat would skip them; an unreadable date counts
 * as 1970, i.e. least fresh). The filters run on the
 * typed arrays afterwards: evaluating them in SQL cost more (measured on 100,000 rows: 400–540 ms
 * vs 260–360 ms CPU) than loading the rows they hide.
 */
function columnsQuery(from: string): string {
  return `select count(*), group_concat(a.id), group_concat(ifnull(a.feed_id, -1)),
    group_concat(ifnull(cast(round((julianday(a.sort_at) - 2440587.5) * 86400000.0) as integer), 0)),
    group_concat(a.read | (a.starred << 1) | (a.hidden << 2) | (case when an.words_match is null
      then 0 when ${WORD_KIND} = 'keep' then 8 else 16 end)),
    group_concat(hex(an.rank_data), '') ${from} and an.rank_data is not null`;
}

/** Reads rows as arrays: raw mode on SQLite, Kysely's driver elsewhere. */
async function readRows(
  db: Kysely<Database>,
  query: string,
  params: unknown[],
): Promise<unknown[][]> {
  const raw = rawReader(db);
  if (raw !== undefined) return raw(query, params);
  const result = await db.executeQuery(CompiledQuery.raw(query, params));
  return result.rows.map((r) => Object.values(r as Record<string, unknown>));
}

async function sourcesOf(db: Kysely<Database>) {
  const rows = await db
    .selectFrom("feeds")
    .select(["id", "title", "url", "kind", "org_key"])
    .execute();
  const index = new Map<number | null, number>();
  const sources: SourceInfo[] = [];
  for (const f of rows) {
    index.set(f.id, sources.length);
    sources.push({
      id: String(f.id),
      title: f.title ?? hostOf(f.url) ?? f.url,
      kind: f.kind as SourceKind,
      orgKey: f.org_key,
    });
  }
  index.set(null, sources.length);
  sources.push({ id: "none", title: "(removed feed)", kind: null, orgKey: null });
  return { index, sources };
}

/** A group_concat of integers into a typed array, parsed in place (no substring per value). */
function integers(list: unknown, n: number): Float64Array {
  const out = new Float64Array(n);
  const text = n === 0 ? "" : String(list);
  let i = 0;
  let value = 0;
  let sign = 1;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 44) {
      out[i++] = sign * value;
      value = 0;
      sign = 1;
    } else if (c === 45) sign = -1;
    else value = value * 10 + (c - 48);
  }
  if (n > 0) out[i] = sign * value;
  return out;
}

async function isNarrow(db: Kysely<Database>, since: string): Promise<boolean> {
  const [[inSpan, total]] = (await readRows(
    db,
    "select (select count(*) from articles where sort_at >= ?), (select count(*) from articles)",
    [since],
  )) as [[number, number]];
  return inSpan < 0.25 * total;
}

/**
 * Loads every candidate since `since` analysed at `version` into a table (the filters run on it).
 *
 * @example
 * const table = await loadCandidateTable(db, since, version, () => undefined);
 */
export async function loadCandidateTable(
  db: Kysely<Database>,
  since: string,
  version: string,
  reasonsOf: (articleId: number) => Reasons | undefined,
): Promise<CandidateTable> {
  const [{ index, sources }, conceptRows, narrow] = await Promise.all([
    sourcesOf(db),
    db.selectFrom("topic_concepts").select(["id", "concept"]).execute(),
    isNarrow(db, since),
  ]);
  const concepts: Array<string | undefined> = [];
  for (const c of conceptRows) concepts[c.id] = c.concept;
  const from = fromClause(narrow);
  const [row = []] = await readRows(db, columnsQuery(from), [since, version]);
  const n = Number(row[0] ?? 0);
  const t = allocateTable(n, TOPIC_SLOTS, { sources, concepts, reasonsOf });
  const removed = index.get(null) as number;
  t.ids.set(integers(row[1], n));
  integers(row[2], n).forEach((feed, i) => {
    t.source[i] = index.get(feed) ?? removed;
  });
  t.publishedMs.set(integers(row[3], n));
  t.flags.set(integers(row[4], n));
  decodeRankData(t, n === 0 ? "" : String(row[5]));
  if (n > 0) await loadWords(db, from, [since, version], t);
  return t;
}

/** The concatenated rank_data blobs into the table's columns (little-endian platform). */
function decodeRankData(t: CandidateTable, hex: string): void {
  const buf = Buffer.from(hex, "hex");
  const bytes = new Uint8Array(buf.length);
  bytes.set(buf); // an own, aligned ArrayBuffer for the views below
  const ints = new Int32Array(bytes.buffer);
  const floats = new Float32Array(bytes.buffer);
  const s = TOPIC_SLOTS;
  for (let i = 0; i < t.size; i++) {
    const o = i * WORDS;
    t.partisan[i] = floats[o] as number;
    t.strict[i] = floats[o + 1] as number;
    t.private[i] = floats[o + 2] as number;
    for (let k = 0; k < s; k++) {
      t.topicIds[i * s + k] = ints[o + 3 + k] as number;
      t.topicWeights[i * s + k] = floats[o + 3 + s + k] as number;
    }
  }
}

/** The few rows with a keep/block word match: their words, by row. */
async function loadWords(
  db: Kysely<Database>,
  from: string,
  params: unknown[],
  t: CandidateTable & { words: Map<number, string> },
): Promise<void> {
  const rows = await readRows(
    db,
    `select a.id, json_extract(an.words_match, '$.word') ${from} and an.words_match is not null`,
    params,
  );
  if (rows.length === 0) return;
  const rowOf = new Map<number, number>();
  t.ids.forEach((id, i) => {
    rowOf.set(id, i);
  });
  for (const [id, word] of rows) {
    const i = rowOf.get(id as number);
    if (i !== undefined) t.words.set(i, String(word));
  }
}
