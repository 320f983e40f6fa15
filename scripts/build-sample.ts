/**
 * Builds the bundled demo exports in `samples/`: a full one at the default date and an earlier
 * snapshot of the same network a year before (same seed and size, `asOf` 2025-11-20).
 *
 *   npx tsx scripts/build-sample.ts [output-dir]
 */
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import {
  type SampleSummary,
  writeSampleExport,
} from "../src/integrations/importers/linkedin/sample/index.js";

/** What the bundle holds; a test regenerates these and compares them with `samples/`. */
export const SAMPLE_BUILDS = [
  { file: "Complete_LinkedInDataExport_11-20-2026.zip", asOf: "2026-11-20" },
  { file: "Complete_LinkedInDataExport_11-20-2025.zip", asOf: "2025-11-20" },
].map((b) => ({ ...b, connections: 1500, messages: 6000, seed: 42 }));

export async function buildSamples(dir: string): Promise<SampleSummary[]> {
  await mkdir(dir, { recursive: true });
  const out: SampleSummary[] = [];
  for (const { file, ...options } of SAMPLE_BUILDS) {
    out.push(await writeSampleExport({ ...options, output: join(dir, file) }));
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const dir = resolve(process.argv[2] ?? "samples");
  for (const s of await buildSamples(dir)) {
    const kb = (s.zipBytes / 1024).toFixed(0);
    console.log(
      `${s.output}: ${s.connections} connections (${s.blankConnections} blank), ${s.messages} messages, ${kb} KiB`,
    );
  }
}
