import type { Command } from "commander";
import { printJson, withApp } from "./context.js";

export function registerSnapshots(program: Command): void {
  program
    .command("snapshots")
    .description("list the imported exports (one snapshot each)")
    .option("--json", "print as JSON")
    .action(async (opts: { json?: boolean }, command: Command) => {
      const snapshots = await withApp(command, (app) => app.reports.snapshots());
      if (opts.json) return printJson(snapshots);
      if (snapshots.length === 0) {
        process.stdout.write("No snapshots yet: run `tellerrand import <export.zip>`.\n");
        return;
      }
      for (const s of snapshots) {
        const counts = (
          s.stats as { counts?: { added: number; ended: number; roleChanges: number } }
        ).counts;
        const change = counts
          ? `  +${counts.added} new, ${counts.roleChanges} changed, ${counts.ended} ended`
          : "";
        process.stdout.write(
          `#${s.id}  as of ${s.asOf}  ${s.variant.padEnd(8)} ${s.source}${change}\n`,
        );
      }
    });
}
