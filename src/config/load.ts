import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import envPaths from "env-paths";
import { parse as parseToml, TomlError } from "smol-toml";
import { TellerrandError } from "../domain/errors.js";
import { CONFIG_LEAVES, type Config, configSchema } from "./schema.js";

/** Overrides given on the command line; they win over everything else. */
export interface ConfigFlags {
  config?: string;
  dataDir?: string;
}

export interface LoadedConfig {
  config: Config;
  /** The config file that was read, or where one would be read from. */
  configFile: string;
  configFileExists: boolean;
  /** Where each leaf's value came from: default, file, env or flag. */
  origins: Record<string, "default" | "file" | "env" | "flag">;
}

const paths = envPaths("tellerrand", { suffix: "" });

/** Name of the environment variable for a dotted config path: `profile.name` → `TELLERRAND_PROFILE_NAME`. */
export function envName(path: string): string {
  return `TELLERRAND_${path
    .split(".")
    .map((part) => part.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase())
    .join("_")}`;
}

/**
 * Builds the effective config: defaults < TOML file < `TELLERRAND_*` env < flags.
 * This module is the only reader of `process.env`.
 *
 * @example
 * const { config } = loadConfig({ dataDir: "/tmp/t" });
 * config.dataDir; // "/tmp/t"
 */
export function loadConfig(
  flags: ConfigFlags = {},
  env: NodeJS.ProcessEnv = process.env,
): LoadedConfig {
  const configFile = resolve(
    flags.config ?? env.TELLERRAND_CONFIG ?? join(paths.config, "config.toml"),
  );
  const configFileExists = existsSync(configFile);
  if (flags.config !== undefined && !configFileExists) {
    throw new TellerrandError("not-found", `config file ${configFile} does not exist`, {
      file: configFile,
    });
  }
  const origins: LoadedConfig["origins"] = {};
  const raw: Record<string, unknown> = configFileExists ? readToml(configFile) : {};
  for (const leaf of CONFIG_LEAVES) {
    origins[leaf.path] = getPath(raw, leaf.path) === undefined ? "default" : "file";
    const fromEnv = env[envName(leaf.path)];
    if (fromEnv !== undefined) {
      setPath(raw, leaf.path, envValue(fromEnv, leaf.kind, leaf.path));
      origins[leaf.path] = "env";
    }
  }
  if (flags.dataDir !== undefined) {
    raw.dataDir = flags.dataDir;
    origins.dataDir = "flag";
  }
  if (raw.dataDir === undefined) raw.dataDir = paths.data;
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") ?? "?";
    throw new TellerrandError(
      "config",
      `invalid config (${configFileExists ? configFile : "defaults/env"}): field "${field}": ${issue?.message}`,
      { file: configFile },
    );
  }
  const config = { ...parsed.data, dataDir: resolve(parsed.data.dataDir) };
  return { config, configFile, configFileExists, origins };
}

/** The TOML file as a plain object; a syntax error names the file, line and column. */
export function readToml(file: string): Record<string, unknown> {
  try {
    return parseToml(readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch (error) {
    const where = error instanceof TomlError ? ` line ${error.line}, column ${error.column}` : "";
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new TellerrandError("config", `cannot read config ${file}${where}: ${message}`, {
      file,
      cause: error,
    });
  }
}

function envValue(
  value: string,
  kind: "string" | "list" | "number" | "boolean",
  path: string,
): unknown {
  if (kind === "boolean") {
    if (/^(true|1|yes|on)$/i.test(value)) return true;
    if (/^(false|0|no|off)$/i.test(value)) return false;
    throw new TellerrandError("config", `${envName(path)}="${value}" is not true or false`);
  }
  if (kind === "list")
    return value
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "");
  if (kind === "number") {
    const n = Number(value);
    if (!Number.isFinite(n)) {
      throw new TellerrandError("config", `${envName(path)}="${value}" is not a number`);
    }
    return n;
  }
  return value;
}

function getPath(obj: Record<string, unknown>, path: string): unknown {
  let cur: unknown = obj;
  for (const part of path.split(".")) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split(".");
  let cur = obj;
  for (const part of parts.slice(0, -1)) {
    const next = cur[part];
    if (next === null || typeof next !== "object") cur[part] = {};
    cur = cur[part] as Record<string, unknown>;
  }
  cur[parts[parts.length - 1] as string] = value;
}

/** Environment facts that are not config keys (the `NO_COLOR` convention, CI). */
export function environmentFlags(env: NodeJS.ProcessEnv = process.env): { noColor: boolean } {
  return { noColor: env.NO_COLOR !== undefined && env.NO_COLOR !== "" };
}
