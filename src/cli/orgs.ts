import type { Command } from "commander";
import { TellerrandError } from "../domain/errors.js";
import { canonicalOrganization } from "../domain/orgs/canonical.js";
import { isNaceSection, NACE_SECTIONS } from "../domain/taxonomy.js";
import { printJson, withApp } from "./context.js";

export function registerOrgs(program: Command): void {
  const orgs = program
    .command("orgs")
    .description("organisations of your network and their industries");
  orgs
    .command("list")
    .description("list organisations by number of current connections")
    .option("--json", "print as JSON")
    .option("--limit <n>", "show at most n", (v) => Number.parseInt(v, 10), 50)
    .action(async (opts: { json?: boolean; limit: number }, command: Command) => {
      const rows = await withApp(command, (app) => app.orgs.list());
      const shown = rows.slice(0, opts.limit);
      if (opts.json) return printJson(shown);
      for (const o of shown) {
        const industry =
          o.industry === null
            ? "-"
            : `${o.industry} ${NACE_SECTIONS[o.industry as keyof typeof NACE_SECTIONS] ?? ""}`;
        process.stdout.write(
          `${String(o.contacts).padStart(6)}  ${o.name.padEnd(40)} ${industry}${o.selfEmployed ? "  (self-employed)" : ""}\n`,
        );
      }
      if (rows.length > shown.length)
        process.stdout.write(`… ${rows.length - shown.length} more (--limit)\n`);
    });
  orgs
    .command("set-industry")
    .description("assign an organisation to a NACE Rev. 2 section (A–U), or `none` to clear")
    .argument("<organisation>", 'its name as in your export, e.g. "SAP SE"')
    .argument("<section>", `one of ${Object.keys(NACE_SECTIONS).join(", ")} or none`)
    .action(async (name: string, section: string, _opts: unknown, command: Command) => {
      const org = canonicalOrganization(name);
      if (org === null) throw new TellerrandError("usage", `"${name}" is not an organisation name`);
      const upper = section.toUpperCase();
      const industry = section.toLowerCase() === "none" ? null : upper;
      if (industry !== null && !isNaceSection(industry)) {
        throw new TellerrandError(
          "usage",
          `"${section}" is not a NACE section; use one of ${Object.keys(NACE_SECTIONS).join(", ")} or none`,
        );
      }
      await withApp(command, (app) => app.orgs.setIndustry(org.key, org.display, industry));
      const label = industry === null ? "no industry" : `${industry} (${NACE_SECTIONS[industry]})`;
      process.stdout.write(`${org.display} [${org.key}] → ${label}\n`);
    });
}
