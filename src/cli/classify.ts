import { createInterface } from "node:readline";
import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import { classifyTitle } from "../domain/titles/index.js";
import { configFrom } from "./context.js";

export function registerClassify(program: Command): void {
  const classify = program.command("classify").description("classify text with Tellerrand's rules");
  classify
    .command("title")
    .description(
      'read one job title per line on stdin; write one JSON object per line: {"title","function","seniority","confidence"}',
    )
    .action(async () => {
      for await (const line of stdinLines()) {
        const title = line.trim();
        if (title === "") continue;
        const c = classifyTitle(title);
        writeLine({
          title,
          function: c.function,
          seniority: c.seniority,
          confidence: c.confidence,
        });
      }
    });
  classify
    .command("text")
    .description(
      'read one text per line, or JSON lines {"id","text"}, on stdin; write one JSON object per line: {"id","lang","political","politicalReasons","private","topics"}',
    )
    .option("--strictness <level>", "partisan or strict (default: the config's)", strictness)
    .option("--topics <n>", "topics per text", (v) => Number.parseInt(v, 10), 5)
    .action(
      async (opts: { strictness?: "partisan" | "strict"; topics: number }, command: Command) => {
        const { politics } = configFrom(command).config;
        const { createTextAnalyzer } = await import("../text/analyze.js");
        const analyze = await createTextAnalyzer({
          strictness: opts.strictness ?? politics.strictness,
          keepWords: politics.keepWords,
          blockWords: politics.blockWords,
          topics: opts.topics,
        });
        let lineNo = 0;
        for await (const line of stdinLines()) {
          lineNo++;
          const input = parseInputLine(line, lineNo);
          if (input === null) continue;
          const a = analyze(input.text);
          writeLine({
            id: input.id,
            lang: a.lang,
            political: a.political,
            politicalReasons: a.politicalReasons,
            private: a.private,
            topics: a.topics,
            isPolitical: a.isPolitical,
            isPrivate: a.isPrivate,
            privateReasons: a.privateReasons,
            ...(a.overriddenBy === undefined ? {} : { overriddenBy: a.overriddenBy }),
          });
        }
      },
    );
}

function strictness(value: string): "partisan" | "strict" {
  if (value !== "partisan" && value !== "strict") {
    throw new InvalidArgumentError("must be partisan or strict");
  }
  return value;
}

/** A JSON object line with `text` (and optional `id`), else the line itself with its number. */
export function parseInputLine(line: string, lineNo: number): { id: string; text: string } | null {
  const trimmed = line.trim();
  if (trimmed === "") return null;
  if (trimmed.startsWith("{")) {
    try {
      const value = JSON.parse(trimmed) as { id?: unknown; text?: unknown };
      if (typeof value.text === "string") {
        return { id: value.id === undefined ? String(lineNo) : String(value.id), text: value.text };
      }
    } catch {
      // not JSON after all: classify the line as text
    }
  }
  return { id: String(lineNo), text: trimmed };
}

function stdinLines(): AsyncIterable<string> {
  return createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
}

function writeLine(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}
