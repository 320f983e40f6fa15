import type { Command } from "commander";
import { TellerrandError } from "../domain/errors.js";
import { OUTBOX_STATES, type OutboxState } from "../domain/publishing/outbox.js";
import type { OutboxEntry } from "../services/publishing/ports.js";
import type { RunSummary } from "../services/publishing/run.js";
import { networkList, withPublishing } from "./compose.js";
import { printJson } from "./context.js";

function entryId(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new TellerrandError("usage", `"${value}" is not an outbox entry id`);
  return n;
}

function stateOption(value: string): OutboxState {
  if (!(OUTBOX_STATES as readonly string[]).includes(value)) {
    throw new TellerrandError(
      "usage",
      `--state "${value}" is not one of ${OUTBOX_STATES.join(", ")}`,
    );
  }
  return value as OutboxState;
}

function line(e: OutboxEntry): string {
  const when = e.publishedAt ?? e.scheduledAt ?? "";
  const first = e.text.split("\n")[0] ?? "";
  const note = e.lastError === null ? "" : `  (${e.failureKind}: ${e.lastError})`;
  const forced = e.forced ? " forced" : "";
  return `#${e.id}  ${e.network.padEnd(8)} ${e.state.padEnd(15)} ${when.padEnd(24)} ${first.slice(0, 60)}${forced}${note}\n`;
}

function summaryText(s: RunSummary): string {
  return `published ${s.published.length}, retrying ${s.retrying.length}, failed ${s.failed.length}, needs attention ${s.needsAttention.length}, reconciled ${s.reconciled.length}\n`;
}

type Action = "approve" | "cancel" | "reopen" | "publish";

export function registerOutbox(program: Command): void {
  const outbox = program
    .command("outbox")
    .description("approve, schedule and publish drafts; never posts twice");
  outbox
    .command("list")
    .description("list outbox entries")
    .option("--state <state>", OUTBOX_STATES.join("|"), stateOption)
    .option("--network <name>", "only this network", networkList)
    .option("--json", "print as JSON")
    .action(
      async (
        opts: { state?: OutboxState; network?: string[]; json?: boolean },
        command: Command,
      ) => {
        const rows = await withPublishing(command, async (ctx) => {
          const all = await ctx.outbox.listEntries(
            opts.state === undefined ? {} : { state: opts.state },
          );
          return opts.network === undefined
            ? all
            : all.filter((e) => opts.network?.includes(e.network));
        });
        if (opts.json) return printJson(rows);
        process.stdout.write(
          rows.length === 0 ? "the outbox is empty (compose URL)\n" : rows.map(line).join(""),
        );
      },
    );
  outbox
    .command("show")
    .description("one entry with its text, verdict and attempts")
    .argument("<id>", "entry id", entryId)
    .option("--json", "print as JSON")
    .action(async (id: number, opts: { json?: boolean }, command: Command) => {
      const { showEntry } = await import("../services/publishing/outbox.js");
      const d = await withPublishing(command, (ctx) => showEntry(ctx, id));
      if (opts.json) return printJson(d);
      const out = [
        line(d.entry).trimEnd(),
        `  verdict: ${d.entry.verdict.status} ${d.entry.verdict.reasons.join("; ")}`,
      ];
      out.push(...d.entry.text.split("\n").map((l) => `  | ${l}`));
      if (d.entry.remoteUrl !== null) out.push(`  posted: ${d.entry.remoteUrl}`);
      for (const a of d.attempts)
        out.push(`  attempt ${a.startedAt} ${a.outcome ?? "(unfinished)"} ${a.message ?? ""}`);
      process.stdout.write(`${out.join("\n")}\n`);
    });
  outbox
    .command("schedule")
    .description("schedule approved entries into their network's next free slot (or --at)")
    .argument("<ids...>", "entry ids")
    .option("--at <time>", "ISO time instead of the next free slot")
    .option("--json", "print as JSON")
    .action(async (ids: string[], opts: { at?: string; json?: boolean }, command: Command) => {
      const { scheduleEntry } = await import("../services/publishing/outbox.js");
      const done = await withPublishing(command, async (ctx) => {
        const out: OutboxEntry[] = [];
        for (const id of ids.map(entryId))
          out.push(
            await scheduleEntry(ctx, id, opts.at === undefined ? undefined : new Date(opts.at)),
          );
        return out;
      });
      if (opts.json) return printJson(done);
      process.stdout.write(done.map(line).join(""));
    });
  for (const [name, describe] of [
    ["approve", "approve draft entries (blocked ones need compose --force)"],
    ["cancel", "cancel entries that have not gone out"],
    ["reopen", "another try for failed or needs-attention entries"],
    ["publish", "publish approved or scheduled entries now"],
  ] as const) {
    outbox
      .command(name)
      .description(describe)
      .argument("<ids...>", "entry ids")
      .option("--json", "print as JSON")
      .action(async (ids: string[], opts: { json?: boolean }, command: Command) => {
        const result = await withPublishing(command, (ctx) => act(ctx, name, ids.map(entryId)));
        if (opts.json) return printJson(result);
        process.stdout.write(result.map(line).join(""));
      });
  }
  outbox
    .command("confirm")
    .description("mark a needs-attention entry as published (you checked it is on the network)")
    .argument("<id>", "entry id", entryId)
    .option("--url <url>", "the post's URL")
    .action(async (id: number, opts: { url?: string }, command: Command) => {
      const { confirmPublished } = await import("../services/publishing/outbox.js");
      const e = await withPublishing(command, (ctx) => confirmPublished(ctx, id, opts.url));
      process.stdout.write(line(e));
    });
  outbox
    .command("run")
    .description("one pass: reconcile interrupted sends, publish what is due")
    .option("--json", "print as JSON")
    .action(async (opts: { json?: boolean }, command: Command) => {
      const { runOutbox } = await import("../services/publishing/run.js");
      const s = await withPublishing(command, (ctx) => runOutbox(ctx));
      if (opts.json) return printJson(s);
      process.stdout.write(summaryText(s));
    });
}

async function act(
  ctx: import("../services/publishing/context.js").PublishingContext,
  action: Action,
  ids: number[],
): Promise<OutboxEntry[]> {
  const svc = await import("../services/publishing/outbox.js");
  const { publishNow } = await import("../services/publishing/run.js");
  const out: OutboxEntry[] = [];
  for (const id of ids) {
    if (action === "approve") out.push(await svc.approveEntry(ctx, id));
    else if (action === "cancel") out.push(await svc.cancelEntry(ctx, id));
    else if (action === "reopen") out.push(await svc.reopenEntry(ctx, id));
    else {
      await publishNow(ctx, id);
      out.push(await svc.entryOrThrow(ctx, id));
    }
  }
  return out;
}
