import { describe, expect, it } from "vitest";
import { parseCandidatesCsv } from "../../../src/integrations/importers/candidates/index.js";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("candidate CSV parser", () => {
  it("reads German headers with ; and a BOM, keeps good rows, names line and field of bad ones", () => {
    const r = parseCandidatesCsv(
      bytes(
        "\uFEFFName;Titel;Firma;Profil-URL;Notiz\nMia Muster;Head of Legal;Kanzlei GmbH;https://www.linkedin.com/in/mia;Konferenz\nOle;;;nourl;\n;Data Scientist;Acme;;\n",
      ),
      "a.csv",
    );
    expect(r.records).toEqual([
      {
        line: 2,
        name: "Mia Muster",
        title: "Head of Legal",
        company: "Kanzlei GmbH",
        url: "https://www.linkedin.com/in/mia",
        note: "Konferenz",
      },
    ]);
    expect(r.errors).toEqual([
      { line: 3, field: "profile URL", message: '"nourl" is not an http(s) URL' },
      { line: 4, field: "name", message: "no name in this row" },
    ]);
  });

  it("reads English headers with first/last name and quoted commas", () => {
    const r = parseCandidatesCsv(
      bytes(
        'First Name,Last Name,Job Title,Company,LinkedIn URL\nAda,Lovelace,"Engineer, Analytical",Babbage & Co,\n',
      ),
      "b.csv",
    );
    expect(r.records[0]).toMatchObject({
      name: "Ada Lovelace",
      title: "Engineer, Analytical",
      company: "Babbage & Co",
      url: null,
      note: null,
    });
  });

  it("falls back to Windows-1252 and refuses a file without a name column", () => {
    const latin = Uint8Array.from([
      ...bytes("Name;Firma\nJ"),
      0xfc,
      ...bytes("rgen;M"),
      0xfc,
      ...bytes("ller AG\n"),
    ]);
    expect(parseCandidatesCsv(latin, "c.csv").records[0]).toMatchObject({
      name: "Jürgen",
      company: "Müller AG",
    });
    expect(() => parseCandidatesCsv(bytes("Foo,Bar\n1,2\n"), "d.csv")).toThrow(
      /d\.csv: line 1: no name column/,
    );
  });
});
