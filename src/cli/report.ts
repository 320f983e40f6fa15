import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import type { App } from "../app.js";
import type { HorizonReport } from "../domain/horizon/index.js";
import { renderHorizonHtml } from "../server/views/horizon-report.js";
import { buildHorizonReport } from "../services/horizon.js";
import { printJson, useColor, withApp } from "./context.js";
import { renderHorizonText } from "./render/horizon-text.js";

export function registerReport(program: Command): void {
  program
    .command("report")
    .description("show how concentrated your network is, how it grew, and your horizon score")
    .option("--json", "print the report as JSON")
    .option("--html <file>", "also write a self-contained HTML report with charts")
    .action(async (opts: { json?: boolean; html?: string }, command: Command) => {
      await withApp(command, async (app) => {
        const report = await horizonReport(app);
        if (opts.html !== undefined) writeHtmlReport(report, opts.html);
        if (opts.json) printJson(report);
        else {
          process.stdout.write(
            renderHorizonText(report, {
              color: useColor(command),
              width: process.stdout.columns ?? 100,
            }),
          );
          if (opts.html !== undefined)
            process.stdout.write(`\nHTML report: ${resolve(opts.html)}\n`);
        }
      });
    });
}

export function horizonReport(app: App): Promise<HorizonReport> {
  return buildHorizonReport(app.reports, app.config.profile);
}

export function writeHtmlReport(report: HorizonReport, file: string): string {
  const path = resolve(file);
  writeFileSync(path, renderHorizonHtml(report, { title: "Tellerrand — your network's horizon" }));
  return path;
}
