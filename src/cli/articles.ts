import type { Command } from "commander";
import { SqlArticleStore } from "../db/article-store.js";
import { TellerrandError } from "../domain/errors.js";
import type { ArticleFilter, ArticleFlag, FeedKind } from "../services/feeds/ports.js";
import { printJson, withApp } from "./context.js";
import { feedKind } from "./feeds.js";

const UNIT_MS = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 } as const;

/**
 * `--since` as an ISO time: a span back from now (`36h`, `7d`, `2w`) or a date (`2026-11-01`).
 *
 * @example
 * sinceToIso("7d", new Date("2026-11-08T00:00:00Z")); // "2026-11-01T00:00:00.000Z"
 */
export function sinceToIso(value: string, now: Date): string {
  const span = /^(\d+)\s*([hdw])$/i.exec(value.trim());
  if (span) {
    const unit = (span[2] ?? "d").toLowerCase() as keyof typeof UNIT_MS;
    return new Date(now.getTime() - Number(span[1]) * UNIT_MS[unit]).toISOString();
  }
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) {
    const at = new Date(value);
    if (!Number.isNaN(at.getTime())) return at.toISOString();
  }
  throw new TellerrandError(
    "usage",
    `--since "${value}": use a span like 7d, 36h, 2w or a date like 2026-11-01`,
  );
}

function positiveInt(flag: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1)
      throw new TellerrandError("usage", `${flag} "${value}" is not a positive whole number`);
    return n;
  };
}

interface ListOpts {
  since?: string;
  feed?: number;
  kind?: FeedKind;
  lang?: string;
  limit: number;
  json?: boolean;
}

export function registerArticles(program: Command): void {
  const articles = program.command("articles").description("articles fetched from your feeds");
  articles
    .command("list")
    .description("newest articles first")
    .option("--since <when>", "only since a span back (7d, 36h, 2w) or a date (2026-11-01)")
    .option("--feed <id>", "only this feed", positiveInt("--feed"))
    .option("--kind <kind>", "only feeds of this kind", feedKind)
    .option("--lang <code>", "only articles in this language (e.g. en, de)")
    .option("--limit <n>", "show at most n", positiveInt("--limit"), 50)
    .option("--json", "print as JSON")
    .action(async (opts: ListOpts, command: Command) => {
      const filter: ArticleFilter = { limit: opts.limit };
      if (opts.since !== undefined) filter.since = sinceToIso(opts.since, new Date());
      if (opts.feed !== undefined) filter.feedId = opts.feed;
      if (opts.kind !== undefined) filter.kind = opts.kind;
      if (opts.lang !== undefined) filter.lang = opts.lang.toLowerCase();
      const rows = await withApp(command, (app) => new SqlArticleStore(app.db).list(filter));
      if (opts.json) return printJson(rows);
      const lines = rows.map(
        (a) =>
          `${a.sortAt.slice(0, 10)}  #${String(a.id).padEnd(6)} ${(a.feedTitle ?? "-").slice(0, 24).padEnd(24)}  ${a.title ?? "(untitled)"}${a.starred ? " ★" : ""}${a.read ? "" : " •"}\n            ${a.url ?? ""}`,
      );
      process.stdout.write(lines.length > 0 ? `${lines.join("\n")}\n` : "no articles\n");
    });
  registerMarks(articles);
}

/** `star|unstar|read|unread <id>`: what each sets. */
const MARKS: ReadonlyArray<[string, ArticleFlag, boolean, string]> = [
  ["star", "starred", true, "keep an article: retention and feed removal never delete it"],
  ["unstar", "starred", false, "let retention delete an article again"],
  ["read", "read", true, "mark an article as read"],
  ["unread", "read", false, "mark an article as unread"],
];

function registerMarks(articles: Command): void {
  for (const [name, flag, value, description] of MARKS) {
    articles
      .command(name)
      .description(description)
      .argument("<id>", "article id (from `articles list`)", positiveInt("<id>"))
      .option("--json", "print as JSON")
      .action(async (id: number, opts: { json?: boolean }, command: Command) => {
        const found = await withApp(command, (app) =>
          new SqlArticleStore(app.db).mark(id, flag, value),
        );
        if (!found) throw new TellerrandError("not-found", `there is no article #${id}`);
        if (opts.json) return printJson({ id, [flag]: value });
        process.stdout.write(`article #${id} ${value ? "" : "no longer "}${flag}\n`);
      });
  }
}
