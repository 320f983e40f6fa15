import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import yauzl from "yauzl";
import { buildSamples, SAMPLE_BUILDS } from "../../../scripts/build-sample.js";
import { writeSampleExport } from "../../../src/integrations/importers/linkedin/sample/index.js";

const dir = mkdtempSync(join(tmpdir(), "tellerrand-snapshot-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface ZipEntry {
  name: string;
  mtime: string;
  sha256: string;
  text: string;
}

/** Entries of a ZIP in archive order, with a hash of the uncompressed bytes. */
function readZip(path: string): Promise<ZipEntry[]> {
  return new Promise((done, fail) => {
    yauzl.open(path, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return fail(err);
      const out: ZipEntry[] = [];
      zip.on("entry", (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return fail(e);
          const chunks: Buffer[] = [];
          stream.on("data", (c: Buffer) => chunks.push(c));
          stream.on("end", () => {
            const bytes = Buffer.concat(chunks);
            const sha256 = createHash("sha256").update(bytes).digest("hex");
            const mtime = `${entry.lastModFileDate}/${entry.lastModFileTime}`;
            out.push({ name: entry.fileName, mtime, sha256, text: bytes.toString("utf8") });
            zip.readEntry();
          });
        });
      });
      zip.on("end", () => done(out));
      zip.on("error", fail);
      zip.readEntry();
    });
  });
}

type Row = Record<string, string>;
const csv = (entries: ZipEntry[], name: string, fromLine = 1): Row[] =>
  parse(entries.find((e) => e.name === name)?.text ?? "", { columns: true, from_line: fromLine });

describe("later exports of the same network", () => {
  const options = { connections: 800, messages: 3000, seed: 42 };
  let early: ZipEntry[];
  let late: ZipEntry[];

  beforeAll(async () => {
    const a = join(dir, "early.zip");
    const b = join(dir, "late.zip");
    await writeSampleExport({ ...options, asOf: "2025-11-20", output: a });
    await writeSampleExport({ ...options, output: b });
    [early, late] = await Promise.all([readZip(a), readZip(b)]);
  });

  const byUrl = (rows: Row[]) => new Map(rows.filter((r) => r.URL).map((r) => [r.URL, r]));

  it("has no connection made after the earlier date, and keeps the others", () => {
    const before = csv(early, "Connections.csv", 4);
    const after = csv(late, "Connections.csv", 4);
    expect(before.length).toBeLessThan(after.length);
    for (const r of before)
      expect(Date.parse(`${r["Connected On"]} UTC`)).toBeLessThanOrEqual(Date.parse("2025-11-20"));
    const laterUrls = byUrl(after);
    const missing = [...byUrl(before).keys()].filter((url) => !laterUrls.has(url));
    // Removed connections and members deactivated since (now blank rows): a few, not many.
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.length).toBeLessThan(before.length * 0.08);
    const blankLater = after.filter((r) => !r.URL).length;
    const removed = missing.length - (blankLater - before.filter((r) => !r.URL).length);
    expect(removed).toBeGreaterThan(0);
  });

  it("changes company or position for a few contacts only", () => {
    const after = byUrl(csv(late, "Connections.csv", 4));
    let same = 0;
    let changed = 0;
    for (const [url, r] of byUrl(csv(early, "Connections.csv", 4))) {
      const l = after.get(url);
      if (!l) continue;
      if (l["First Name"] !== r["First Name"] || l["Connected On"] !== r["Connected On"]) {
        throw new Error(`identity changed for ${url}`);
      }
      if (l.Company === r.Company && l.Position === r.Position) same++;
      else changed++;
    }
    expect(changed).toBeGreaterThan(0);
    expect(changed).toBeLessThan((same + changed) * 0.15);
  });

  it("shows exactly the later export's messages sent up to the earlier date", () => {
    const key = (m: Row) => `${m["CONVERSATION ID"]}|${m.DATE}|${m.CONTENT}`;
    const cutoff = "2025-11-21";
    const earlier = csv(early, "messages.csv").map(key).sort();
    const laterUpToCutoff = csv(late, "messages.csv")
      .filter((m) => (m.DATE as string) < cutoff)
      .map(key)
      .sort();
    expect(earlier.length).toBeGreaterThan(0);
    expect(earlier).toEqual(laterUpToCutoff);
  });
});

describe("the bundled samples", () => {
  it("are exactly what scripts/build-sample.ts generates", async () => {
    await buildSamples(dir);
    for (const build of SAMPLE_BUILDS) {
      const bundled = await readZip(join("samples", build.file));
      const fresh = await readZip(join(dir, build.file));
      // Compared entry by entry (names, order, times, uncompressed bytes): the compressed
      // bytes may differ with another zlib build, the content must not.
      const strip = (entries: ZipEntry[]) => entries.map(({ text: _, ...rest }) => rest);
      expect(strip(bundled), build.file).toEqual(strip(fresh));
    }
  });
});
