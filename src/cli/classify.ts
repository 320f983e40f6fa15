import { createInterface } from "node:readline";
import type { Command } from "commander";
import { classifyTitle } from "../domain/titles/index.js";

export function registerClassify(program: Command): void {
  const classify = program.command("classify").description("classify text with Tellerrand's rules");
  classify
    .command("title")
    .description(
      'read one job title per line on stdin; write one JSON object per line: {"title","function","seniority","confidence"}',
    )
    .action(async () => {
      const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
      for await (const line of lines) {
        const title = line.trim();
        if (title === "") continue;
        const c = classifyTitle(title);
        process.stdout.write(
          `${JSON.stringify({ title, function: c.function, seniority: c.seniority, confidence: c.confidence })}\n`,
        );
      }
    });
}
