import { afterEach, describe, expect, it } from "vitest";
import { FORM_UPLOAD_MAX_BYTES } from "../../src/server/pages/import/upload.js";
import { zipBuffer } from "../fixtures/linkedin/builders.js";
import { PEOPLE_EXPORT } from "../fixtures/people/export.js";
import { type Browser, browser, type Harness, harness } from "./harness.js";

const EXPORT_NAME = "Complete_LinkedInDataExport_11-20-2026.zip";

/** The small hand-made export, plus one connection row with an unreadable date (a problem). */
function exportZip(): Promise<Buffer> {
  const connections = `${PEOPLE_EXPORT["Connections.csv"]}\nPia,Pohl,https://www.linkedin.com/in/pia,,Nordlicht GmbH,Engineer,someday`;
  return zipBuffer({ ...PEOPLE_EXPORT, "Connections.csv": connections });
}

function form(b: Browser, name: string, bytes: Uint8Array | string, type: string): FormData {
  const data = new FormData();
  data.set("_csrf", b.csrf);
  data.set("file", new File([bytes], name, { type }));
  return data;
}

let h: Harness;
afterEach(async () => h?.close());

async function setup(): Promise<Browser> {
  h = await harness({ sample: false });
  return browser(h);
}

describe("Import page", () => {
  it("is in the navigation and offers both uploads and the sample without script", async () => {
    const b = await setup();
    const res = await b.get("/import");
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<a href="/import" aria-current="page">Import</a>');
    expect(page).toMatch(
      /<form method="post" action="\/import\/linkedin" enctype="multipart\/form-data" id="linkedin-import"><input type="hidden" name="_csrf"/,
    );
    expect(page).toContain('action="/import/sample"');
    expect(page).toContain('action="/import/candidates" enctype="multipart/form-data"');
    // The form may bring the smaller of the configured 2048 MiB and its own 256 MiB ceiling.
    expect(page).toContain("Up to 256 MiB here; larger exports with");
  });

  it("speaks German", async () => {
    h = await harness({ sample: false });
    const page = await (await (await browser(h, "de")).get("/import")).text();
    expect(page).toContain("<h1>Import</h1>");
    expect(page).toContain(">Beispiel importieren</button>");
    expect(page).toContain("Kandidatenliste für Entdecken");
  });

  it("imports an uploaded export, shows its report, and the next import of it changes nothing", async () => {
    const b = await setup();
    expect(await (await b.get("/")).text()).toContain('id="empty"');
    const zip = await exportZip();
    const res = await b.post("/import/linkedin", form(b, EXPORT_NAME, zip, "application/zip"));
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('data-status="imported"');
    expect(page).toContain(`Imported ${EXPORT_NAME} as snapshot #1 (as of 2026-11-20).`);
    expect(page).toMatch(
      /<td>Connections.csv<\/td><td class="num">11<\/td><td class="num">1<\/td>/,
    );
    expect(page).toMatch(/Connections: 11 new, 0 changed/);
    // The bad row with its file, line and field; the temporary copy is never named.
    expect(page).toContain(
      '<td>Connections.csv</td><td class="num">16</td><td>Connected On</td><td>unreadable date &quot;someday&quot;</td>',
    );
    expect(page).not.toContain(".upload-");
    // The cached models follow the store: the overview now has a score.
    expect(await (await b.get("/")).text()).toContain('id="score-value"');

    const again = await b.post("/import/linkedin", form(b, EXPORT_NAME, zip, "application/zip"));
    expect(again.status).toBe(200);
    const second = await again.text();
    expect(second).toContain('data-status="unchanged"');
    expect(second).toContain(`Already imported: ${EXPORT_NAME} is snapshot #1`);
    expect(second).toContain("Already imported: nothing changed.");
  });

  it("shows the page again with a 400 naming the problem for a file that is not a ZIP", async () => {
    const b = await setup();
    const res = await b.post("/import/linkedin", form(b, "notes.zip", "hello", "application/zip"));
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toMatch(/id="notice">notes\.zip is not a ZIP archive/);
    expect(page).toContain('id="linkedin-import"');
    expect(page).not.toContain(".upload-");
  });

  it("refuses a ZIP without LinkedIn files and keeps nothing of it", async () => {
    const b = await setup();
    const zip = await zipBuffer({ "holiday.txt": "photos" });
    const res = await b.post("/import/linkedin", form(b, "photos.zip", zip, "application/zip"));
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain("photos.zip is not a LinkedIn data export");
    expect(page).toContain("holiday.txt");
    const snapshots = await h.deps
      .app()
      .db.selectFrom("snapshots")
      .select((e) => e.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(snapshots.n)).toBe(0);
  });

  it("refuses an upload without the CSRF token (403) and one without a file (400)", async () => {
    const b = await setup();
    const data = form(b, EXPORT_NAME, await exportZip(), "application/zip");
    data.delete("_csrf");
    expect((await b.post("/import/linkedin", data)).status).toBe(403);
    const none = new FormData();
    none.set("_csrf", b.csrf);
    const res = await b.post("/import/linkedin", none);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("No file was sent");
    expect(await (await b.get("/")).text()).toContain('id="empty"');
  });

  it("refuses an export over the configured limit with 413, declared or streamed", async () => {
    const b = await setup();
    (h.deps.app().config.import as { maxUncompressedMiB: number }).maxUncompressedMiB = 1;
    const big = new Uint8Array(1024 * 1024 + 10);
    const huge = new Uint8Array(5 * 1024 * 1024);
    const declared = await b.post("/import/linkedin", form(b, EXPORT_NAME, big, "application/zip"));
    expect(declared.status).toBe(413);
    expect(await declared.text()).toContain("larger than the import limit of 1 MiB");
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 3; i++) controller.enqueue(new Uint8Array(512 * 1024));
        controller.close();
      },
    });
    const streamed = await h.request(`/api/import?name=${EXPORT_NAME}`, {
      method: "POST",
      body: chunks,
      duplex: "half",
      headers: {
        cookie: `tr_csrf=${b.csrf}; tr_session=${b.cookies.tr_session}`,
        "content-type": "application/zip",
        "x-csrf-token": b.csrf,
      },
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await streamed.json()).toMatchObject({ error: { code: "too-large" } });
    // A form is held in memory: it may not bring more than FORM_UPLOAD_MAX_BYTES, whatever the
    // configured import limit (declared length; the body itself is not read).
    (h.deps.app().config.import as { maxUncompressedMiB: number }).maxUncompressedMiB = 2048;
    const formTooBig = await h.request("/import/linkedin", {
      method: "POST",
      body: "x",
      headers: {
        cookie: `tr_csrf=${b.csrf}; tr_session=${b.cookies.tr_session}`,
        "content-type": "multipart/form-data; boundary=b",
        "content-length": String(FORM_UPLOAD_MAX_BYTES + 1),
      },
    });
    expect(formTooBig.status).toBe(413);
    expect(await formTooBig.text()).toContain("POST the file itself to /api/import");
    (h.deps.app().config.import as { maxUncompressedMiB: number }).maxUncompressedMiB = 1;
    // The small app-wide limit still holds everywhere else.
    const other = await b.post("/import/candidates", form(b, "a.csv", huge, "text/csv"));
    expect(other.status).toBe(413);
  });

  it("imports through the JSON API from a raw body, and the bundled sample", async () => {
    const b = await setup();
    const headers = {
      cookie: `tr_csrf=${b.csrf}; tr_session=${b.cookies.tr_session}`,
      "content-type": "application/zip",
      "x-csrf-token": b.csrf,
    };
    const zip = await exportZip();
    const res = await h.request(`/api/import?name=${EXPORT_NAME}`, {
      method: "POST",
      body: zip,
      headers,
    });
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report).toMatchObject({
      status: "imported",
      source: EXPORT_NAME,
      variant: "complete",
      snapshot: { id: 1, asOf: "2026-11-20" },
      counts: { added: 11 },
      problems: { total: 1, samples: [{ file: "Connections.csv", field: "Connected On" }] },
    });
    const bad = await h.request("/api/import?name=x.zip", { method: "POST", body: "no", headers });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(
      /^x\.zip is not a ZIP archive/,
    );
    const sample = await b.post("/import/sample", { _csrf: b.csrf });
    expect(sample.status).toBe(200);
    const page = await sample.text();
    expect(page).toContain("Imported Complete_LinkedInDataExport_11-20-2025.zip as snapshot #2");
    expect(page).toContain("Imported Complete_LinkedInDataExport_11-20-2026.zip as snapshot #3");
    const api = await h.request("/api/import/sample", { method: "POST", headers });
    const { reports } = (await api.json()) as { reports: Array<{ status: string }> };
    expect(reports.map((r) => r.status)).toEqual(["unchanged", "unchanged"]);
  });

  it("imports a candidate list and names each bad row's line and field", async () => {
    const b = await setup();
    const csv =
      "Name,Title,Company,Profile URL\nMia Muster,Data Engineer,Nordlicht Energie GmbH,https://www.linkedin.com/in/mia\nOle Ohne,Analyst,Klimahaus,not-a-url\n";
    const res = await b.post("/import/candidates", form(b, "attendees.csv", csv, "text/csv"));
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain(
      "attendees.csv: 1 candidates read, 1 new, 0 already known, 1 rows skipped.",
    );
    expect(page).toMatch(/<td class="num">3<\/td><td>profile URL<\/td><td>[^<]*not-a-url/);
    expect(page).toContain('<a href="/discover?kind=people" id="discover-people">');
    const api = await h.request("/api/import/candidates?name=attendees.csv", {
      method: "POST",
      body: csv,
      headers: {
        cookie: `tr_csrf=${b.csrf}; tr_session=${b.cookies.tr_session}`,
        "content-type": "text/csv",
        "x-csrf-token": b.csrf,
      },
    });
    expect(await api.json()).toMatchObject({
      file: "attendees.csv",
      added: 0,
      unchanged: 1,
      errors: [{ line: 3, field: "profile URL" }],
    });
    const empty = await b.post("/import/candidates", form(b, "none.csv", "", "text/csv"));
    expect(empty.status).toBe(400);
  });
});
