import { toDay } from "../dates.js";
import { csvFileParser, dateCell } from "./spec.js";

/**
 * `Connections.csv`, the core file (EXPORT-FORMATS.md §1.3).
 *
 * Header variants:
 * - Nov 2018: no preamble, `First Name,Last Name,Email Address,Company,Position,Connected On`,
 *   dates `"1/8/18, 6:14 PM"` (M/D/YY, h:mm AM/PM).
 * - Mar 2020: same 6 columns, no preamble, dates `07 Mar 2020`.
 * - 2021 → May 2023: `Notes:` preamble (3 lines, the 3rd empty), same 6 columns, `16 Mar 2021`.
 * - Nov 2023 → 2026: preamble, 7 columns with `URL` after `Last Name`, `30 Nov 2023`.
 * - User re-saves: Excel US `18-Jun-24` and `NA` cells; Excel DK `;`, `Connected on`,
 *   `16.09.2021`, Windows-1252; privacy cuts (`Company,Position,Connected On` only).
 *
 * Rows with every identity field empty (`,,,,,,18 Aug 2025`, presumably deactivated members)
 * are reported as problems, not records. Names are NFKC-normalised (fancy letters, ligatures).
 */
const columns = {
  firstName: ["First Name", "FirstName"],
  lastName: ["Last Name", "LastName"],
  url: ["URL", "Profile URL"],
  email: ["Email Address", "Email"],
  company: ["Company"],
  position: ["Position"],
  connectedOn: ["Connected On"],
} as const;

function name(value: string | null): string | null {
  return value === null ? null : value.normalize("NFKC");
}

export const connectionsParser = csvFileParser(
  "Connections.csv",
  { columns, required: ["connectedOn"] },
  (row, ctx) => {
    const record = {
      kind: "connection" as const,
      firstName: name(row.get("firstName")),
      lastName: name(row.get("lastName")),
      url: row.get("url"),
      email: row.get("email"),
      company: row.get("company"),
      position: row.get("position"),
    };
    const identity = [record.firstName, record.lastName, record.url, record.email];
    if (identity.every((v) => v === null) && record.company === null && record.position === null) {
      ctx.problem("blank identity (deactivated member?)");
      return null;
    }
    const connectedOn = dateCell(row, ctx, "connectedOn", toDay, true);
    return connectedOn === null ? null : { ...record, connectedOn };
  },
);
