import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { createApp } from "../app.js";
import { TellerrandError } from "../domain/errors.js";
import { openLinkedInExport } from "../integrations/importers/linkedin/index.js";
import { importLinkedInExport } from "../services/import-linkedin.js";
import { configFrom, useColor } from "./context.js";
import { wipeDataDir } from "./data.js";
import { archiveLimits, formatImportReport } from "./import.js";
import { renderHorizonText } from "./render/horizon-text.js";
import { horizonReport, writeHtmlReport } from "./report.js";

/** The bundled sample exports, oldest first: importing both shows how snapshots keep history. */
export const SAMPLE_EXPORTS = [
  "Complete_LinkedInDataExport_11-20-2025.zip",
  "Complete_LinkedInDataExport_11-20-2026.zip",
].map((name) => fileURLToPath(new URL(`../../samples/${name}`, import.meta.url)));

export function registerDemo(program: Command): void {
  program
    .command("demo")
    .description("import the bundled sample export into a fresh data folder and show its report")
    .action(async (_opts: unknown, command: Command) => {
      const loaded = configFrom(command);
      const dataDir =
        loaded.origins.dataDir === "default" ? resolve(".tellerrand-demo") : loaded.config.dataDir;
      for (const file of SAMPLE_EXPORTS) {
        if (!existsSync(file))
          throw new TellerrandError("not-found", `bundled sample ${file} is missing`);
      }
      wipeDataDir(dataDir);
      const app = await createApp({ ...loaded.config, dataDir });
      try {
        for (const file of SAMPLE_EXPORTS) {
          const report = await importLinkedInExport(
            { open: openLinkedInExport, store: app.linkedin },
            file,
            archiveLimits(app.config),
          );
          process.stdout.write(formatImportReport(report));
        }
        const report = await horizonReport(app);
        const html = writeHtmlReport(report, join(dataDir, "horizon-report.html"));
        process.stdout.write(
          `\n${renderHorizonText(report, { color: useColor(command), width: process.stdout.columns ?? 100 })}`,
        );
        process.stdout.write(`\nData folder: ${dataDir}\nHTML report: ${html}\n`);
        process.stdout.write(
          `Next: tellerrand --data-dir ${dataDir} orgs list (then orgs set-industry), snapshots, report --json;\nor import your own export (see README).\n`,
        );
      } finally {
        await app.close();
      }
    });
}
