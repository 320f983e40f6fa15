import { envName } from "../../../config/load.js";
import { type Config, configSchema } from "../../../config/schema.js";
import {
  ConfigFieldError,
  editableLeaf,
  parseLeafValue,
  splitList,
} from "../../../config/write.js";
import { NETWORKS } from "../../../domain/publishing/networks.js";
import type { EffectiveProfile } from "../../../services/profile.js";

/** The forms of the Settings page, each saving its own leaves. */
export const SECTIONS = {
  profile: [
    "profile.name",
    "profile.currentEmployers",
    "profile.pastEmployers",
    "profile.goals",
    "profile.interests",
  ],
  politics: ["politics.strictness", "politics.keepWords", "politics.blockWords"],
  digest: ["digest.limit", "digest.ownEmployerCap", "digest.beyondShare"],
  routing: NETWORKS.flatMap((n) => [
    `publishing.${n}.kinds`,
    `publishing.${n}.politics`,
    `publishing.${n}.maxPerDay`,
    `publishing.${n}.slots`,
  ]),
} as const satisfies Record<string, readonly string[]>;

export type SectionId = keyof typeof SECTIONS;

export function isSection(value: unknown): value is SectionId {
  return typeof value === "string" && Object.hasOwn(SECTIONS, value);
}

/**
 * The leaves the browser may change (forms and `/api/settings`): what the page shows. The CLI
 * may change every non-secret leaf; the data folder, server address and feed safety switches
 * stay out of reach of a browser session on purpose.
 */
export const DASHBOARD_LEAVES: ReadonlySet<string> = new Set(Object.values(SECTIONS).flat());

const DEFAULTS = configSchema.parse({ dataDir: "/" });

/** The value at a dotted path of a config object. */
export function leafValue(config: Config, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>(
      (o, k) => (o !== null && typeof o === "object" ? (o as Record<string, unknown>)[k] : o),
      config,
    );
}

/** Leaves an env var or flag sets, with the reason shown next to the disabled field. */
export function lockReasons(origins: Record<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, origin] of Object.entries(origins)) {
    if (origin === "env") out.set(path, envName(path));
    else if (origin === "flag") out.set(path, "--data-dir");
  }
  return out;
}

type FormValue = string | File | Array<string | File> | undefined;

function texts(raw: FormValue): string[] {
  const all = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return all.filter((v): v is string => typeof v === "string");
}

/** A form field's text as a config value; `undefined` means "back to the default". */
function fromForm(path: string, raw: FormValue): unknown {
  const leaf = editableLeaf(path);
  if (leaf === undefined) throw new ConfigFieldError(path, "cannot be changed here");
  // Checkboxes: a ticked box sends its value, an unticked one sends nothing.
  if (leaf.kind === "boolean") return texts(raw).length > 0;
  if (path.endsWith(".kinds")) return texts(raw);
  const text = texts(raw).at(-1) ?? "";
  if (leaf.kind === "list") {
    const items = splitList(text, path.endsWith(".slots") ? /[,\s]+/ : /[,\n]/);
    return items.length === 0 ? undefined : items;
  }
  if (leaf.kind === "string") return text.trim() === "" ? undefined : text.trim();
  // A German keyboard types "0,2"; the browser's number field usually sends "0.2" already.
  return parseLeafValue(path, /^\s*-?\d+,\d+\s*$/.test(text) ? text.replace(",", ".") : text);
}

/** Checkboxes send nothing when unticked; every other field is absent only if not sent at all. */
function isCheckbox(path: string): boolean {
  return path.endsWith(".kinds") || editableLeaf(path)?.kind === "boolean";
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The config changes one submitted form asks for: only fields it carries (unticked checkboxes
 * count as carried) that are not locked and whose value differs from the current one (a save
 * does not pin defaults into the file). Values the page showed from the export (name, employers) are not copied into the config
 * unless the person changed them. Throws `ConfigFieldError` for a value that is not a number.
 *
 * @example
 * formChanges("politics", { "politics.strictness": "strict" }, config, profile, new Set());
 * // { "politics.strictness": "strict", "politics.keepWords": undefined, … only if they changed }
 */
export function formChanges(
  section: SectionId,
  form: Record<string, FormValue>,
  config: Config,
  profile: EffectiveProfile,
  locked: ReadonlySet<string>,
): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const path of SECTIONS[section]) {
    // A field the request does not carry stays as it is (a partial API-like post, a locked field).
    if (locked.has(path) || (form[path] === undefined && !isCheckbox(path))) continue;
    const value = fromForm(path, form[path]);
    const current = leafValue(config, path);
    if (!same(value ?? leafValue(DEFAULTS, path), current)) changes[path] = value;
  }
  if (section === "profile") keepExportValues(changes, form, config, profile, locked);
  return changes;
}

/** Drops changes that only repeat what the export already supplies. */
function keepExportValues(
  changes: Record<string, unknown>,
  form: Record<string, FormValue>,
  config: Config,
  profile: EffectiveProfile,
  locked: ReadonlySet<string>,
): void {
  if (config.profile.name === "" && changes["profile.name"] === profile.name) {
    delete changes["profile.name"];
  }
  const employers = ["profile.currentEmployers", "profile.pastEmployers"] as const;
  const sent = employers.every((p) => form[p] !== undefined && !locked.has(p));
  if (profile.sources.employers !== "config" && sent) {
    const typed = employers.map((p) => fromForm(p, form[p]) ?? []);
    const shown = [profile.currentEmployers, profile.pastEmployers];
    if (same(typed, shown)) for (const p of employers) delete changes[p];
    // The config's employers replace both lists: naming only current ones would drop the past.
    else for (const [i, p] of employers.entries()) changes[p] = typed[i];
  }
}
