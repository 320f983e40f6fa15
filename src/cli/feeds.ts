import { readFileSync, writeFileSync } from "node:fs";
import type { Command } from "commander";
import type { App } from "../app.js";
import { TellerrandError } from "../domain/errors.js";
import { FEED_KINDS, type FeedKind, type FeedRecord, isFeedKind } from "../services/feeds/ports.js";
import { type CycleSummary, type FeedContext, runFetchCycle } from "../services/feeds/refresh.js";
import { addFeed, exportOpml, importOpml, resolveFeed } from "../services/feeds/subscriptions.js";
import { loadEld } from "../text/lang/index.js";
import { printJson, VERSION, withApp } from "./context.js";

/**
 * Runs work with the feed pipeline of a freshly opened app. Commands that store articles pass
 * `detectLanguages` so the n-gram language model is loaded first (a few milliseconds).
 */
async function withFeeds<T>(
  command: Command,
  work: (ctx: FeedContext, app: App) => Promise<T>,
  options: { detectLanguages?: boolean } = {},
) {
  if (options.detectLanguages) await loadEld();
  // Loaded on demand: the parser and sanitiser take a second to import, `feeds list` needs neither.
  const { feedContext } = await import("../services/feeds/wiring.js");
  return withApp(command, (app) => work(feedContext(app, VERSION), app));
}

/** `--kind` value parser. */
export function feedKind(value: string): FeedKind {
  if (!isFeedKind(value)) {
    throw new TellerrandError("usage", `--kind "${value}" is not one of ${FEED_KINDS.join(", ")}`);
  }
  return value;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerFeeds(program: Command): void {
  const feeds = program.command("feeds").description("subscribe to blogs and media, fetch them");
  feeds
    .command("add")
    .description("subscribe to a feed URL, or to the feed a web page announces")
    .argument("<url>", "feed or web page URL")
    .option("--kind <kind>", `whose content: ${FEED_KINDS.join("|")}`, feedKind)
    .option("--org <name>", "the organisation behind it")
    .option("--tag <tag>", "a tag (repeatable)", collect)
    .option("--json", "print as JSON")
    .action(async (url: string, opts: AddOpts, command: Command) => {
      const r = await withFeeds(
        command,
        (ctx) =>
          addFeed(ctx, {
            url,
            ...(opts.kind === undefined ? {} : { kind: opts.kind }),
            ...(opts.org === undefined ? {} : { org: opts.org }),
            ...(opts.tag === undefined ? {} : { tags: opts.tag }),
          }),
        { detectLanguages: true },
      );
      if (opts.json) return printJson(r);
      const verb = r.created ? "subscribed" : "already subscribed";
      const lines = [`${verb}: #${r.feed.id} ${r.feed.title ?? ""} <${r.feed.url}>`];
      if (r.discoveredFrom) lines.push(`  found on ${r.discoveredFrom}`);
      for (const other of r.otherFeeds)
        lines.push(`  also announced: ${other.url} (${other.type})`);
      if (r.created) lines.push(`  ${r.inserted} articles stored`);
      process.stdout.write(`${lines.join("\n")}\n`);
    });
  feeds
    .command("list")
    .description("list subscriptions with their state and last error")
    .option("--json", "print as JSON")
    .action(async (opts: { json?: boolean }, command: Command) => {
      const rows = await withFeeds(command, (ctx) => ctx.feeds.list());
      if (opts.json) return printJson(rows);
      process.stdout.write(rows.map(feedLine).join(""));
      if (rows.length === 0) process.stdout.write("no feeds yet (feeds add URL)\n");
    });
  for (const [name, describe] of [
    ["pause", "stop fetching a feed"],
    ["resume", "fetch a paused feed again (clears its error count)"],
    ["remove", "unsubscribe; its unstarred articles are deleted, starred ones kept"],
  ] as const) {
    feeds
      .command(name)
      .description(describe)
      .argument("<feed>", "feed id or URL")
      .action(async (ref: string, _opts: unknown, command: Command) => {
        const message = await withFeeds(command, (ctx) => changeState(ctx, name, ref));
        process.stdout.write(`${message}\n`);
      });
  }
  feeds
    .command("tag")
    .description("set a feed's tags (none given: clear them)")
    .argument("<feed>", "feed id or URL")
    .argument("[tags...]", "tags")
    .action(async (ref: string, tags: string[], _opts: unknown, command: Command) => {
      await withFeeds(command, async (ctx) =>
        ctx.feeds.setTags((await resolveFeed(ctx, ref)).id, tags),
      );
    });
  registerOpml(feeds);
  registerFetch(feeds);
  feeds
    .command("parse")
    .description("print a feed file as Tellerrand reads it; stores nothing")
    .argument("<file>", "RSS, Atom or JSON Feed file")
    .option("--url <url>", "the feed's URL (base for relative links)")
    .option("--json", "print the normalised feed as JSON")
    .action(async (file: string, opts: { url?: string; json?: boolean }) => {
      const { parseFeedFile } = await import("../integrations/feeds/parse/index.js");
      const feed = await parseFeedFile(file, opts.url);
      if (opts.json) return printJson(feed);
      const lines = [`${feed.format}  ${feed.title ?? "(untitled)"}  ${feed.link ?? ""}`];
      for (const i of feed.items)
        lines.push(`  ${i.published ?? "-".padEnd(24)}  ${i.title ?? i.link ?? i.id}`);
      process.stdout.write(`${lines.join("\n")}\n`);
    });
}

interface AddOpts {
  kind?: FeedKind;
  org?: string;
  tag?: string[];
  json?: boolean;
}

async function changeState(ctx: FeedContext, action: "pause" | "resume" | "remove", ref: string) {
  const feed = await resolveFeed(ctx, ref);
  const label = `#${feed.id} ${feed.title ?? feed.url}`;
  if (action === "pause") {
    await ctx.feeds.setPaused(feed.id, true, "paused by hand");
    return `paused ${label}`;
  }
  if (action === "resume") {
    await ctx.feeds.setPaused(feed.id, false, null);
    return `resumed ${label}`;
  }
  const r = await ctx.feeds.remove(feed.id);
  return `removed ${label}: ${r.articlesRemoved} articles deleted, ${r.starredKept} starred kept`;
}

function feedLine(f: FeedRecord): string {
  const state = f.paused ? "paused" : f.errorCount > 0 ? `err×${f.errorCount}` : "ok";
  const tags = f.tags.length > 0 ? `  [${f.tags.join(", ")}]` : "";
  const org = f.orgName === null ? "" : `  (${f.orgName})`;
  let line = `${String(f.id).padStart(4)}  ${state.padEnd(7)} ${f.kind.padEnd(13)} ${String(f.articleCount).padStart(5)}  ${f.title ?? "(untitled)"}${org}${tags}\n        ${f.url}\n`;
  if (f.pausedReason) line += `        ${f.pausedReason}\n`;
  else if (f.lastError) line += `        last error: ${f.lastError}\n`;
  return line;
}

function registerOpml(feeds: Command): void {
  feeds
    .command("import-opml")
    .description("subscribe to every feed of an OPML file (folders become tags); fetches nothing")
    .argument("<file>", "OPML file")
    .option("--json", "print as JSON")
    .action(async (file: string, opts: { json?: boolean }, command: Command) => {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch (error) {
        throw new TellerrandError("not-found", `cannot read ${file}`, { file, cause: error });
      }
      const r = await withFeeds(command, (ctx) => importOpml(ctx, bytes, file));
      if (opts.json) return printJson(r);
      const lines = [
        `${file}: ${r.added} feeds added, ${r.existing} already subscribed, ${r.skipped.length} skipped`,
      ];
      for (const s of r.skipped) lines.push(`  ${file}:${s.line}: ${s.reason}`);
      process.stdout.write(`${lines.join("\n")}\n`);
    });
  feeds
    .command("export-opml")
    .description("write every subscription as OPML 2.0")
    .option("-o, --output <file>", "write to this file instead of stdout")
    .action(async (opts: { output?: string }, command: Command) => {
      const xml = await withFeeds(command, (ctx) => exportOpml(ctx));
      if (opts.output === undefined) process.stdout.write(xml);
      else writeFileSync(opts.output, xml);
    });
}

function registerFetch(feeds: Command): void {
  feeds
    .command("fetch")
    .description("fetch the feeds that are due (progress on a terminal; JSON otherwise)")
    .option("--all", "fetch every unpaused feed, due or not")
    .option("--json", "print the summary as JSON")
    .action(async (opts: { all?: boolean; json?: boolean }, command: Command) => {
      const tty = process.stderr.isTTY === true && opts.json !== true;
      const summary = await withFeeds(
        command,
        (ctx, app) =>
          runFetchCycle(ctx, {
            all: opts.all === true,
            ...(tty ? { onProgress: progress } : {}),
            onNewArticles: (articles) => draftOwnBlogArticles(app, articles),
          }),
        { detectLanguages: true },
      );
      if (tty) process.stderr.write("\r\u001b[K");
      if (opts.json || process.stdout.isTTY !== true) return printJson(summary);
      process.stdout.write(summaryText(summary));
    });
}

/** New articles of `own-blog` feeds become drafts (and are scheduled if auto-approve is on). */
async function draftOwnBlogArticles(
  app: App,
  articles: ReadonlyArray<{ id: number; kind: string | null }>,
): Promise<unknown> {
  if (!articles.some((a) => a.kind === "own-blog")) return [];
  const { publishingContext } = await import("../services/publishing/wiring.js");
  const { onOwnBlogArticles } = await import("../services/publishing/own-blog.js");
  return onOwnBlogArticles(publishingContext(app, VERSION), articles);
}

function progress(done: number, total: number, r: { url: string; status: string }): void {
  const url = r.url.length > 60 ? `${r.url.slice(0, 59)}…` : r.url;
  process.stderr.write(`\r\u001b[K[${done}/${total}] ${r.status.padEnd(12)} ${url}`);
}

function summaryText(s: CycleSummary): string {
  const lines = [
    `${s.feeds} feeds in ${(s.durationMs / 1000).toFixed(1)} s: ${s.updated} updated, ${s.notModified} not modified, ${s.errors} errors${s.paused > 0 ? ` (${s.paused} now paused)` : ""}; ${s.inserted} new articles, ${s.duplicates} duplicates`,
  ];
  for (const r of s.results.filter((x) => x.status === "error")) {
    lines.push(`  #${r.feedId} ${r.url}: ${r.error}${r.paused ? " — paused" : ""}`);
  }
  return `${lines.join("\n")}\n`;
}
