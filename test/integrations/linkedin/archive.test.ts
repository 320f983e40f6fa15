import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openLinkedInExport } from "../../../src/integrations/importers/linkedin/index.js";
import {
  cleanTempDirs,
  collect,
  type Files,
  NOTES_PREAMBLE,
  patchBytes,
  tempDir,
  writeBytes,
  writeFolder,
  writeZip,
  zipBuffer,
} from "../../fixtures/linkedin/builders.js";

afterAll(cleanTempDirs);

const CONNECTIONS = `${NOTES_PREAMBLE}First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,L,https://www.linkedin.com/in/ada,,ACME,CTO,20 Mar 2024`;
const EXPORT: Files = {
  "Connections.csv": CONNECTIONS,
  "Messages.csv":
    'From,To,Date,Subject,Content,Direction,Folder\nAda,Me,"10/16/18, 8:36 AM",,Hi,INCOMING,INBOX\n',
  "Skills.csv": "Name\nTypeScript\n",
  "Ad_Targeting.csv": "Member Age,Company Names,Company Names,\n25-34,A,B,\n",
  "Jobs/Saved Jobs.csv": "Saved Date,Job Url\n",
};

/** Sets general-purpose bit 0 (encrypted) on every local and central header. */
function markEncrypted(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  for (const [sig, offset] of [
    ["PK\x03\x04", 6],
    ["PK\x01\x02", 8],
  ] as const) {
    const needle = Buffer.from(sig, "latin1");
    for (let i = out.indexOf(needle); i >= 0; i = out.indexOf(needle, i + 1)) {
      out.writeUInt16LE(out.readUInt16LE(i + offset) | 1, i + offset);
    }
  }
  return out;
}

function summary(result: Awaited<ReturnType<typeof collect>>) {
  return {
    files: result.events.flatMap((e) => (e.type === "file" ? [e.file] : [])),
    kinds: result.records.map((r) => r.kind),
    skipped: [...result.skipped].sort(),
  };
}

describe("containers", () => {
  const expected = {
    files: ["Connections.csv", "Skills.csv", "messages.csv"],
    kinds: ["connection", "skill", "message"],
    skipped: ["Ad_Targeting.csv", "Jobs/Saved Jobs.csv"],
  };

  it("reads a folder, files in a subfolder", async () => {
    const root = await tempDir();
    await writeFolder(
      Object.fromEntries(
        Object.entries(EXPORT).map(([k, v]) => [`Basic_LinkedInDataExport_05-09-2026/${k}`, v]),
      ),
      root,
    );
    const result = await collect(join(root, "Basic_LinkedInDataExport_05-09-2026"));
    expect(summary(result)).toEqual(expected);
  });

  it("reads a ZIP and reports unknown entries as skipped", async () => {
    const path = await writeZip(EXPORT, "Complete_LinkedInDataExport_03-01-2026.zip");
    const result = await collect(path);
    expect(summary(result)).toEqual(expected);
    expect(result.events.filter((e) => e.type === "skipped")).toContainEqual({
      type: "skipped",
      entry: "Ad_Targeting.csv",
      reason: "not used by Tellerrand",
    });
    const source = await openLinkedInExport(path);
    await source.close();
    expect(source.info).toMatchObject({
      variant: "complete",
      exportDate: "2026-03-01",
      source: path,
    });
  });

  it("reads a .zip.zip and removes its temp copy on close", async () => {
    const inner = await zipBuffer(EXPORT);
    const path = await writeZip(
      { "Basic_LinkedInDataExport_05-09-2026.zip": inner },
      "Basic_LinkedInDataExport_05-09-2026.zip.zip",
    );
    const before = new Set(await readdir(tmpdir()));
    const source = await openLinkedInExport(path);
    const created = (await readdir(tmpdir())).filter(
      (d) => !before.has(d) && d.startsWith("tellerrand-zip-"),
    );
    expect(created).toHaveLength(1);
    expect(source.info).toMatchObject({ variant: "basic", exportDate: "2026-05-09" });
    await source.close();
    expect(existsSync(join(tmpdir(), created[0] ?? "missing"))).toBe(false);
    expect(summary(await collect(path))).toEqual(expected);
  });

  it("reads a single CSV", async () => {
    const dir = await writeFolder({ "Connections.csv": CONNECTIONS });
    const source = await openLinkedInExport(join(dir, "Connections.csv"));
    await source.close();
    expect(source.info.variant).toBe("unknown");
    expect(summary(await collect(join(dir, "Connections.csv")))).toEqual({
      files: ["Connections.csv"],
      kinds: ["connection"],
      skipped: [],
    });
  });

  it("rejects a single CSV that is no LinkedIn file it reads", async () => {
    const dir = await writeFolder({ "notes.csv": "a,b\n" });
    await expect(openLinkedInExport(join(dir, "notes.csv"))).rejects.toMatchObject({
      code: "bad-input",
    });
  });

  it("guesses the variant from the files when the name does not say", async () => {
    const complete = await writeZip(EXPORT, "export.zip");
    const basic = await writeZip({ "Connections.csv": CONNECTIONS }, "export.zip");
    const [a, b] = await Promise.all([openLinkedInExport(complete), openLinkedInExport(basic)]);
    await Promise.all([a.close(), b.close()]);
    expect([a.info.variant, b.info.variant, a.info.exportDate]).toEqual([
      "complete",
      "basic",
      null,
    ]);
  });

  it("says not-found for a missing path", async () => {
    await expect(openLinkedInExport("/nonexistent/x.zip")).rejects.toMatchObject({
      code: "not-found",
    });
  });
});

describe("content hash", () => {
  async function hashOf(path: string): Promise<string> {
    const source = await openLinkedInExport(path);
    await source.close();
    return source.info.contentHash;
  }

  it("is equal for the same content and different otherwise", async () => {
    const changed = { ...EXPORT, "Skills.csv": "Name\nRust\n" };
    const [zipA, zipB, zipC] = await Promise.all([
      writeZip(EXPORT, "a.zip"),
      writeZip(EXPORT, "b.zip", false),
      writeZip(changed, "c.zip"),
    ]);
    expect(await hashOf(zipA)).toMatch(/^[0-9a-f]{64}$/);
    expect(await hashOf(zipA)).toBe(await hashOf(zipB));
    expect(await hashOf(zipA)).not.toBe(await hashOf(zipC));
    const [dirA, dirB, dirC] = await Promise.all([
      writeFolder(EXPORT),
      writeFolder(EXPORT),
      writeFolder(changed),
    ]);
    expect(await hashOf(dirA)).toBe(await hashOf(dirB));
    expect(await hashOf(dirA)).not.toBe(await hashOf(dirC));
  });

  it("ignores files Tellerrand does not read", async () => {
    const a = await writeZip(EXPORT, "a.zip");
    const b = await writeZip({ ...EXPORT, "Logins.csv": "Login Date\n" }, "b.zip");
    expect(await hashOf(a)).toBe(await hashOf(b));
  });
});

describe("unsafe and bad archives", () => {
  const base = { "Connections.csv": CONNECTIONS };

  async function patched(files: Files, from: string, to: string): Promise<string> {
    return writeBytes(patchBytes(await zipBuffer(files), from, to), "export.zip");
  }

  it("rejects an entry with '..'", async () => {
    const path = await patched({ ...base, "aa/evil.csv": "x" }, "aa/evil.csv", "../evil.csv");
    await expect(openLinkedInExport(path)).rejects.toMatchObject({
      code: "unsafe-archive",
      message: expect.stringMatching(/export\.zip: entry "\.\.\/evil\.csv" points outside/),
    });
  });

  it.each([
    ["/etc/x.csv", "zetc/x.csv"],
    ["C:\\evil.csv", "Cxxevil.csv"],
  ])("rejects the absolute path %s", async (bad, placeholder) => {
    const path = await patched({ ...base, [placeholder]: "x" }, placeholder, bad);
    await expect(openLinkedInExport(path)).rejects.toMatchObject({
      code: "unsafe-archive",
      message: expect.stringContaining("absolute path"),
    });
  });

  it("rejects a zip bomb by compression ratio", async () => {
    const path = await writeZip({ ...base, "Shares.csv": Buffer.alloc(4 * 1024 * 1024, 0x61) });
    await expect(openLinkedInExport(path)).rejects.toMatchObject({
      code: "unsafe-archive",
      message: expect.stringMatching(/entry "Shares\.csv" has compression ratio \d+/),
    });
  });

  it("rejects an archive over the total size cap", async () => {
    const path = await writeZip(base);
    await expect(
      openLinkedInExport(path, { maxTotalUncompressedBytes: 100 }),
    ).rejects.toMatchObject({
      code: "unsafe-archive",
      message: expect.stringContaining("more than 100 bytes"),
    });
  });

  it("rejects an archive with too many entries", async () => {
    const path = await writeZip({ ...base, "a.csv": "x", "b.csv": "y" });
    await expect(openLinkedInExport(path, { maxEntries: 2 })).rejects.toMatchObject({
      code: "unsafe-archive",
    });
  });

  it("enforces the size cap on the bytes actually inflated (lying header)", async () => {
    const zip = await zipBuffer(base);
    const central = zip.indexOf(Buffer.from("PK\x01\x02", "latin1"));
    zip.writeUInt32LE(10, central + 24); // declared uncompressed size: 10 bytes
    const source = await openLinkedInExport(await writeBytes(zip, "export.zip"));
    try {
      await expect(async () => {
        for await (const _ of source.events());
      }).rejects.toMatchObject({
        code: "unsafe-archive",
        message: expect.stringContaining("Connections.csv"),
      });
    } finally {
      await source.close();
    }
  });

  it("rejects an encrypted entry", async () => {
    const path = await writeBytes(markEncrypted(await zipBuffer(base)), "export.zip");
    await expect(openLinkedInExport(path)).rejects.toMatchObject({
      code: "unsafe-archive",
      message: expect.stringContaining('entry "Connections.csv" is encrypted'),
    });
  });

  it("rejects a truncated archive", async () => {
    const zip = await zipBuffer(base);
    const path = await writeBytes(zip.subarray(0, Math.floor(zip.length / 2)), "export.zip");
    await expect(openLinkedInExport(path)).rejects.toMatchObject({
      code: "unsafe-archive",
      message: expect.stringContaining("corrupt or truncated"),
    });
  });

  it("rejects a corrupt central directory", async () => {
    const path = await writeBytes(
      patchBytes(await zipBuffer(base), "PK\x01\x02", "PK\x01\x09"),
      "export.zip",
    );
    await expect(openLinkedInExport(path)).rejects.toMatchObject({ code: "unsafe-archive" });
  });

  it("rejects a file that is not a ZIP", async () => {
    const path = await writeBytes(Buffer.from("just some text"), "export.zip");
    await expect(openLinkedInExport(path)).rejects.toMatchObject({
      code: "bad-input",
      message: expect.stringContaining("is not a ZIP archive"),
    });
  });
});
