import type { Command } from "commander";
import { TellerrandError } from "../domain/errors.js";
import { printJson, withApp } from "./context.js";
import { currentEmployerKeys } from "./digest.js";

const pct = (x: number) => `${(x * 100).toFixed(0).padStart(3)}%`;
const bar = (x: number, width = 30) => "█".repeat(Math.round(Math.max(0, Math.min(1, x)) * width));

export function registerAudit(program: Command): void {
  const audit = program.command("audit").description("what you share and what you read");
  audit
    .command("shares")
    .description("whose links you share: own employer, other companies, own blog, media, other")
    .option("--json", "print as JSON")
    .option("--html <file>", "also write an HTML report with the monthly chart to this file")
    .action(async (opts: { json?: boolean; html?: string }, command: Command) => {
      const { auditShares, SHARE_CLASSES, SHARE_CLASS_LABELS } = await import(
        "../services/audit.js"
      );
      const { SqlDigestStore } = await import("../db/digest-store.js");
      const result = await withApp(command, async (app) =>
        auditShares(new SqlDigestStore(app.db), {
          ownEmployerKeys: await currentEmployerKeys(app),
          target: app.config.digest.shareTarget,
        }),
      );
      if (opts.html !== undefined) {
        const { sharesReportHtml } = await import("../server/views/share-chart.js");
        const { writeFileSync } = await import("node:fs");
        const page = sharesReportHtml(result, {
          labels: SHARE_CLASS_LABELS,
          generatedAt: new Date().toISOString(),
        });
        try {
          writeFileSync(opts.html, page);
        } catch (error) {
          throw new TellerrandError("usage", `--html: cannot write ${opts.html}: ${String(error)}`);
        }
        process.stderr.write(`wrote ${opts.html}\n`);
      }
      if (opts.json) return printJson(result);
      if (result.total === 0) {
        process.stdout.write("no shares yet (import a LinkedIn export with Shares.csv)\n");
        return;
      }
      const lines = [
        `${result.total} shares${result.assumed > 0 ? ` (${result.assumed} from unknown sites, assumed companies)` : ""}`,
        "",
      ];
      lines.push("                   you  target  digest offered");
      for (const c of SHARE_CLASSES) {
        const b = result.balance.byClass[c];
        const o = result.offered.balance.byClass[c];
        lines.push(
          `${SHARE_CLASS_LABELS[c].padEnd(16)} ${pct(b.actual)}   ${pct(b.target)}   ${pct(o.target)}  ${bar(b.actual, 20)}`,
        );
      }
      const d = result.balance.distance;
      if (d !== null)
        lines.push("", `distance from your target (total variation): ${d.toFixed(2)}`);
      lines.push("", "per month (own employer / other companies / own blog / media / other):");
      for (const m of result.timeline) {
        const parts = SHARE_CLASSES.map((c) => String(m.counts[c]).padStart(3)).join(" ");
        lines.push(
          `  ${m.month}  ${parts}  ${bar(m.total / Math.max(...result.timeline.map((t) => t.total)), 20)}`,
        );
      }
      process.stdout.write(`${lines.join("\n")}\n`);
    });
  audit
    .command("reading")
    .description("your reading bubble: topic mix of what you read and starred, per month")
    .option("--json", "print as JSON")
    .action(async (opts: { json?: boolean }, command: Command) => {
      const { auditReading } = await import("../services/audit.js");
      const { SqlDigestStore } = await import("../db/digest-store.js");
      const bubble = await withApp(command, (app) => auditReading(new SqlDigestStore(app.db)));
      if (opts.json) return printJson(bubble);
      if (bubble.months.length === 0) {
        process.stdout.write("nothing read yet (digest feedback <id> read|star)\n");
        return;
      }
      const lines = ["month     articles  topics(¹D)  top topic"];
      for (const m of bubble.months) {
        const top =
          m.topTopic === null
            ? "-"
            : `${bubble.labels[m.topTopic] ?? m.topTopic} ${pct(m.topShare).trim()}`;
        lines.push(
          `${m.month}  ${String(m.articles).padStart(8)}  ${m.effectiveTopics.toFixed(1).padStart(10)}  ${top}`,
        );
      }
      lines.push(
        "",
        bubble.narrowing
          ? "your reading is narrowing: fewer topics than in the months before"
          : "no narrowing in the last month",
      );
      process.stdout.write(`${lines.join("\n")}\n`);
    });
}
