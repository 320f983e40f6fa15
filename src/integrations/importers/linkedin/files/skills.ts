import { csvFileParser, requiredCell } from "./spec.js";

/**
 * `Skills.csv` (EXPORT-FORMATS.md §1.2, §1.11).
 *
 * Header 2018 → Dec 2024: `Name`, one skill per row, no dates. Seen after a pandas round-trip:
 * a leading index column (`,Name` / `1,Strategic…`), which name-based mapping ignores; after a
 * Portuguese re-save: `Name;` with values `Python;` (the trailing `;` is dropped).
 */
const columns = { name: ["Name"] } as const;

export const skillsParser = csvFileParser(
  "Skills.csv",
  { columns, required: ["name"] },
  (row, ctx) => {
    const name = requiredCell(row, ctx, "name")?.replace(/;+$/, "").trim();
    return name === undefined || name === "" ? null : { kind: "skill", name };
  },
);
