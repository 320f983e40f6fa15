import type { Command } from "commander";
import { envName } from "../config/load.js";
import { CONFIG_LEAVES, maskSecrets } from "../config/schema.js";
import { effectiveProfile } from "../services/profile.js";
import { configFrom, printJson, withApp } from "./context.js";

export function registerConfig(program: Command): void {
  const config = program.command("config").description("show the configuration");
  config
    .command("show")
    .description(
      "print the effective config (defaults < file < TELLERRAND_* env < flags), secrets masked",
    )
    .option("--json", "print as JSON")
    .action(async (opts: { json?: boolean }, command: Command) => {
      const loaded = configFrom(command);
      const profile = await withApp(command, (app) =>
        effectiveProfile(app.config.profile, app.reports),
      );
      const shown = { ...(maskSecrets(loaded.config) as object), effectiveProfile: profile };
      if (opts.json) {
        printJson({
          configFile: loaded.configFile,
          configFileExists: loaded.configFileExists,
          origins: loaded.origins,
          config: shown,
        });
        return;
      }
      const lines = [
        `# config file: ${loaded.configFile}${loaded.configFileExists ? "" : " (not present: defaults)"}`,
      ];
      for (const leaf of CONFIG_LEAVES) {
        const value = leaf.path
          .split(".")
          .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], shown);
        lines.push(
          `${leaf.path} = ${JSON.stringify(value)}    # ${loaded.origins[leaf.path]}, env ${envName(leaf.path)}`,
        );
      }
      lines.push("", "# profile as used (config, else read from the export):");
      lines.push(`name = ${JSON.stringify(profile.name)}    # ${profile.sources.name}`);
      lines.push(
        `currentEmployers = ${JSON.stringify(profile.currentEmployers)}    # ${profile.sources.employers}`,
      );
      lines.push(
        `pastEmployers = ${JSON.stringify(profile.pastEmployers)}    # ${profile.sources.employers}`,
      );
      process.stdout.write(`${lines.join("\n")}\n`);
    });
  config
    .command("path")
    .description("print the path of the config file")
    .action((_opts: unknown, command: Command) => {
      process.stdout.write(`${configFrom(command).configFile}\n`);
    });
}
