import { Command, CommanderError } from "commander";
import { TellerrandError } from "../domain/errors.js";
import { registerAccounts } from "./accounts.js";
import { registerArticles } from "./articles.js";
import { registerAudit } from "./audit.js";
import { registerCandidates } from "./candidates.js";
import { registerClassify } from "./classify.js";
import { registerCompose } from "./compose.js";
import { registerConfig } from "./config.js";
import { VERSION } from "./context.js";
import { registerData } from "./data.js";
import { registerDemo } from "./demo.js";
import { registerDigest } from "./digest.js";
import { registerDiscover } from "./discover.js";
import { registerFeeds } from "./feeds.js";
import { registerImport } from "./import.js";
import { registerOrgs } from "./orgs.js";
import { registerOutbox } from "./outbox.js";
import { registerPolitics } from "./politics.js";
import { registerReport } from "./report.js";
import { registerSample } from "./sample.js";
import { registerServe } from "./serve.js";
import { registerSnapshots } from "./snapshots.js";
import { registerTriage } from "./triage.js";

/** Builds the `tellerrand` command tree (exported so tests can run it in-process). */
export function buildProgram(): Command {
  const program = new Command("tellerrand")
    .description("Look beyond your own plate: see the bubble your LinkedIn network has become.")
    .version(VERSION, "-V, --version")
    .option(
      "-c, --config <file>",
      "config file (default: the XDG config folder's tellerrand/config.toml)",
    )
    .option(
      "-d, --data-dir <dir>",
      "data folder holding the database (overrides config and TELLERRAND_DATA_DIR)",
    )
    .option("--no-color", "plain terminal output")
    .showHelpAfterError()
    .exitOverride();
  for (const register of [
    registerImport,
    registerReport,
    registerSnapshots,
    registerOrgs,
    registerClassify,
    registerPolitics,
    registerConfig,
    registerData,
    registerSample,
    registerDemo,
    registerFeeds,
    registerArticles,
    registerCompose,
    registerOutbox,
    registerAccounts,
    registerDigest,
    registerAudit,
    registerServe,
    registerTriage,
    registerDiscover,
    registerCandidates,
  ]) {
    register(program);
  }
  for (const sub of program.commands) sub.exitOverride();
  return program;
}

/** Runs the CLI and maps errors to exit codes once, here at the edge. */
export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 64;
    if (error instanceof TellerrandError) {
      process.stderr.write(`tellerrand: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(
      `tellerrand: internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 70;
  }
}
