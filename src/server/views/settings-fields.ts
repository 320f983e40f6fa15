import { html } from "hono/html";
import type { Translator } from "../i18n/index.js";
import type { Html } from "./layout.js";

/** What every field of the Settings forms needs to know about the page around it. */
export interface FieldContext {
  t: Translator;
  /** Leaves an env var (or flag) sets, with the variable's name. */
  locked: ReadonlyMap<string, string>;
  /** False when the dashboard has no config file to write to: every field is disabled. */
  editable: boolean;
  /** The field a failed save was about, and why. */
  error?: { field: string; reason: string } | undefined;
  /** What the person typed into the form that failed, shown again instead of the stored values. */
  draft?: Record<string, unknown> | undefined;
}

/** Element id of a config leaf's field: `profile.name` → `profile-name`. */
export function fieldId(path: string): string {
  return path.replaceAll(".", "-");
}

/** The value to show: the person's draft after a failed save, else the stored one as text. */
export function shown(f: FieldContext, path: string, stored: string): string {
  const typed = f.draft?.[path];
  if (typed === undefined) return stored;
  return Array.isArray(typed)
    ? typed.filter((v) => typeof v === "string").join(", ")
    : String(typed);
}

interface FieldParts {
  disabled: Html | string;
  described: Html | string;
  notes: Html | string;
}

/** Disabled state, hint, lock reason and error message of one field, wired by aria attributes. */
function parts(f: FieldContext, path: string, hint?: string): FieldParts {
  const id = fieldId(path);
  const lock = f.locked.get(path);
  const error = f.error?.field === path ? f.error.reason : undefined;
  const ids = [
    hint === undefined ? "" : `${id}-hint`,
    lock === undefined ? "" : `${id}-lock`,
    error === undefined ? "" : `${id}-error`,
  ].filter((s) => s !== "");
  return {
    disabled: lock !== undefined || !f.editable ? html` disabled` : "",
    described:
      ids.length === 0
        ? ""
        : html` aria-describedby="${ids.join(" ")}"${error === undefined ? "" : html` aria-invalid="true"`}`,
    notes: html`${hint === undefined ? "" : html`<br><span class="muted small" id="${id}-hint">${hint}</span>`}${
      lock === undefined
        ? ""
        : html`<br><span class="warn small" id="${id}-lock">${f.t("settings.locked", { env: lock })}</span>`
    }${error === undefined ? "" : html`<br><span class="notice error small" id="${id}-error">${error}</span>`}`,
  };
}

/** A labelled one-line text or number input. */
export function inputField(
  f: FieldContext,
  path: string,
  label: string,
  value: string,
  options: {
    type?: "text" | "number";
    step?: string;
    min?: string;
    max?: string;
    hint?: string;
  } = {},
): Html {
  const p = parts(f, path, options.hint);
  const id = fieldId(path);
  const num =
    options.type === "number"
      ? html` inputmode="decimal" step="${options.step ?? "any"}"${options.min === undefined ? "" : html` min="${options.min}"`}${options.max === undefined ? "" : html` max="${options.max}"`}`
      : "";
  return html`<p><label for="${id}">${label}</label>
<input type="${options.type ?? "text"}" id="${id}" name="${path}" value="${shown(f, path, value)}"${num}${p.described}${p.disabled}> ${p.notes}</p>`;
}

/** A labelled multi-line text field (free text, or a list one per line). */
export function textareaField(
  f: FieldContext,
  path: string,
  label: string,
  value: string,
  hint?: string,
): Html {
  const p = parts(f, path, hint);
  const id = fieldId(path);
  return html`<p><label for="${id}">${label}</label>
<textarea id="${id}" name="${path}" rows="3"${p.described}${p.disabled}>${shown(f, path, value)}</textarea> ${p.notes}</p>`;
}

/** A labelled select. */
export function selectField(
  f: FieldContext,
  path: string,
  label: string,
  value: string,
  options: ReadonlyArray<{ value: string; label: string }>,
): Html {
  const p = parts(f, path);
  const id = fieldId(path);
  const current = shown(f, path, value);
  const opts = options.map(
    (o) =>
      html`<option value="${o.value}"${o.value === current ? html` selected` : ""}>${o.label}</option>`,
  );
  return html`<p><label for="${id}">${label}</label>
<select id="${id}" name="${path}"${p.described}${p.disabled}>${opts}</select> ${p.notes}</p>`;
}

/** Checkboxes: one (a boolean leaf) or several sharing a name (a list of choices). */
export function checkboxes(
  f: FieldContext,
  path: string,
  choices: ReadonlyArray<{ value: string; label: string; checked: boolean }>,
): Html {
  const p = parts(f, path);
  const id = fieldId(path);
  const boxes = choices.map(
    (ch) =>
      html`<label class="check"><input type="checkbox" id="${id}-${ch.value}" name="${path}" value="${ch.value}"${ch.checked ? html` checked` : ""}${p.described}${p.disabled}> ${ch.label}</label> `,
  );
  return html`<span class="marks">${boxes}</span>${p.notes}`;
}
