import type { Context } from "hono";
import { html } from "hono/html";
import type { CandidateImportResult } from "../../services/candidates.js";
import type { ImportReport } from "../../services/import-linkedin.js";
import type { DashboardEnv } from "../env.js";
import type { Translator } from "../i18n/index.js";
import { csrfField, type Html } from "./layout.js";

/** Bad rows listed on the page (the report keeps the first 50; a candidate list, all). */
const PROBLEMS_SHOWN = 50;

/** What the Import page shows below its forms: the outcome of the last action, if any. */
export interface ImportOutcome {
  exports?: ImportReport[];
  candidates?: CandidateImportResult;
}

function problemsTable(t: Translator, r: ImportReport): Html {
  if (r.problems.total === 0) return html``;
  const rows = r.problems.samples
    .slice(0, PROBLEMS_SHOWN)
    .map(
      (p) =>
        html`<tr><td>${p.file}</td><td class="num">${p.line}</td><td>${p.field ?? ""}</td><td>${p.reason}</td></tr>`,
    );
  return html`<p>${t("import.leftOut", { n: r.problems.total, shown: rows.length })}</p>
<table class="import-problems"><thead><tr><th>${t("import.file")}</th><th class="num">${t("import.line")}</th><th>${t("import.field")}</th><th>${t("import.reason")}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/**
 * One export's import report: the snapshot, records and problems per file, what happened to
 * the connections, files missing from the export, and the first bad rows with file and line.
 *
 * @example
 * exportReport(t, report, 0) // <section id="import-report-0" data-status="imported">…
 */
export function exportReport(t: Translator, r: ImportReport, index: number): Html {
  const head =
    r.status === "unchanged"
      ? t("import.unchanged", { source: r.source, id: r.snapshot.id, asOf: r.snapshot.asOf })
      : t("import.imported", { source: r.source, id: r.snapshot.id, asOf: r.snapshot.asOf });
  const files =
    r.files.length === 0
      ? ""
      : html`<table class="import-files"><thead><tr><th>${t("import.file")}</th><th class="num">${t("import.records")}</th><th class="num">${t("import.problems")}</th></tr></thead>
<tbody>${r.files.map((f) => html`<tr><td>${f.file}</td><td class="num">${t.num(f.records, 0)}</td><td class="num">${t.num(f.problems, 0)}</td></tr>`)}</tbody></table>`;
  const c = r.counts;
  const counts =
    c === null
      ? ""
      : html`<p class="import-counts">${t("import.counts", { added: c.added, changed: c.roleChanges, ended: c.ended, unchanged: c.unchanged, duplicates: c.duplicates })}</p>`;
  const missing =
    r.status === "imported" && r.missing.length > 0
      ? html`<p class="muted">${t("import.missing", { files: r.missing.join(", ") })}</p>`
      : "";
  return html`<section class="import-report" id="import-report-${index}" data-status="${r.status}" data-snapshot="${r.snapshot.id}">
<p><strong>${head}</strong></p>${files}${counts}${missing}${problemsTable(t, r)}</section>`;
}

/**
 * A candidate list's import result: rows read, added, already known, and every bad row with
 * its line and field.
 *
 * @example
 * candidatesReport(t, { file: "a.csv", rows: 2, added: 2, unchanged: 0, errors: [] })
 */
export function candidatesReport(t: Translator, r: CandidateImportResult): Html {
  const errors =
    r.errors.length === 0
      ? ""
      : html`<table id="candidate-errors"><thead><tr><th class="num">${t("import.line")}</th><th>${t("import.field")}</th><th>${t("import.reason")}</th></tr></thead>
<tbody>${r.errors.slice(0, PROBLEMS_SHOWN * 4).map((e) => html`<tr><td class="num">${e.line}</td><td>${e.field}</td><td>${e.message}</td></tr>`)}</tbody></table>`;
  return html`<section id="candidates-report"><p><strong>${t("import.candidates.result", { file: r.file, rows: r.rows, added: r.added, unchanged: r.unchanged, bad: r.errors.length })}</strong></p>${errors}
<p><a href="/discover?kind=people" id="discover-people">${t("import.candidates.discover")}</a></p></section>`;
}

/**
 * The Import page's body: upload an export (a plain multipart form: no script needed), import
 * the bundled sample, upload a candidate list; then the outcome of what was just done.
 *
 * @example
 * layout(c, { title: t("import.title"), body: importBody(c, { exports: [report] }, 2048) })
 */
export function importBody(
  c: Context<DashboardEnv>,
  outcome: ImportOutcome,
  limitMiB: number,
): Html {
  const t = c.var.t;
  const reports =
    outcome.exports === undefined
      ? ""
      : html`<section aria-labelledby="report-h" id="import-reports"><h2 id="report-h">${t("import.report")}</h2>${outcome.exports.map((r, i) => exportReport(t, r, i))}</section>`;
  const candidates =
    outcome.candidates === undefined ? "" : candidatesReport(t, outcome.candidates);
  return html`${reports}<section aria-labelledby="linkedin-h"><h2 id="linkedin-h">${t("import.linkedin")}</h2>
<p>${t("import.linkedin.intro")}</p>
<form method="post" action="/import/linkedin" enctype="multipart/form-data" id="linkedin-import">${csrfField(c)}
<label for="export-file">${t("import.linkedin.file")}</label><input type="file" id="export-file" name="file" accept=".zip,application/zip" required aria-describedby="export-hint">
<p class="muted" id="export-hint">${t("import.linkedin.hint", { mib: limitMiB })}</p>
<p><button type="submit">${t("import.linkedin.submit")}</button></p></form>
<form method="post" action="/import/sample" id="sample-import">${csrfField(c)}
<p>${t("import.sample.intro")}</p><p><button type="submit">${t("import.sample.submit")}</button></p></form></section>
<section aria-labelledby="candidates-h"><h2 id="candidates-h">${t("import.candidates")}</h2>
<p>${t("import.candidates.intro")}</p>${candidates}
<form method="post" action="/import/candidates" enctype="multipart/form-data" id="candidates-import">${csrfField(c)}
<label for="candidates-file">${t("import.candidates.file")}</label><input type="file" id="candidates-file" name="file" accept=".csv,text/csv" required>
<p><button type="submit">${t("import.candidates.submit")}</button></p></form></section>`;
}
