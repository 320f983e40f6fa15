import type { Command } from "commander";
import type { App } from "../app.js";
import { TellerrandError } from "../domain/errors.js";
import { sinceToIso } from "../domain/since.js";
import { printJson, withApp } from "./context.js";

const FORMATS = ["text", "md", "html", "json"] as const;
type Format = (typeof FORMATS)[number];

interface DigestOpts {
  since?: string;
  limit?: number;
  format: Format;
  showHidden?: boolean;
  send?: boolean;
}

function format(value: string): Format {
  if (!(FORMATS as readonly string[]).includes(value)) {
    throw new TellerrandError("usage", `--format "${value}" is not one of ${FORMATS.join(", ")}`);
  }
  return value as Format;
}

function limit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 500) {
    throw new TellerrandError("usage", `--limit "${value}" is not a whole number from 1 to 500`);
  }
  return n;
}

/** Canonical keys of the current employers (config, else the export's open positions). */
export async function currentEmployerKeys(app: App): Promise<string[]> {
  const { effectiveProfile, currentEmployerKeys: keysOf } = await import("../services/profile.js");
  return keysOf(await effectiveProfile(app.config.profile, app.reports));
}

async function runDigest(app: App, opts: DigestOpts): Promise<void> {
  const digest = await import("../services/digest.js");
  const { SqlDigestStore } = await import("../db/digest-store.js");
  const { renderDigest } = await import("../domain/digest/render.js");
  const cfg = app.config.digest;
  const mail = opts.send ? await import("../integrations/mail/smtp.js") : undefined;
  mail?.checkSmtp(cfg.smtp); // before the analysis, not after it
  const now = new Date();
  const since = sinceToIso(opts.since ?? cfg.since, now);
  const store = new SqlDigestStore(app.db);
  const analyzer = await digest.createArticleAnalyzer();
  const words = {
    keepWords: app.config.politics.keepWords,
    blockWords: app.config.politics.blockWords,
  };
  const done = await digest.ensureAnalyses(store, analyzer, since, words, (n) => {
    if (n % 2000 === 0) process.stderr.write(`analysed ${n} articles…\n`);
  });
  if (done.analysed > 0) process.stderr.write(`analysed ${done.analysed} new articles\n`);
  const { plan, view } = await digest.buildDigest(store, analyzer, {
    now,
    since,
    limit: opts.limit ?? cfg.limit,
    showHidden: opts.showHidden ? 50 : 0,
    settings: cfg,
    strictness: app.config.politics.strictness,
    interests: app.config.profile.interests,
    ownEmployerKeys: await currentEmployerKeys(app),
  });
  let sent = false;
  if (mail !== undefined) {
    const r = await mail.sendMail(cfg.smtp, {
      subject: `Tellerrand digest: ${view.items.length} articles since ${since.slice(0, 10)}`,
      html: renderDigest(view, "html"),
      text: renderDigest(view, "text"),
    });
    sent = true;
    process.stderr.write(`sent to ${r.accepted.join(", ")}\n`);
  }
  await store.recordRun({
    at: now.toISOString(),
    since,
    articleIds: plan.items.map((i) => i.candidate.id),
    kinds: digest.kindCounts(plan),
    sent,
  });
  process.stdout.write(renderDigest(view, opts.format));
}

export function registerDigest(program: Command): void {
  const digest = program
    .command("digest")
    .description("today's articles for you: relevant, new, diverse, without politics")
    .option("--since <when>", "look back this far (1d, 36h, 2w) or since a date (default: config)")
    .option("--limit <n>", "at most n articles (default: config, 20)", limit)
    .option("--format <format>", `output: ${FORMATS.join("|")}`, format, "text")
    .option("--show-hidden", "also list filtered articles with their reason")
    .option("--send", "send the digest by e-mail (digest.smtp in the config)")
    .action(async (opts: DigestOpts, command: Command) => {
      await withApp(command, (app) => runDigest(app, opts));
    });
  digest
    .command("feedback")
    .description("tell the digest what you think of an article: read, star, hide, less, more")
    .argument("<article-id>", "the article's number (#id in the digest)")
    .argument("<action>", "read | star | hide | less | more")
    .option("--json", "print as JSON")
    .action(async (idText: string, action: string, opts: { json?: boolean }, command: Command) => {
      const { isFeedbackAction, FEEDBACK_ACTIONS } = await import("../domain/digest/feedback.js");
      const id = Number(idText);
      if (!Number.isInteger(id) || id < 1) {
        throw new TellerrandError("usage", `article id "${idText}" is not a positive whole number`);
      }
      if (!isFeedbackAction(action)) {
        throw new TellerrandError(
          "usage",
          `action "${action}" is not one of ${FEEDBACK_ACTIONS.join(", ")}`,
        );
      }
      const at = new Date().toISOString();
      const { SqlDigestStore } = await import("../db/digest-store.js");
      const ok = await withApp(command, (app) =>
        new SqlDigestStore(app.db).addFeedback(id, action, at),
      );
      if (!ok) throw new TellerrandError("not-found", `no article #${id}`);
      if (opts.json) return printJson({ articleId: id, action, at });
      process.stdout.write(`#${id}: ${action} noted\n`);
    });
}
