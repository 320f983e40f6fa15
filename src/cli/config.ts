import type { Command } from "commander";
import { envName } from "../config/load.js";
import { CONFIG_LEAVES, maskSecrets } from "../config/schema.js";
import { effectiveProfile } from "../services/profile.js";
import { configFrom, printJson, withApp } from "./context.js";

interface EditOpts {
  json?: boolean;
}

/** Writes the changes to the config file the global flags name, then says what wins over it. */
async function edit(command: Command, changes: Record<string, unknown>, json: boolean) {
  const { configFilePath, reloadConfig, updateConfigFile } = await import("../config/write.js");
  const flags = command.optsWithGlobals<{ config?: string; dataDir?: string }>();
  const file = configFilePath(flags.config === undefined ? {} : { config: flags.config });
  const result = updateConfigFile(file, changes);
  const warnings: string[] = [];
  try {
    const { origins } = reloadConfig(result.file, { dataDir: "/" });
    for (const path of Object.keys(changes)) {
      if (origins[path] === "env") {
        warnings.push(`${envName(path)} is set in the environment and wins over the file`);
      }
    }
    if (flags.dataDir !== undefined && "dataDir" in changes) {
      warnings.push("--data-dir wins over dataDir in the file");
    }
  } catch (error) {
    // The file is valid (checked before writing); an invalid TELLERRAND_* value is its own problem.
    warnings.push(`the environment does not load: ${(error as Error).message}`);
  }
  if (json) {
    printJson({ ...result, values: changes, warnings });
    return;
  }
  for (const path of result.changed) {
    const value = changes[path];
    process.stdout.write(
      value === undefined
        ? `unset ${path} in ${result.file} (the default applies)\n`
        : `set ${path} = ${JSON.stringify(value)} in ${result.file}\n`,
    );
  }
  if (result.changed.length === 0)
    process.stdout.write(`no change: ${result.file} already says so\n`);
  if (result.backup !== null) process.stdout.write(`previous version: ${result.backup}\n`);
  for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
}

export function registerConfig(program: Command): void {
  const config = program.command("config").description("show and change the configuration");
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
    .command("set")
    .description(
      "change one value in the config file (lists comma-separated; numbers; true/false); comments in the file are lost, the previous version stays as config.toml.bak",
    )
    .argument("<path>", "dotted key, e.g. profile.interests (see `config show`)")
    .argument("<value>", "the new value")
    .option("--json", "print as JSON")
    .action(async (path: string, value: string, opts: EditOpts, command: Command) => {
      const { parseLeafValue } = await import("../config/write.js");
      await edit(command, { [path]: parseLeafValue(path, value) }, opts.json === true);
    });
  config
    .command("unset")
    .description("remove a value from the config file, so its default (or the export) applies")
    .argument("<path>", "dotted key, e.g. politics.keepWords")
    .option("--json", "print as JSON")
    .action(async (path: string, opts: EditOpts, command: Command) => {
      await edit(command, { [path]: undefined }, opts.json === true);
    });
  config
    .command("path")
    .description("print the path of the config file")
    .action((_opts: unknown, command: Command) => {
      process.stdout.write(`${configFrom(command).configFile}\n`);
    });
}
