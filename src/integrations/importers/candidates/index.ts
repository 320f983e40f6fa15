/**
 * Parser for a list of people the person imports as discovery candidates (an event's attendee
 * list, a search export): bytes in, typed records and per-record errors out. Pure: no I/O.
 * Header names are matched tolerantly in English and German; `;` or `,` separated; UTF-8
 * (with or without BOM) or Windows-1252.
 */
import { parse } from "csv-parse/sync";
import { TellerrandError } from "../../../domain/errors.js";

export interface CandidateRecord {
  /** 1-based physical line where the record starts. */
  line: number;
  name: string;
  title: string | null;
  company: string | null;
  url: string | null;
  note: string | null;
}

export interface CandidateRowError {
  line: number;
  field: string;
  message: string;
}

export interface ParsedCandidates {
  records: CandidateRecord[];
  errors: CandidateRowError[];
}

type Field = "name" | "first" | "last" | "title" | "company" | "url" | "note";

/** Header aliases, folded (lower case, letters and digits only). */
const ALIASES: Record<Field, readonly string[]> = {
  name: [
    "name",
    "fullname",
    "vollstandigername",
    "teilnehmer",
    "teilnehmerin",
    "person",
    "kontakt",
  ],
  first: ["firstname", "givenname", "vorname"],
  last: ["lastname", "surname", "familyname", "nachname", "familienname"],
  title: [
    "title",
    "jobtitle",
    "position",
    "headline",
    "role",
    "titel",
    "jobtitel",
    "berufsbezeichnung",
    "funktion",
    "rolle",
  ],
  company: [
    "company",
    "organization",
    "organisation",
    "employer",
    "companyname",
    "firma",
    "unternehmen",
    "arbeitgeber",
    "organisationname",
  ],
  url: [
    "profileurl",
    "url",
    "linkedin",
    "linkedinurl",
    "profile",
    "profil",
    "profilurl",
    "profillink",
    "link",
  ],
  note: [
    "note",
    "notes",
    "comment",
    "comments",
    "notiz",
    "notizen",
    "bemerkung",
    "bemerkungen",
    "kommentar",
  ],
};

const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]/g, "");

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

const cell = (v: string | undefined): string | null => {
  const t = v?.trim() ?? "";
  return t === "" ? null : t;
};

function columns(header: readonly string[]): Partial<Record<Field, number>> {
  const out: Partial<Record<Field, number>> = {};
  header.forEach((h, i) => {
    const key = fold(h);
    for (const [field, names] of Object.entries(ALIASES) as Array<[Field, readonly string[]]>)
      if (out[field] === undefined && names.includes(key)) out[field] = i;
  });
  return out;
}

/**
 * Parses the file. Throws only when the header has no name column (nothing could be read);
 * every bad row becomes an error naming its line and field, and the good rows are kept.
 *
 * @example
 * parseCandidatesCsv(Buffer.from("Name;Firma\nJana Beispiel;Acme\n"), "a.csv").records[0]?.company;
 * // "Acme"
 */
export function parseCandidatesCsv(bytes: Uint8Array, file: string): ParsedCandidates {
  const text = decode(bytes).replace(/^\uFEFF/, "");
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const rows = parse(text, {
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
  }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  const header = rows[0]?.record ?? [];
  const col = columns(header);
  if (col.name === undefined && col.first === undefined && col.last === undefined) {
    throw new TellerrandError(
      "bad-input",
      `${file}: line 1: no name column (expected one of Name, Full name, First name/Last name, Vorname/Nachname); found: ${header.join(", ")}`,
      { file },
    );
  }
  const records: CandidateRecord[] = [];
  const errors: CandidateRowError[] = [];
  for (const { record, info } of rows.slice(1)) {
    const line = info.lines;
    const get = (f: Field) => (col[f] === undefined ? null : cell(record[col[f] as number]));
    if (record.every((v) => v.trim() === "")) continue;
    const name =
      get("name") ?? ([get("first"), get("last")].filter((x) => x !== null).join(" ") || null);
    if (name === null) {
      errors.push({ line, field: "name", message: "no name in this row" });
      continue;
    }
    const url = get("url");
    if (url !== null && !/^https?:\/\/\S+$/i.test(url)) {
      errors.push({ line, field: "profile URL", message: `"${url}" is not an http(s) URL` });
      continue;
    }
    records.push({
      line,
      name,
      title: get("title"),
      company: get("company"),
      url,
      note: get("note"),
    });
  }
  return { records, errors };
}
