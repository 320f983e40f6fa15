/**
 * Synthetic LinkedIn data export ("Complete_LinkedInDataExport_MM-DD-YYYY.zip") in the 2024–2026
 * formats: the bundled demo data and the benchmark input.
 *
 * Counting rule: `connections` is the number of data rows of Connections.csv (blank-identity rows
 * included) in an export at the end of the synthetic timeline, 2026-11-20; `messages` likewise
 * counts messages.csv rows at that date. An earlier `asOf` shows the same network as it was then:
 * fewer connections and messages (see SAMPLE.md next to this file for the snapshot rule).
 */
import { stat } from "node:fs/promises";
import { isBlank, isConnected } from "./context.js";
import { buildContext, type GenerateOptions, sampleFiles } from "./generate.js";
import { DEFAULT_AS_OF } from "./model.js";
import { type WrittenFile, writeZip } from "./write.js";

export { MAX_CONNECTIONS, MAX_MESSAGES } from "./generate.js";
export { DEFAULT_AS_OF } from "./model.js";

export interface SampleOptions extends GenerateOptions {
  /** Path of the ZIP to write (overwritten). */
  output: string;
}

export interface SampleSummary {
  output: string;
  seed: number;
  /** `YYYY-MM-DD` */
  asOf: string;
  /** Connections.csv data rows, including `blankConnections`. */
  connections: number;
  /** Blank-identity rows (`,,,,,,18 Aug 2025`), i.e. deactivated members. */
  blankConnections: number;
  /** messages.csv data rows. */
  messages: number;
  /** Every entry with its row count and uncompressed size, in archive order. */
  files: WrittenFile[];
  /** Size of the ZIP in bytes. */
  zipBytes: number;
}

/**
 * Writes a deterministic synthetic export: the same options give a byte-identical ZIP.
 * Rejects more than 30,000 connections (LinkedIn's cap) with a `usage` TellerrandError.
 *
 * @example
 * ```ts
 * const summary = await writeSampleExport({
 *   connections: 1500, messages: 6000, seed: 42, output: "Complete_LinkedInDataExport_11-20-2026.zip",
 * });
 * console.log(summary.connections, summary.zipBytes);
 * ```
 */
export async function writeSampleExport(options: SampleOptions): Promise<SampleSummary> {
  const ctx = buildContext(options);
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  const [year, month, day] = asOf.split("-").map(Number) as [number, number, number];
  const files = await writeZip(sampleFiles(ctx), options.output, {
    year,
    month,
    day,
    hour: 9,
    minute: 14,
  });
  const rowsOf = (name: string) => files.find((f) => f.name === name)?.rows ?? 0;
  const blank = ctx.universe.contacts.filter(
    (c) => isConnected(c, ctx.asOfDay) && isBlank(c, ctx.asOfDay),
  ).length;
  return {
    output: options.output,
    seed: options.seed,
    asOf,
    connections: rowsOf("Connections.csv"),
    blankConnections: blank,
    messages: rowsOf("messages.csv"),
    files,
    zipBytes: (await stat(options.output)).size,
  };
}
