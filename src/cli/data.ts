import { createWriteStream, existsSync, rmSync } from "node:fs";
import { createInterface } from "node:readline/promises";
import type { Command } from "commander";
import { databaseFile } from "../app.js";
import { writeJsonExport } from "../db/export-store.js";
import { TellerrandError } from "../domain/errors.js";
import { configFrom, VERSION, withApp } from "./context.js";

/** `export` and `wipe`: the person's data is theirs to take and to delete. */
export function registerData(program: Command): void {
  program
    .command("export")
    .description("write all stored data as one JSON document")
    .option("-o, --output <file>", "write to a file instead of stdout")
    .action(async (opts: { output?: string }, command: Command) => {
      await withApp(command, async (app) => {
        const out = opts.output === undefined ? process.stdout : createWriteStream(opts.output);
        const rows = await writeJsonExport(app.db, out, VERSION);
        if (opts.output !== undefined) {
          await new Promise<void>((resolve, reject) =>
            out.end(() => resolve()).on("error", reject),
          );
          process.stderr.write(`Exported ${rows.toLocaleString("en")} rows to ${opts.output}\n`);
        }
      });
    });

  program
    .command("wipe")
    .description("delete all stored data (asks first unless --yes)")
    .option("--yes", "do not ask")
    .action(async (opts: { yes?: boolean }, command: Command) => {
      const { config } = configFrom(command);
      const dbFile = databaseFile(config.dataDir);
      if (
        !opts.yes &&
        !(await confirm(`Delete all Tellerrand data in ${config.dataDir}? [y/N] `))
      ) {
        process.stdout.write("Nothing deleted.\n");
        return;
      }
      const removed = wipeDataDir(config.dataDir, dbFile);
      process.stdout.write(
        removed.length > 0 ? `Deleted ${removed.join(", ")}.\n` : "There was no data to delete.\n",
      );
    });
}

/** Removes the store and the reports Tellerrand wrote, and nothing else in the folder. */
export function wipeDataDir(dataDir: string, dbFile = databaseFile(dataDir)): string[] {
  const files = [dbFile, `${dbFile}-wal`, `${dbFile}-shm`, `${dataDir}/horizon-report.html`];
  const removed = files.filter((f) => existsSync(f));
  for (const f of removed) rmSync(f);
  return removed;
}

async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) {
    throw new TellerrandError(
      "usage",
      "refusing to wipe without --yes: there is no terminal to ask",
    );
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}
