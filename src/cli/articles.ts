import type { Command } from "commander";
import { SqlArticleStore } from "../db/article-store.js";
import { SqlDigestStore } from "../db/digest-store.js";
import { TellerrandError } from "../domain/errors.js";
import { sinceToIso } from "../domain/since.js";
import type { ArticleFilter, ArticleFlag, FeedKind } from "../services/feeds/ports.js";
import { printJson, withApp } from "./context.js";
import { feedKind } from "./feeds.js";

export { sinceToIso };

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
          // Setting a flag is feedback, as `digest feedback` records it, so the digest learns
          // from it; clearing one only clears the flag.
          value
            ? new SqlDigestStore(app.db).addFeedback(
                id,
                flag === "starred" ? "star" : "read",
                new Date().toISOString(),
              )
            : new SqlArticleStore(app.db).mark(id, flag, value),
        );
        if (!found) throw new TellerrandError("not-found", `there is no article #${id}`);
        if (opts.json) return printJson({ id, [flag]: value });
        process.stdout.write(`article #${id} ${value ? "" : "no longer "}${flag}\n`);
      });
  }
}
