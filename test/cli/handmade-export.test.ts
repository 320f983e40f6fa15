import { utimesSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";
import {
  cleanTempDirs,
  NOTES_PREAMBLE,
  tempDir,
  writeFolder,
  writeZip,
} from "../fixtures/linkedin/builders.js";
import { runCli } from "./run.js";

/**
 * End to end through the CLI on small exports written by hand, each with the quirks LinkedIn
 * and Excel put into real files (EXPORT-FORMATS.md §1): the import keeps every good row, names
 * every bad one, and the report counts what it should.
 */
afterAll(cleanTempDirs);

const connections2024 = `${NOTES_PREAMBLE}First Name,Last Name,URL,Email Address,Company,Position,Connected On
Anna,Müller,https://www.linkedin.com/in/anna-mueller,,Nordlicht Consulting GmbH,Softwareentwicklerin,15 Mar 2024
"Ben, Dr.","Smith (he/him)",https://www.linkedin.com/in/ben-smith,ben@example.org,"Contoso, Ltd.",Head of Sales,01 Feb 2023
,,,,,,18 Aug 2025
Cem,Yılmaz,https://www.linkedin.com/in/cem,,Beta AG,Werkstudent Data Science,not a date
Dora,Klein,https://www.linkedin.com/in/dora,,Gamma SE,"Senior Berater (m/w/d)",07 Feb 2026`;

const positions = `Company Name,Title,Description,Location,Started On,Finished On
Nordlicht Consulting GmbH,Senior Berater,"Projekte ""Cloud""
und Daten",Hamburg,Apr 2019,
Muster AG,Entwickler,,Berlin,2015,Mar 2019`;

const messages = `CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER
2-abc==,,Anna Müller,https://www.linkedin.com/in/anna-mueller,Jana Beispiel,https://www.linkedin.com/in/jana,2023-03-15 10:12:00 UTC,,"Hallo Jana,
wie geht's?",INBOX
2-abc==,,Jana Beispiel,https://www.linkedin.com/in/jana,Anna Müller,https://www.linkedin.com/in/anna-mueller,2023-03-15 11:00:00 UTC,,Gut!,INBOX`;

describe("import of hand-made exports through the CLI", () => {
  it("keeps the good rows of a 2024-style ZIP and names each bad one", async () => {
    const zip = await writeZip(
      { "Connections.csv": connections2024, "Positions.csv": positions, "messages.csv": messages },
      "Basic_LinkedInDataExport_11-20-2026.zip",
    );
    const dir = await tempDir();
    const r = await runCli(["--data-dir", dir, "import", zip, "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.variant).toBe("basic");
    expect(report.snapshot.asOf).toBe("2026-11-20");
    expect(report.counts.added).toBe(3);
    expect(report.problems.samples).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: "Connections.csv",
          line: 7,
          reason: expect.stringMatching(/blank identity/),
        }),
        expect.objectContaining({ file: "Connections.csv", line: 8, field: "Connected On" }),
      ]),
    );
    const horizon = JSON.parse((await runCli(["--data-dir", dir, "report", "--json"])).stdout);
    expect(horizon.contacts).toBe(3);
    // Anna works at an employer from Positions.csv: 1 of 3 known employers.
    expect(horizon.ownEmployerShare).toBeCloseTo(1 / 3, 5);
    const byKey = Object.fromEntries(
      horizon.dimensions.function.shares.map((s: { key: string; count: number }) => [
        s.key,
        s.count,
      ]),
    );
    expect(byKey).toMatchObject({ Engineering: 1, Sales: 1, Consulting: 1 });
    const exported = JSON.parse((await runCli(["--data-dir", dir, "export"])).stdout);
    expect(exported.tables.messages.map((m: { content: string }) => m.content)).toEqual([
      "Hallo Jana,\nwie geht's?",
      "Gut!",
    ]);
    expect(exported.tables.own_positions[0].description).toBe('Projekte "Cloud"\nund Daten');
  });

  it("reads a 2018-style folder: no preamble, US dates, Windows-1252 from an Excel re-save", async () => {
    const csv2018 = `First Name,Last Name,Email Address,Company,Position,Connected On\r
Jürgen,Groß,j@example.org,Müller & Söhne KG,Geschäftsführer,"1/8/18, 6:14 PM"\r
Åsa,Berg,,Stockholm AB,Product Manager,"12/24/17, 11:05 AM"\r
`;
    const folder = await writeFolder({
      "export/Connections.csv": iconv.encode(csv2018, "win1252"),
    });
    const exported2018 = new Date("2018-11-04T12:00:00Z");
    utimesSync(join(folder, "export/Connections.csv"), exported2018, exported2018);
    const dir = await tempDir();
    const r = await runCli(["--data-dir", dir, "import", folder, "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const imported = JSON.parse(r.stdout);
    expect(imported.counts.added).toBe(2);
    // No date in the folder's name: the files' date is the snapshot's date, not today.
    expect(imported.snapshot.asOf).toBe("2018-11-04");
    const exported = JSON.parse((await runCli(["--data-dir", dir, "export"])).stdout);
    const names = exported.tables.contacts.map((c: { last_name: string; connected_on: string }) => [
      c.last_name,
      c.connected_on,
    ]);
    expect(names).toEqual([
      ["Groß", "2018-01-08"],
      ["Berg", "2017-12-24"],
    ]);
    const orgs = exported.tables.organizations.map((o: { key: string }) => o.key).sort();
    // Canonical keys fold case, diacritics and legal forms (KG, AB).
    expect(orgs).toEqual(["muller & sohne", "stockholm"]);
  });

  it("gives one clear error for a Connections.csv that is not one, and writes nothing", async () => {
    const folder = await writeFolder({
      "Connections.csv": "Date,Link,Message\n2024-01-01 10:00:00,https://x,hi\n",
    });
    const dir = await tempDir();
    const r = await runCli(["--data-dir", dir, "import", join(folder, "Connections.csv")]);
    expect(r.code).toBe(65);
    expect(r.stderr).toMatch(/Connections\.csv/);
    const snapshots = JSON.parse((await runCli(["--data-dir", dir, "snapshots", "--json"])).stdout);
    expect(snapshots).toEqual([]);
  });
});
