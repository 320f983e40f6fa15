import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import envPaths from "env-paths";
import { stringify as stringifyToml } from "smol-toml";
import { TellerrandError } from "../domain/errors.js";
import { type ConfigFlags, type LoadedConfig, loadConfig, readToml } from "./load.js";
import { CONFIG_LEAVES, type Config, configSchema, maskSecrets } from "./schema.js";

export type LeafKind = (typeof CONFIG_LEAVES)[number]["kind"];

/** What `updateConfigFile` did. */
export interface ConfigWrite {
  file: string;
  /** Dotted paths that were set or removed (empty when the file already said so). */
  changed: string[];
  /** The previous version, kept next to the file (null when there was none). */
  backup: string | null;
}

/**
 * An edit the config refuses, with the field it is about: the dashboard marks that field, the
 * CLI prints the message (exit code 78, like every config error).
 */
export class ConfigFieldError extends TellerrandError {
  constructor(
    /** Dotted path of the field, e.g. `digest.ownEmployerCap`. */
    readonly field: string,
    /** Why, without the field's name or any file path (shown next to the field). */
    readonly reason: string,
    file?: string,
  ) {
    super(
      "config",
      `field "${field}": ${reason}${file === undefined ? "" : ` (nothing written to ${file})`}`,
      file === undefined ? undefined : { file },
    );
    this.name = "ConfigFieldError";
  }
}

/** Whether a leaf holds a secret (the same rule `maskSecrets` follows): never edited here. */
export function isSecretLeaf(path: string): boolean {
  const key = path.split(".").at(-1) ?? path;
  return maskSecrets("x", key) !== "x";
}

/**
 * The leaves `config set` and the dashboard may change: every `CONFIG_LEAVES` entry but secrets
 * (tokens, passwords, keys belong in the environment or `accounts connect`, not in argv or a form).
 *
 * @example
 * editableLeaf("profile.interests")?.kind; // "string"
 * editableLeaf("server.password"); // undefined
 */
export function editableLeaf(path: string): { path: string; kind: LeafKind } | undefined {
  if (isSecretLeaf(path)) return undefined;
  return CONFIG_LEAVES.find((l) => l.path === path);
}

function leafOrThrow(path: string): { path: string; kind: LeafKind } {
  const leaf = editableLeaf(path);
  if (leaf !== undefined) return leaf;
  const why = CONFIG_LEAVES.some((l) => l.path === path)
    ? "holds a secret: set it in the environment (see `tellerrand config show`)"
    : "is not a config key (`tellerrand config show` lists them)";
  throw new ConfigFieldError(path, why);
}

/**
 * Reads a value typed as text the way `TELLERRAND_*` variables are read: lists comma-separated,
 * numbers, booleans as true/false/1/0/yes/no/on/off.
 *
 * @example
 * parseLeafValue("profile.currentEmployers", "ACME, Globex"); // ["ACME", "Globex"]
 */
export function parseLeafValue(path: string, text: string): unknown {
  const { kind } = leafOrThrow(path);
  if (kind === "boolean") {
    if (/^(true|1|yes|on)$/i.test(text.trim())) return true;
    if (/^(false|0|no|off)$/i.test(text.trim())) return false;
    throw new ConfigFieldError(path, `"${text}" is not true or false`);
  }
  if (kind === "list") return splitList(text, /,/);
  if (kind === "number") {
    const n = Number(text.trim());
    if (text.trim() === "" || !Number.isFinite(n)) {
      throw new ConfigFieldError(path, `"${text}" is not a number`);
    }
    return n;
  }
  return text;
}

/** Splits a list typed by a person (items trimmed, empty ones dropped). */
export function splitList(text: string, separator: RegExp = /[,\n]/): string[] {
  return text
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function readRaw(file: string): Record<string, unknown> {
  return existsSync(file) ? readToml(file) : {};
}

function setLeaf(obj: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split(".");
  let cur = obj;
  for (const part of parts.slice(0, -1)) {
    const next = cur[part];
    if (next === null || typeof next !== "object" || Array.isArray(next)) cur[part] = {};
    cur = cur[part] as Record<string, unknown>;
  }
  cur[parts.at(-1) as string] = value;
}

/** Removes a leaf and the tables it leaves empty. */
function unsetLeaf(obj: Record<string, unknown>, parts: string[]): void {
  const [head, ...rest] = parts;
  if (head === undefined) return;
  if (rest.length === 0) {
    delete obj[head];
    return;
  }
  const next = obj[head];
  if (next === null || typeof next !== "object" || Array.isArray(next)) return;
  unsetLeaf(next as Record<string, unknown>, rest);
  if (Object.keys(next).length === 0) delete obj[head];
}

function validate(file: string, raw: Record<string, unknown>): void {
  // The data folder may come from env-paths rather than the file: a stand-in lets the rest be checked.
  const parsed = configSchema.safeParse({ dataDir: "/", ...raw });
  if (parsed.success) return;
  const issue = parsed.error.issues[0];
  // A list item's index is not a config key: name the list.
  const field = (issue?.path ?? []).filter((p) => typeof p === "string").join(".") || "?";
  throw new ConfigFieldError(field, `invalid value: ${issue?.message ?? "invalid"}`, file);
}

/**
 * Sets (or, with `undefined`, removes) config leaves in a TOML file, after checking the whole
 * result against `configSchema`: an invalid value throws `TellerrandError("config")` naming the
 * field, and nothing is written. The write is atomic (a temporary file renamed over the old
 * one, mode 0600); the previous version is kept as `<file>.bak`. The file and its folder are
 * created when missing. Only editable leaves (`editableLeaf`) are accepted. An edit that
 * changes nothing writes nothing (`changed` is empty).
 *
 * Comments and layout in the file are lost: smol-toml reads values, not formatting, and
 * writes its own. The `.bak` copy keeps the hand-written version.
 *
 * @example
 * updateConfigFile("/home/me/.config/tellerrand/config.toml", {
 *   "profile.interests": "open source, typography",
 *   "politics.keepWords": undefined, // back to the default
 * });
 */
export function updateConfigFile(file: string, changes: Record<string, unknown>): ConfigWrite {
  const target = resolve(file);
  for (const path of Object.keys(changes)) leafOrThrow(path);
  const raw = readRaw(target);
  const before = JSON.stringify(raw);
  for (const [path, value] of Object.entries(changes)) {
    if (value === undefined) unsetLeaf(raw, path.split("."));
    else setLeaf(raw, path, value);
  }
  validate(target, raw);
  const existed = existsSync(target);
  // Nothing to change: keep the file (and its .bak, which may hold the hand-written version).
  if (JSON.stringify(raw) === before) return { file: target, changed: [], backup: null };
  mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
  const backup = `${target}.bak`;
  const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(temp, stringifyToml(raw).concat("\n"), { mode: 0o600, flag: "wx" });
    if (existed) {
      copyFileSync(target, backup);
      chmodSync(backup, 0o600);
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return { file: target, changed: Object.keys(changes), backup: existed ? backup : null };
}

/**
 * Reads the config again after an edit (file < env < flags), keeping the data folder the
 * running process already opened: a changed `dataDir` takes effect on the next start.
 *
 * @example
 * const { config, origins } = reloadConfig(file, running.config);
 */
export function reloadConfig(
  file: string,
  running: Pick<Config, "dataDir">,
  env: NodeJS.ProcessEnv = process.env,
): LoadedConfig {
  const flags: ConfigFlags = existsSync(file) ? { config: file } : {};
  const loaded = loadConfig(flags, { ...env, TELLERRAND_CONFIG: file });
  return { ...loaded, config: { ...loaded.config, dataDir: running.dataDir } };
}

/**
 * The config file `loadConfig` reads (flag < `TELLERRAND_CONFIG` < the platform's config
 * folder), without reading it: an edit may have to create it, or repair an invalid one.
 *
 * @example
 * configFilePath({ config: "./my.toml" }); // "/abs/path/my.toml"
 */
export function configFilePath(flags: ConfigFlags = {}, env: NodeJS.ProcessEnv = process.env) {
  const base = envPaths("tellerrand", { suffix: "" }).config;
  return resolve(flags.config ?? env.TELLERRAND_CONFIG ?? join(base, "config.toml"));
}

/** Leaves an environment variable (or flag) overrides: a value in the file does not count. */
export function lockedLeaves(origins: LoadedConfig["origins"]): Set<string> {
  return new Set(
    Object.entries(origins)
      .filter(([, o]) => o === "env" || o === "flag")
      .map(([p]) => p),
  );
}
