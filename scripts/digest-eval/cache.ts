import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type AnalysisRow, type ArticleAnalyzer, analysisText } from "../../src/services/digest.js";

/**
 * The analyzer with a file cache keyed by the analysed text (the analysis is deterministic), in
 * `$TMPDIR/tellerrand-eval-digest-<version>.jsonl`; `off` analyses everything again.
 */
export function cachedAnalyzer(analyzer: ArticleAnalyzer, off: boolean): ArticleAnalyzer {
  if (off) return analyzer;
  const file = join(tmpdir(), `tellerrand-eval-digest-${analyzer.version}.jsonl`);
  const memo = new Map<string, AnalysisRow>();
  if (existsSync(file)) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (line === "") continue;
      const { key, row } = JSON.parse(line) as { key: string; row: AnalysisRow };
      memo.set(key, row);
    }
  }
  return {
    ...analyzer,
    analyze(article, words) {
      const key = `${JSON.stringify(words)}\u0000${analysisText(article)}`;
      const hit = memo.get(key);
      if (hit !== undefined) return { ...hit, articleId: article.id };
      const row = analyzer.analyze(article, words);
      memo.set(key, row);
      appendFileSync(file, `${JSON.stringify({ key, row })}\n`);
      return row;
    },
  };
}
