/** Helpers for bench/text.ts: fastText's install and input format, and a clean load measure. */
import { execFileSync, spawnSync } from "node:child_process";
import { normalizeText } from "../../src/text/politics/features.js";
import { tokenSpans } from "../../src/text/politics/terms.js";

/** Path of Debian's fasttext, installed with apt-get when missing. */
export function ensureFasttext(): string {
  const which = spawnSync("which", ["fasttext"], { encoding: "utf8" });
  if (which.status === 0) return which.stdout.trim();
  console.log("installing fasttext (apt-get install -y fasttext) …");
  execFileSync("flock", ["/tmp/apt.lock", "apt-get", "install", "-y", "fasttext"], {
    stdio: "inherit",
  });
  return "fasttext";
}

/** fastText splits on whitespace only: give it our tokens, lower-cased, space-separated. */
export function fasttextLine(text: string): string {
  const s = normalizeText(text);
  return tokenSpans(s)
    .map((t) => s.slice(t.start, t.end))
    .join(" ");
}

/**
 * Time and RSS growth from calling loadPoliticsModel (file read, decode, lexicon compile) to
 * the first score, in a fresh Node process after the module import (median of 5).
 */
export function measureLoad(): { ms: number; rssMiB: number } {
  const code = `
    const { loadPoliticsModel, scorePolitics } = await import("./src/text/politics/index.ts");
    const base = process.memoryUsage().rss;
    const t = performance.now();
    const m = loadPoliticsModel();
    scorePolitics(m, "Die Landtagswahl naht");
    const ms = performance.now() - t;
    console.log(JSON.stringify({ ms, rssMiB: (process.memoryUsage().rss - base) / 2 ** 20 }));`;
  const runs = Array.from({ length: 5 }, () => {
    const out = execFileSync(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", code],
      {
        encoding: "utf8",
      },
    );
    return JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as { ms: number; rssMiB: number };
  });
  runs.sort((a, b) => a.ms - b.ms);
  return runs[2] as { ms: number; rssMiB: number };
}
