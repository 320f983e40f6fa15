import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { Command } from "commander";
import { TellerrandError } from "../domain/errors.js";
import { printJson, withApp } from "./context.js";

/** `tellerrand candidates import FILE.csv`: people to consider in `discover --people`. */
export function registerCandidates(program: Command): void {
  const candidates = program
    .command("candidates")
    .description("people you might connect with (an event's attendee list, a search export)");
  candidates
    .command("import")
    .description("import a CSV (name, title, company, profile URL, optional note; EN/DE headers)")
    .argument("<file>", "CSV file")
    .option("--json", "print as JSON")
    .action(async (file: string, opts: { json?: boolean }, command: Command) => {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch {
        throw new TellerrandError("not-found", `${file}: cannot read the file`);
      }
      const result = await withApp(command, async (app) => {
        const { SqlCandidateStore } = await import("../db/candidate-store.js");
        const { importCandidates } = await import("../services/candidates.js");
        return importCandidates(
          new SqlCandidateStore(app.db),
          bytes,
          basename(file),
          new Date().toISOString(),
        );
      });
      if (opts.json) return printJson(result);
      const lines = [
        `${result.file}: ${result.rows} candidates read, ${result.added} new, ${result.unchanged} already known, ${result.errors.length} rows skipped`,
        ...result.errors.map((e) => `  line ${e.line}, ${e.field}: ${e.message}`),
      ];
      process.stdout.write(`${lines.join("\n")}\n`);
    });
}
