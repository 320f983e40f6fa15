import { html } from "hono/html";
import type { NextStep } from "../data/next-steps.js";
import type { Translator } from "../i18n/index.js";
import type { Html } from "./layout.js";

/** What a page shows before anything is imported. */
export function emptyState(t: Translator): Html {
  return html`<p class="notice" id="empty">${t("empty.nothing")}</p>`;
}

/**
 * A next step as a sentence in the person's language: category names translated, shares as
 * percentages.
 *
 * @example
 * nextStepText(t, step) // "Most of your contacts work in Consulting, … Seek out …"
 */
export function nextStepText(t: Translator, step: NextStep): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(step.params)) {
    const labels = step.labels[name];
    if (labels !== undefined && labels.kind !== "employer") {
      params[name] = labels.keys.map((k) => t.label(labels.kind, k, k)).join(", ");
    } else params[name] = typeof value === "number" ? t.pct(value) : value;
  }
  return t(step.message, params);
}
