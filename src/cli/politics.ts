import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import { SqlTextItemStore } from "../db/text-items-store.js";
import type { PoliticsOptions } from "../text/politics/index.js";
import { printJson, withApp } from "./context.js";

interface PreviewOpts {
  strictness?: "partisan" | "strict";
  keep?: string[];
  block?: string[];
  limit: number;
  json?: boolean;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerPolitics(program: Command): void {
  const politics = program.command("politics").description("the politics filter and its settings");
  politics
    .command("preview")
    .description(
      "show what a politics setting would hide or show among stored articles and shares, before you apply it",
    )
    .option("--strictness <level>", "partisan or strict", (v) => {
      if (v !== "partisan" && v !== "strict")
        throw new InvalidArgumentError("must be partisan or strict");
      return v;
    })
    .option(
      "--keep <word>",
      "a keep-word to add (repeatable; `wahl`, `wahl*`, `*wahl`, `*wahl*`)",
      collect,
    )
    .option("--block <word>", "a block-word to add (repeatable, same syntax)", collect)
    .option(
      "--limit <n>",
      "newest stored items of each kind to judge",
      (v) => Number.parseInt(v, 10),
      2000,
    )
    .option("--json", "print as JSON")
    .action(async (opts: PreviewOpts, command: Command) => {
      const result = await withApp(command, async (app) => {
        const current: PoliticsOptions = { ...app.config.politics };
        const proposed: PoliticsOptions = {
          strictness: opts.strictness ?? current.strictness ?? "partisan",
          keepWords: [...(current.keepWords ?? []), ...(opts.keep ?? [])],
          blockWords: [...(current.blockWords ?? []), ...(opts.block ?? [])],
        };
        const items = await new SqlTextItemStore(app.db).items(opts.limit);
        const { loadPoliticsModel, previewOverrides } = await import("../text/politics/index.js");
        const preview = previewOverrides(loadPoliticsModel(), items, current, proposed);
        const titles = new Map(items.map((i) => [i.id, i.title ?? i.text.slice(0, 80)]));
        return { current, proposed, judged: items.length, ...preview, titles };
      });
      const { titles, ...rest } = result;
      if (opts.json) return printJson(rest);
      const lines = [
        `Judged ${result.judged} stored items. Hidden now: ${result.hiddenBefore}; with the new setting: ${result.hiddenAfter}.`,
      ];
      for (const [label, list] of [
        ["Would hide", result.hide],
        ["Would show again", result.unhide],
      ] as const) {
        if (list.length === 0) continue;
        lines.push(`${label} (${list.length}):`);
        for (const c of list.slice(0, 20)) {
          const why = c.overriddenBy
            ? `${c.overriddenBy.kind}-word ${c.overriddenBy.word}`
            : `${c.political.toFixed(2)} — ${c.reasons
                .slice(0, 3)
                .map((r) => r.term)
                .join(", ")}`;
          lines.push(`  ${c.id}  ${titles.get(c.id) ?? ""}  (${why})`);
        }
      }
      lines.push(
        "Nothing was changed: put the setting into the [politics] section of your config to apply it.",
      );
      process.stdout.write(`${lines.join("\n")}\n`);
    });
}
