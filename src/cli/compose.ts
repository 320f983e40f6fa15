import type { Command } from "commander";
import { TellerrandError } from "../domain/errors.js";
import { isNetwork, NETWORK_SPECS, type NetworkId } from "../domain/publishing/networks.js";
import type { ComposedEntry, ComposeResult } from "../services/publishing/compose.js";
import type { PublishingContext } from "../services/publishing/context.js";
import { printJson, VERSION, withApp } from "./context.js";

/** Runs work with the publishing context of a freshly opened app (loaded on demand). */
export async function withPublishing<T>(
  command: Command,
  work: (ctx: PublishingContext) => Promise<T>,
): Promise<T> {
  const { publishingContext } = await import("../services/publishing/wiring.js");
  return withApp(command, (app) => work(publishingContext(app, VERSION)));
}

/** `--network` values: repeatable and comma-separated; each must be a known network. */
export function networkList(value: string, previous: NetworkId[] = []): NetworkId[] {
  const out = [...previous];
  for (const part of value
    .split(",")
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean)) {
    if (!isNetwork(part)) {
      throw new TellerrandError(
        "usage",
        `--network "${part}" is not one of ${Object.keys(NETWORK_SPECS).join(", ")}`,
      );
    }
    out.push(part);
  }
  return out;
}

/** The terminal view of one network's draft: counter, verdict, text. */
export function entryBlock(e: ComposedEntry): string {
  const spec = NETWORK_SPECS[e.network];
  const room = e.count.remaining >= 0 ? `${e.count.remaining} left` : `${-e.count.remaining} over`;
  const measures = e.count.measures.map((m) => `${m.used}/${m.limit} ${m.unit}`).join(", ");
  const id = e.entryId === null ? "" : ` #${e.entryId}`;
  const lines = [`${spec.label}${id}  ${e.verdict.status}  ${room} (${measures})`];
  for (const r of e.verdict.reasons) lines.push(`  ! ${r}`);
  lines.push(...e.text.split("\n").map((l) => `  | ${l}`));
  if (e.shareUrl !== null) lines.push(`  share by hand: ${e.shareUrl}`);
  return lines.join("\n");
}

function render(r: ComposeResult): string {
  const head = r.draft === null ? "draft (not stored: --dry-run)" : `draft #${r.draft.id}`;
  const title = r.source.title === null ? "" : `  ${r.source.title}`;
  return [`${head}${title}`, ...r.entries.map(entryBlock)].join("\n\n");
}

interface ComposeOpts {
  text?: string;
  article?: string;
  network?: NetworkId[];
  force?: boolean;
  dryRun?: boolean;
  json?: boolean;
}

export function registerCompose(program: Command): void {
  program
    .command("compose")
    .description(
      "draft a post per network from a URL, a stored article or free text; shows room left and routing verdicts",
    )
    .argument("[url]", "web page to share (title, description, image from its Open Graph tags)")
    .option("--text <text>", "your comment, or the whole post without a URL")
    .option("--article <id>", "a stored article's id")
    .option(
      "--network <name>",
      "linkedin|x|mastodon|bluesky|facebook (repeatable, or comma-separated)",
      networkList,
    )
    .option("--force", "override routing blocks (recorded on the entry)")
    .option("--dry-run", "show the drafts without storing them")
    .option("--json", "print as JSON")
    .action(async (url: string | undefined, opts: ComposeOpts, command: Command) => {
      const articleId = opts.article === undefined ? undefined : Number(opts.article);
      if (articleId !== undefined && !Number.isInteger(articleId)) {
        throw new TellerrandError("usage", `--article "${opts.article}" is not an article id`);
      }
      const { composeDrafts } = await import("../services/publishing/compose.js");
      const result = await withPublishing(command, (ctx) =>
        composeDrafts(ctx, {
          ...(url === undefined ? {} : { url }),
          ...(opts.text === undefined ? {} : { text: opts.text }),
          ...(articleId === undefined ? {} : { articleId }),
          ...(opts.network === undefined ? {} : { networks: opts.network }),
          ...(opts.force ? { force: true } : {}),
          store: opts.dryRun !== true,
        }),
      );
      if (opts.json) return printJson(result);
      process.stdout.write(`${render(result)}\n`);
    });
}
