// One benchmark phase in its own process, so its peak RSS is its own. Runs the built code (dist/).
// Usage: node bench/phase.mjs floor|import|report <zip> <db>
import { performance } from "node:perf_hooks";
import { parse } from "csv-parse";
import yauzl from "yauzl";

const [phase, zip, dbFile] = process.argv.slice(2);

/** The floor: stream every CSV of the ZIP through csv-parse and count records, nothing else. */
async function floor(path) {
  const zipfile = await new Promise((ok, fail) =>
    yauzl.open(path, { lazyEntries: true }, (e, z) => (e ? fail(e) : ok(z))),
  );
  let records = 0;
  await new Promise((ok, fail) => {
    zipfile.on("entry", (entry) => {
      if (!entry.fileName.endsWith(".csv")) return zipfile.readEntry();
      zipfile.openReadStream(entry, (err, stream) => {
        if (err) return fail(err);
        const parser = stream.pipe(
          parse({ relax_column_count: true, relax_quotes: true, skip_empty_lines: true }),
        );
        parser.on("data", () => records++);
        parser.on("end", () => zipfile.readEntry());
        parser.on("error", fail);
      });
    });
    zipfile.on("end", ok);
    zipfile.on("error", fail);
    zipfile.readEntry();
  });
  return { records };
}

async function runImport(path, file) {
  const { createApp } = await import("../dist/app.js");
  const { loadConfig } = await import("../dist/config/load.js");
  const { openLinkedInExport } = await import("../dist/integrations/importers/linkedin/index.js");
  const { importLinkedInExport } = await import("../dist/services/import-linkedin.js");
  const { config } = loadConfig({ dataDir: "/tmp/unused" }, { TELLERRAND_CONFIG: "/nonexistent" });
  const app = await createApp(config, file);
  try {
    const report = await importLinkedInExport(
      { open: openLinkedInExport, store: app.linkedin },
      path,
    );
    const records = report.files.reduce((sum, f) => sum + f.records, 0);
    return { records, problems: report.problems.total, added: report.counts?.added ?? 0 };
  } finally {
    await app.close();
  }
}

async function runReport(file) {
  const { createApp } = await import("../dist/app.js");
  const { loadConfig } = await import("../dist/config/load.js");
  const { buildHorizonReport } = await import("../dist/services/horizon.js");
  const { config } = loadConfig({ dataDir: "/tmp/unused" }, { TELLERRAND_CONFIG: "/nonexistent" });
  const app = await createApp(config, file);
  try {
    const report = await buildHorizonReport(app.reports, config.profile);
    return { contacts: report.contacts, score: report.horizonScore.value };
  } finally {
    await app.close();
  }
}

const started = performance.now();
const result =
  phase === "floor"
    ? await floor(zip)
    : phase === "import"
      ? await runImport(zip, dbFile)
      : await runReport(dbFile);
const seconds = (performance.now() - started) / 1000;
// maxRSS is in kilobytes on Linux.
const peakRssMiB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ phase, seconds, peakRssMiB, ...result })}\n`);
