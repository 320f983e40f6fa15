import type { Command } from "commander";
import type { Config } from "../config/schema.js";
import { openLinkedInExport } from "../integrations/importers/linkedin/index.js";
import { type ImportReport, importLinkedInExport } from "../services/import-linkedin.js";
import type { ArchiveLimits } from "../services/ports.js";
import { printJson, withApp } from "./context.js";

export function registerImport(program: Command): void {
  program
    .command("import")
    .description("import a LinkedIn data export (.zip, .zip.zip, unpacked folder or one CSV)")
    .argument("<path>", "the export, e.g. ~/Downloads/Complete_LinkedInDataExport_11-20-2026.zip")
    .option("--json", "print the import report as JSON")
    .action(async (path: string, opts: { json?: boolean }, command: Command) => {
      const report = await withApp(command, (app) =>
        importLinkedInExport(
          {
            open: openLinkedInExport,
            store: app.linkedin,
            onProgress: (n, file) => {
              if (process.stderr.isTTY)
                process.stderr.write(`\r  ${file}: ${n.toLocaleString("en")} records…`);
            },
          },
          path,
          archiveLimits(app.config),
        ),
      );
      if (process.stderr.isTTY) process.stderr.write("\r\u001b[K");
      if (opts.json) printJson(report);
      else process.stdout.write(formatImportReport(report));
    });
}

export function archiveLimits(config: Config): Partial<ArchiveLimits> {
  return {
    maxTotalUncompressedBytes: config.import.maxUncompressedMiB * 1024 * 1024,
    maxCompressionRatio: config.import.maxCompressionRatio,
  };
}

const n = (value: number) => value.toLocaleString("en");

/** The import report as a few readable lines. */
export function formatImportReport(r: ImportReport): string {
  const lines: string[] = [];
  if (r.status === "unchanged") {
    lines.push(
      `Already imported: ${r.source} is snapshot #${r.snapshot.id} (as of ${r.snapshot.asOf}). Nothing changed.`,
    );
    return `${lines.join("\n")}\n`;
  }
  lines.push(
    `Imported ${r.source} (${r.variant} export, as of ${r.snapshot.asOf}) as snapshot #${r.snapshot.id}.`,
  );
  for (const f of r.files) {
    const problems =
      f.problems > 0 ? `, ${n(f.problems)} problem${f.problems === 1 ? "" : "s"}` : "";
    lines.push(`  ${f.file.padEnd(32)} ${n(f.records).padStart(9)} records${problems}`);
  }
  if (r.counts !== null) {
    const c = r.counts;
    lines.push(
      `Connections: ${n(c.added)} new, ${n(c.roleChanges)} changed company or position, ${n(c.ended)} no longer in the export (kept, marked ended), ${n(c.unchanged)} unchanged${c.duplicates > 0 ? `, ${n(c.duplicates)} duplicate rows ignored` : ""}.`,
    );
  }
  if (r.missing.length > 0) lines.push(`Not in this export: ${r.missing.join(", ")}.`);
  if (r.skipped.length > 0) {
    const shown = r.skipped.slice(0, 8).map((s) => s.entry);
    const more =
      r.skipped.length > shown.length ? ` and ${r.skipped.length - shown.length} more` : "";
    lines.push(`Skipped (not used by Tellerrand): ${shown.join(", ")}${more}.`);
  }
  if (r.problems.total > 0) {
    lines.push(`Left out: ${n(r.problems.total)} row(s), by kind:`);
    const kinds = Object.entries(r.problems.byKind).sort((a, b) => b[1] - a[1]);
    for (const [kind, count] of kinds.slice(0, 10))
      lines.push(`  ${n(count).padStart(7)} × ${kind}`);
    lines.push("  First rows (file:line [field]: reason):");
    for (const p of r.problems.samples.slice(0, 5)) {
      lines.push(`    ${p.file}:${p.line}${p.field ? ` [${p.field}]` : ""}: ${p.reason}`);
    }
    if (r.problems.total > 5) lines.push("    … (--json lists the first 50)");
  }
  return `${lines.join("\n")}\n`;
}
