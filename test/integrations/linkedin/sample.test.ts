import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import yauzl from "yauzl";
import { TellerrandError } from "../../../src/domain/errors.js";
import {
  type SampleSummary,
  writeSampleExport,
} from "../../../src/integrations/importers/linkedin/sample/index.js";

const dir = mkdtempSync(join(tmpdir(), "tellerrand-sample-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha256 = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

/** Entries of a ZIP in archive order. */
function readZip(path: string): Promise<Map<string, Buffer>> {
  return new Promise((done, fail) => {
    yauzl.open(path, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return fail(err);
      const out = new Map<string, Buffer>();
      zip.on("entry", (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return fail(e);
          const chunks: Buffer[] = [];
          stream.on("data", (c: Buffer) => chunks.push(c));
          stream.on("end", () => {
            out.set(entry.fileName, Buffer.concat(chunks));
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

const SMALL = { connections: 400, messages: 2000, seed: 7 };

const HEADERS: Record<string, string> = {
  "Profile.csv":
    "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers",
  "Positions.csv": "Company Name,Title,Description,Location,Started On,Finished On",
  "Education.csv": "School Name,Start Date,End Date,Notes,Degree Name,Activities",
  "Skills.csv": "Name",
  "Languages.csv": "Name,Proficiency",
  "Certifications.csv": "Name,Url,Authority,Started On,Finished On,License Number",
  "Invitations.csv": "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl",
  "messages.csv":
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT",
  "Shares.csv": "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility",
  "Comments.csv": "Date,Link,Message",
  "Reactions.csv": "Date,Type,Link",
  "Company Follows.csv": "Organization,Followed On",
  "Endorsement_Received_Info.csv":
    "Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status",
  "Recommendations_Received.csv":
    "First Name,Last Name,Company,Job Title,Text,Creation Date,Status",
  "Email Addresses.csv": "Email Address,Confirmed,Primary,Updated On",
  "Registration.csv": "Registered At,Registration Ip,Subscription Types",
};

const PREAMBLE =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n';

type Row = Record<string, string>;

function rowsOf(files: Map<string, Buffer>, name: string): Row[] {
  const text = files.get(name)?.toString("utf8") ?? "";
  const fromLine = name === "Connections.csv" ? 4 : 1;
  // Comments.csv escapes inner quotes with a backslash (EXPORT-FORMATS.md §1.5).
  const escapeChar = name === "Comments.csv" ? "\\" : '"';
  return parse(text, { columns: true, from_line: fromLine, escape: escapeChar });
}

describe("writeSampleExport", () => {
  let summary: SampleSummary;
  let files: Map<string, Buffer>;
  const first = join(dir, "a.zip");

  beforeAll(async () => {
    summary = await writeSampleExport({ ...SMALL, output: first });
    files = await readZip(first);
  });

  it("writes byte-identical ZIPs for the same options, different ones for another seed", async () => {
    const again = join(dir, "b.zip");
    await writeSampleExport({ ...SMALL, output: again });
    expect(sha256(again)).toBe(sha256(first));
    const other = join(dir, "c.zip");
    await writeSampleExport({ ...SMALL, seed: 8, output: other });
    expect(sha256(other)).not.toBe(sha256(first));
  });

  it("writes Connections.csv with the exact preamble, LF only, no BOM, no trailing newline", () => {
    const bytes = files.get("Connections.csv") as Buffer;
    expect(bytes.subarray(0, 8).toString("hex")).toBe("4e6f7465733a0a22");
    expect(bytes.toString("utf8").startsWith(PREAMBLE)).toBe(true);
    expect(bytes.includes(0x0d)).toBe(false);
    expect(bytes[bytes.length - 1]).not.toBe(0x0a);
  });

  it("writes every file with its exact header and without BOM, CR or trailing newline", () => {
    for (const [name, header] of Object.entries(HEADERS)) {
      const bytes = files.get(name);
      expect(bytes, name).toBeDefined();
      const text = bytes?.toString("utf8") ?? "";
      expect(text.split("\n")[0], name).toBe(header);
      expect(text.charCodeAt(0), name).not.toBe(0xfeff);
      expect(text.includes("\r"), name).toBe(false);
      expect(text.endsWith("\n"), name).toBe(false);
    }
  });

  it("parses every file with csv-parse to the header's column count and reports the rows", () => {
    for (const written of summary.files) {
      const rows = rowsOf(files, written.name);
      expect(rows.length, written.name).toBe(written.rows);
    }
    expect([...files.keys()].sort()).toEqual(summary.files.map((f) => f.name).sort());
  });

  it("honours the requested counts, blank rows included, with few e-mails", () => {
    const connections = rowsOf(files, "Connections.csv");
    expect(connections).toHaveLength(SMALL.connections);
    expect(summary.connections).toBe(SMALL.connections);
    expect(rowsOf(files, "messages.csv")).toHaveLength(SMALL.messages);
    const blank = connections.filter((r) => r.URL === "" && r["First Name"] === "");
    expect(blank.length).toBe(summary.blankConnections);
    expect(blank.length).toBeGreaterThan(0);
    const emails = connections.filter((r) => r["Email Address"] !== "").length;
    expect(emails / connections.length).toBeGreaterThan(0.01);
    expect(emails / connections.length).toBeLessThan(0.07);
  });

  it("sorts connections newest first and uses DD Mon YYYY dates", () => {
    const dates = rowsOf(files, "Connections.csv").map((r) => r["Connected On"] as string);
    for (const d of dates) expect(d).toMatch(/^\d{2} [A-Z][a-z]{2} \d{4}$/);
    const days = dates.map((d) => Date.parse(`${d} UTC`));
    for (let i = 1; i < days.length; i++)
      expect(days[i]).toBeLessThanOrEqual(days[i - 1] as number);
    const years = new Set(dates.map((d) => d.slice(-4)));
    expect(years.size).toBeGreaterThanOrEqual(10);
  });

  it("writes the documented date formats in the other files", () => {
    const first = (name: string, column: string) => rowsOf(files, name)[0]?.[column] ?? "";
    expect(first("messages.csv", "DATE")).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);
    expect(first("Invitations.csv", "Sent At")).toMatch(
      /^\d{1,2}\/\d{1,2}\/\d{2}, \d{1,2}:\d{2} [AP]M$/,
    );
    expect(first("Shares.csv", "Date")).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(first("Company Follows.csv", "Followed On")).toMatch(
      /^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} UTC \d{4}$/,
    );
    expect(first("Endorsement_Received_Info.csv", "Endorsement Date")).toMatch(
      /^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} UTC$/,
    );
    expect(first("Endorsement_Received_Info.csv", "Endorser Public Url")).toMatch(
      /^www\.linkedin\.com\/in\//,
    );
    expect(files.get("Recommendations_Received.csv")?.toString()).toMatch(
      /"\d{2}\/\d{2}\/\d{2}, \d{2}:\d{2} [AP]M"/,
    );
  });

  it("shows the owner as sender of outgoing messages and has pending incoming invitations", () => {
    const owner = rowsOf(files, "Profile.csv")[0] as Row;
    const ownerName = `${owner["First Name"]} ${owner["Last Name"]}`;
    const messages = rowsOf(files, "messages.csv");
    const outgoing = messages.filter((m) => m.FROM === ownerName);
    expect(outgoing.length).toBeGreaterThan(messages.length / 4);
    expect(new Set(outgoing.map((m) => m["SENDER PROFILE URL"])).size).toBe(1);
    const connected = new Set(rowsOf(files, "Connections.csv").map((r) => r.URL));
    const pending = rowsOf(files, "Invitations.csv").filter(
      (i) => i.Direction === "INCOMING" && !connected.has(i.inviterProfileUrl as string),
    );
    expect(pending.length).toBeGreaterThan(0);
  });

  it("writes the Shares multi-line quirk so that the documented fix restores the text", () => {
    const raw = files.get("Shares.csv")?.toString("utf8") ?? "";
    expect(raw).toContain('""\n""');
    const shares = rowsOf(files, "Shares.csv");
    const multi = shares.filter((s) => (s.ShareCommentary ?? "").includes("\n"));
    expect(multi.length).toBeGreaterThan(0);
    for (const s of multi) {
      const fixed = (s.ShareCommentary ?? "").replace(/"(\r?\n)"/g, "$1");
      expect(fixed.split("\n").every((line) => !line.startsWith('"'))).toBe(true);
    }
  });

  it("rejects more than 30,000 connections and a bad asOf", async () => {
    const output = join(dir, "never.zip");
    const tooMany = writeSampleExport({ connections: 30_001, messages: 0, seed: 1, output });
    await expect(tooMany).rejects.toBeInstanceOf(TellerrandError);
    await expect(tooMany).rejects.toThrow(/30000/);
    const badDate = writeSampleExport({ ...SMALL, asOf: "2026-13-01", output });
    await expect(badDate).rejects.toThrow(/asOf/);
  });
});
