/**
 * Builds `src/text/models/lang-ngrams.bin`, the compact n-gram model of language detection, from
 * the installed eld package (Apache-2.0, Copyright 2023 Nito T.M.): its "small" database cut to
 * ELD_LANGS, its byte dictionary and its word-separator pattern. Deterministic: rebuilding from
 * the same eld gives the same bytes (test/text/lang-model.test.ts checks it).
 *
 * Run: npx tsx scripts/build-lang-model.ts [--out FILE]
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { encodeNgramModel, type NgramModelInput } from "../src/text/lang/ngramModel.js";
import { ELD_LANGS } from "../src/text/lang/ngrams.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
/** The shipped model. */
export const LANG_MODEL_PATH = join(ROOT, "src/text/models/lang-ngrams.bin");
/** eld subtracts this from every stored score to keep its database small (calculateScores). */
const ELD_BASE_SCORE = 53;

interface EldNgrams {
  type: string;
  languages: Record<string, string>;
  ngrams: Record<string, Record<string, number>>;
}

// eld's package "exports" hide src/, so its files are imported by path.
async function eldFile<T>(eldDir: string, file: string): Promise<T> {
  return (await import(pathToFileURL(join(eldDir, file)).href)) as T;
}

/**
 * Reads the installed eld (default `node_modules/eld`) into the model's input.
 *
 * @example
 * const input = await eldModelInput();
 * input.langs; // ["da", "de", "en", "es", "fr", "it", "nl", "no", "pl", "pt", "sv", "tr"]
 */
export async function eldModelInput(
  eldDir = join(ROOT, "node_modules/eld"),
): Promise<NgramModelInput> {
  const { version } = JSON.parse(readFileSync(join(eldDir, "package.json"), "utf8")) as {
    version: string;
  };
  const { ngramsData: data } = await eldFile<{ ngramsData: EldNgrams }>(
    eldDir,
    "src/ngrams/small.js",
  );
  const { dictionary } = await eldFile<{ dictionary: string[] }>(eldDir, "src/dictionary.js");
  const { separators } = await eldFile<{ separators: RegExp }>(eldDir, "src/regexPatterns.js");
  if (separators.flags !== "gu") throw new Error(`eld separators have flags ${separators.flags}`);
  const indexOf = new Map(Object.entries(data.languages).map(([i, code]) => [code, Number(i)]));
  const ids = ELD_LANGS.map((code) => {
    const id = indexOf.get(code);
    if (id === undefined) throw new Error(`eld's database has no language ${code}`);
    return id;
  }).sort((a, b) => a - b); // eld's index order decides ties, so the model keeps it
  const entries = new Map<string, number[]>();
  for (const [key, scores] of Object.entries(data.ngrams)) {
    const values = ids.map((id) => {
      const s = scores[id];
      return s === undefined ? 0 : s + ELD_BASE_SCORE;
    });
    if (values.some((v) => v > 0)) entries.set(key, values);
  }
  return {
    langs: ids.map((id) => data.languages[id] ?? ""),
    dictionary: dictionary.slice(0x80),
    separators: separators.source,
    source: `eld ${version} small (${data.type})`,
    entries,
  };
}

/**
 * The model's bytes, built from the installed eld.
 *
 * @example
 * const bytes = await buildLangModel();
 */
export async function buildLangModel(eldDir?: string): Promise<Uint8Array> {
  return encodeNgramModel(await eldModelInput(eldDir));
}

async function main(): Promise<void> {
  const i = process.argv.indexOf("--out");
  const out = i >= 0 ? (process.argv[i + 1] ?? LANG_MODEL_PATH) : LANG_MODEL_PATH;
  const input = await eldModelInput();
  const bytes = encodeNgramModel(input);
  writeFileSync(out, bytes);
  const sha = createHash("sha256").update(bytes).digest("hex");
  console.log(
    `${out}: ${bytes.length.toLocaleString("en")} bytes, ${input.entries.size.toLocaleString("en")} n-grams, ` +
      `${input.langs.join(",")}, from ${input.source}\nSHA-256 ${sha}`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
