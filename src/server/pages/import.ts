import { existsSync } from "node:fs";
import { basename } from "node:path";
import type { Context } from "hono";
import type { App } from "../../app.js";
import { SqlCandidateStore } from "../../db/candidate-store.js";
import { TellerrandError } from "../../domain/errors.js";
import type { ExportEvent } from "../../domain/linkedin/records.js";
import { openLinkedInExport } from "../../integrations/importers/linkedin/index.js";
import { type CandidateImportResult, importCandidates } from "../../services/candidates.js";
import { type ImportReport, importLinkedInExport } from "../../services/import-linkedin.js";
import type { ArchiveLimits, OpenLinkedInExport } from "../../services/ports.js";
import type { DashboardEnv, DashboardPage } from "../env.js";
import { type ImportOutcome, importBody } from "../views/import.js";
import { layout, type PageOptions } from "../views/layout.js";
import {
  FORM_UPLOAD_MAX_BYTES,
  oneAtATime,
  safeUploadName,
  uploadLimitBytes,
  withUploadedFile,
} from "./import/upload.js";

type C = Context<DashboardEnv>;

function archiveLimits(app: App): Partial<ArchiveLimits> {
  // The same limits as `tellerrand import` (src/cli/import.ts).
  return {
    maxTotalUncompressedBytes: uploadLimitBytes(app.config),
    maxCompressionRatio: app.config.import.maxCompressionRatio,
  };
}

/** Fails (inside the import's transaction, so nothing is kept) when no LinkedIn file was read. */
async function* requireExportFiles(
  events: AsyncIterable<ExportEvent>,
  name: string,
): AsyncGenerator<ExportEvent> {
  let files = 0;
  const skipped: string[] = [];
  for await (const event of events) {
    if (event.type === "file") files += 1;
    if (event.type === "skipped") skipped.push(event.entry);
    yield event;
  }
  if (files > 0) return;
  const found = skipped.length === 0 ? "" : ` (it holds ${skipped.slice(0, 5).join(", ")})`;
  throw new TellerrandError(
    "bad-input",
    `${name} is not a LinkedIn data export: none of its files is one Tellerrand reads, such as Connections.csv${found}`,
  );
}

/**
 * The importer's opener for an uploaded file: the report and the stored snapshot name the
 * file the person chose, not the temporary copy, and an archive without any LinkedIn file is
 * refused rather than stored as an empty snapshot.
 */
function uploadedAs(name: string): OpenLinkedInExport {
  return async (path, limits) => {
    try {
      const source = await openLinkedInExport(path, limits);
      return {
        info: { ...source.info, source: name },
        events: () => requireExportFiles(source.events(), name),
        close: () => source.close(),
      };
    } catch (error) {
      // The importer's messages name the path it opened: the temporary copy.
      if (error instanceof TellerrandError) {
        throw new TellerrandError(error.code, error.message.split(path).join(name));
      }
      throw error;
    }
  };
}

function importExport(app: App, path: string, name: string): Promise<ImportReport> {
  return oneAtATime(() =>
    importLinkedInExport({ open: uploadedAs(name), store: app.linkedin }, path, archiveLimits(app)),
  );
}

function uploadedFile(form: Record<string, string | File | (string | File)[]>): File {
  const file = form.file;
  if (!(file instanceof File) || file.size === 0) {
    throw new TellerrandError("usage", "No file was sent: choose a file and try again.");
  }
  return file;
}

/** An export from a multipart form (`file`) or, for the API, the raw body (`?name=`). */
async function uploadExport(c: C): Promise<ImportReport> {
  const app = c.var.deps.app();
  const type = c.req.header("content-type") ?? "";
  if (/^multipart\/form-data/i.test(type)) {
    const file = uploadedFile(await c.req.parseBody());
    const name = safeUploadName(file.name);
    return withUploadedFile(app.config.dataDir, name, file.stream(), (p) =>
      importExport(app, p, name),
    );
  }
  const body = c.req.raw.body;
  if (body === null) throw new TellerrandError("usage", "No file was sent.");
  const name = safeUploadName(c.req.query("name") ?? "");
  return withUploadedFile(app.config.dataDir, name, body, (p) => importExport(app, p, name));
}

/** Both bundled sample exports, oldest first, as `tellerrand demo` imports them. */
async function importSample(app: App): Promise<ImportReport[]> {
  const { SAMPLE_EXPORTS } = await import("../../cli/demo.js");
  const reports: ImportReport[] = [];
  for (const file of SAMPLE_EXPORTS) {
    if (!existsSync(file))
      throw new TellerrandError("not-found", `The bundled sample ${basename(file)} is missing.`);
    reports.push(
      await oneAtATime(() =>
        importLinkedInExport(
          { open: openLinkedInExport, store: app.linkedin },
          file,
          archiveLimits(app),
        ),
      ),
    );
  }
  // The sample's path is the installation's business, not the page's.
  return reports.map((r) => ({ ...r, source: basename(r.source) }));
}

/** A candidate list from a multipart form (`file`) or, for the API, the raw body (`?name=`). */
async function uploadCandidates(c: C): Promise<CandidateImportResult> {
  const type = c.req.header("content-type") ?? "";
  let bytes: Uint8Array;
  let name: string;
  if (/^multipart\/form-data/i.test(type)) {
    const file = uploadedFile(await c.req.parseBody());
    bytes = new Uint8Array(await file.arrayBuffer());
    name = safeUploadName(file.name, "candidates.csv");
  } else {
    bytes = new Uint8Array(await c.req.arrayBuffer());
    name = safeUploadName(c.req.query("name") ?? "candidates.csv", "candidates.csv");
  }
  if (bytes.byteLength === 0) throw new TellerrandError("usage", "No file was sent.");
  const store = new SqlCandidateStore(c.var.deps.app().db);
  return oneAtATime(() => importCandidates(store, bytes, name, new Date().toISOString()));
}

function render(c: C, outcome: ImportOutcome = {}, notice?: PageOptions["notice"], status = 200) {
  const t = c.var.t;
  // What this form may bring: the smaller of the configured limit and the form's own ceiling.
  const mib = Math.min(
    c.var.deps.app().config.import.maxUncompressedMiB,
    FORM_UPLOAD_MAX_BYTES / (1024 * 1024),
  );
  const body = importBody(c, outcome, mib);
  return c.html(layout(c, { title: t("import.title"), body, notice }), status as 200);
}

/** Runs a form action; bad input (not a ZIP, no LinkedIn files, a bad CSV) shows the page again. */
async function attempt(c: C, work: () => Promise<{ outcome: ImportOutcome; text: string }>) {
  try {
    const { outcome, text } = await work();
    return render(c, outcome, { kind: "ok", text });
  } catch (error) {
    if (!(error instanceof TellerrandError) || error.code === "database") throw error;
    const status = error.code === "not-found" ? 404 : 400;
    return render(c, {}, { kind: "error", text: error.message }, status);
  }
}

function doneText(c: C, reports: ImportReport[]): string {
  const changed = reports.filter((r) => r.status === "imported").length;
  return changed === 0 ? c.var.t("import.done.unchanged") : c.var.t("import.done", { n: changed });
}

/**
 * Import: a LinkedIn export (upload, or the bundled sample) and a candidate list for Discover,
 * each followed by its report. The dashboard's cached models follow on their own: they are
 * kept per store version (`cachedUntilChange`), which every import's writes move on.
 */
export const importPage: DashboardPage = {
  path: "/import",
  nav: "nav.import",
  routes(app) {
    app.get("/import", (c) => render(c));
    app.post("/import/linkedin", (c) =>
      attempt(c, async () => {
        const reports = [await uploadExport(c)];
        return { outcome: { exports: reports }, text: doneText(c, reports) };
      }),
    );
    app.post("/import/sample", (c) =>
      attempt(c, async () => {
        const reports = await importSample(c.var.deps.app());
        return { outcome: { exports: reports }, text: doneText(c, reports) };
      }),
    );
    app.post("/import/candidates", (c) =>
      attempt(c, async () => {
        const r = await uploadCandidates(c);
        return { outcome: { candidates: r }, text: c.var.t("import.candidates.done") };
      }),
    );
    app.post("/api/import", async (c) => c.json(await uploadExport(c)));
    app.post("/api/import/sample", async (c) =>
      c.json({ reports: await importSample(c.var.deps.app()) }),
    );
    app.post("/api/import/candidates", async (c) => c.json(await uploadCandidates(c)));
  },
};
