import { createRequire } from "node:module";
import type { Command } from "commander";
import { type App, createApp } from "../app.js";
import { environmentFlags, type LoadedConfig, loadConfig } from "../config/load.js";

const require = createRequire(import.meta.url);

/** The package version, read from package.json (two levels up from src/cli or dist/cli). */
export const VERSION: string = (require("../../package.json") as { version: string }).version;

/** Reads the global flags of the root command and loads the config from them. */
export function configFrom(command: Command): LoadedConfig {
  const opts = command.optsWithGlobals<{ config?: string; dataDir?: string }>();
  return loadConfig({
    ...(opts.config === undefined ? {} : { config: opts.config }),
    ...(opts.dataDir === undefined ? {} : { dataDir: opts.dataDir }),
  });
}

/** Opens the app for one command and always closes it. */
export async function withApp<T>(
  command: Command,
  work: (app: App, loaded: LoadedConfig) => Promise<T>,
): Promise<T> {
  const loaded = configFrom(command);
  const app = await createApp(loaded.config);
  try {
    return await work(app, loaded);
  } finally {
    await app.close();
  }
}

/** Whether to colour terminal output. */
export function useColor(command: Command): boolean {
  const opts = command.optsWithGlobals<{ color?: boolean }>();
  return opts.color !== false && process.stdout.isTTY === true && !environmentFlags().noColor;
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
