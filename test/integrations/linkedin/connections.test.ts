import { afterAll, describe, expect, it } from "vitest";
import type { ConnectionRecord } from "../../../src/domain/linkedin/records.js";
import { cleanTempDirs, NOTES_PREAMBLE, readSingle } from "../../fixtures/linkedin/builders.js";

afterAll(cleanTempDirs);

const HEADER_7 = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";
const HEADER_6 = "First Name,Last Name,Email Address,Company,Position,Connected On";

async function connections(content: string | Buffer) {
  const result = await readSingle("Connections.csv", content);
  return { ...result, connections: result.records as ConnectionRecord[] };
}

describe("Connections.csv", () => {
  it("skips the Notes preamble and keeps physical line numbers", async () => {
    const { connections: rows, events } = await connections(
      `${NOTES_PREAMBLE}${HEADER_7}\nAda,Lovelace,https://www.linkedin.com/in/ada,,Analytical Engines,Engineer,15 Mar 2023`,
    );
    expect(rows).toEqual([
      {
        kind: "connection",
        firstName: "Ada",
        lastName: "Lovelace",
        url: "https://www.linkedin.com/in/ada",
        email: null,
        company: "Analytical Engines",
        position: "Engineer",
        connectedOn: "2023-03-15",
      },
    ]);
    expect(events.find((e) => e.type === "record")).toMatchObject({ line: 5 });
  });

  it("reads the 2018 6-column file without preamble and with US date-times", async () => {
    const { connections: rows } = await connections(
      `${HEADER_6}\nGrace,Hopper,grace@navy.mil,US Navy,Rear Admiral,"1/8/18, 6:14 PM"\n`,
    );
    expect(rows[0]).toMatchObject({
      firstName: "Grace",
      url: null,
      email: "grace@navy.mil",
      connectedOn: "2018-01-08",
    });
  });

  it("strips a UTF-8 BOM", async () => {
    const { connections: rows } = await connections(
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from(`${HEADER_6}\nA,B,,C,D,07 Mar 2020`),
      ]),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.firstName).toBe("A");
  });

  it("handles quoted fields with commas, doubled quotes and line breaks", async () => {
    const { connections: rows, events } = await connections(
      `${HEADER_7}\n"Jo, Coach","(Ex-Air Force, Ex-EPAM)",,,"Presidency College, Bangalore","Says ""hi""\nand more",28 Jan 2024\nNext,One,,,X,Y,27 Jan 2024\n`,
    );
    expect(rows[0]).toMatchObject({
      firstName: "Jo, Coach",
      lastName: "(Ex-Air Force, Ex-EPAM)",
      company: "Presidency College, Bangalore",
      position: 'Says "hi"\nand more',
    });
    const lines = events.flatMap((e) => (e.type === "record" ? [e.line] : []));
    expect(lines).toEqual([2, 4]);
  });

  it("turns empty e-mails and NA cells into null", async () => {
    const { connections: rows } = await connections(
      `${HEADER_7}\nA,B,NA,,N/A,Engineer,18-Jun-24\r\n`,
    );
    expect(rows[0]).toMatchObject({
      url: null,
      email: null,
      company: null,
      connectedOn: "2024-06-18",
    });
  });

  it("decodes Windows-1252 bytes", async () => {
    const { connections: rows, problems } = await connections(
      Buffer.from(
        `${HEADER_6}\nJens,J\xf8rgensen,,Firma,Chef,16 Mar 2021\nAnna,M\xfcller,,,,17 Mar 2021\n`,
        "latin1",
      ),
    );
    expect(rows.map((r) => r.lastName)).toEqual(["Jørgensen", "Müller"]);
    expect(problems).toEqual([]);
  });

  it("reads the Danish Excel re-save: ';', 'Connected on', 16.09.2021", async () => {
    const { connections: rows } = await connections(
      Buffer.from(
        "First Name;Last Name;Email Address;Company;Position;Connected on\r\nJens;J\xf8rgensen;;A, B og C;CTO;16.09.2021\r\n",
        "latin1",
      ),
    );
    expect(rows[0]).toMatchObject({
      lastName: "Jørgensen",
      company: "A, B og C",
      connectedOn: "2021-09-16",
    });
  });

  it("accepts CRLF and no trailing newline", async () => {
    const { connections: rows } = await connections(
      `${NOTES_PREAMBLE.replace(/\n/g, "\r\n")}${HEADER_7}\r\nA,B,,,C,D,01 Mar 2024\r\nE,F,,,G,H,02 Mar 2024`,
    );
    expect(rows.map((r) => [r.lastName, r.position])).toEqual([
      ["B", "D"],
      ["F", "H"],
    ]);
  });

  it("reports blank-identity rows as problems, not people", async () => {
    const { connections: rows, problems } = await connections(
      `${HEADER_7}\n,,,,,,18 Aug 2025\nA,B,,,,,18 Aug 2025`,
    );
    expect(rows).toHaveLength(1);
    expect(problems).toEqual([
      { file: "Connections.csv", line: 2, reason: "blank identity (deactivated member?)" },
    ]);
  });

  it("NFKC-normalises names", async () => {
    const { connections: rows } = await connections(`${HEADER_6}\n𝘀𝗲𝗲𝗻,ﬁne,,,,20 Mar 2024`);
    expect(rows[0]).toMatchObject({ firstName: "seen", lastName: "fine" });
  });

  it("reports malformed rows with file, line and field while the rest imports", async () => {
    const { connections: rows, problems } = await connections(
      `${HEADER_7}\nA,B,,,C,D,not a date\nE,F,,,G,H\nI,J,,,K,L,02 Mar 2024\n`,
    );
    expect(rows.map((r) => r.firstName)).toEqual(["I"]);
    expect(problems).toEqual([
      {
        file: "Connections.csv",
        line: 2,
        field: "Connected On",
        reason: 'unreadable date "not a date"',
      },
      { file: "Connections.csv", line: 3, field: "Connected On", reason: "missing date" },
    ]);
  });

  it("reports an unclosed quote as a problem instead of aborting", async () => {
    const { connections: rows, problems } = await connections(
      `${HEADER_6}\nA,B,,C,D,01 Mar 2024\nE,"F,,G,H,02 Mar 2024\n`,
    );
    expect(rows).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "Connections.csv", line: 3 });
  });

  it("reports invalid UTF-8 after the sniffed head as a per-record problem", async () => {
    const filler = `A,B,,C,D,01 Mar 2024\n`.repeat(60_000); // > 1 MB of valid UTF-8
    const bytes = Buffer.concat([
      Buffer.from(`${HEADER_6}\n${filler}`),
      Buffer.from("Anna,M\xfcller,,,,17 Mar 2021\n", "latin1"),
    ]);
    const { connections: rows, problems } = await connections(bytes);
    expect(rows).toHaveLength(60_001);
    expect(problems).toEqual([
      expect.objectContaining({
        file: "Connections.csv",
        line: 60_002,
        reason: expect.stringContaining("UTF-8"),
      }),
    ]);
  });

  it("rejects an XLSX workbook named .csv", async () => {
    const xlsx = Buffer.concat([Buffer.from("PK\x03\x04", "latin1"), Buffer.alloc(100)]);
    await expect(connections(xlsx)).rejects.toMatchObject({
      code: "bad-input",
      message: expect.stringContaining("Connections.csv is an Excel workbook, not a CSV"),
    });
  });

  it("rejects a Connections.csv without a header with one clear error", async () => {
    await expect(connections(`${NOTES_PREAMBLE}A,B,,,C,D,01 Mar 2024\n`)).rejects.toMatchObject({
      code: "bad-input",
      message: expect.stringMatching(/^Connections\.csv: no header row with Connected On found/),
    });
  });

  it("accepts a privacy-cut file with only Company,Position,Connected On", async () => {
    const { connections: rows } = await connections(
      "Company,Position,Connected On\nACME,CEO,01 Mar 2021",
    );
    expect(rows[0]).toMatchObject({ firstName: null, company: "ACME", connectedOn: "2021-03-01" });
  });
});
