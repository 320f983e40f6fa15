import { csvFileParser, requiredCell } from "./spec.js";

/**
 * `Languages.csv` (EXPORT-FORMATS.md §1.2).
 *
 * Header 2018 and 2024: `Name,Proficiency` (e.g. `Native or bilingual proficiency`). No dates.
 */
const columns = { name: ["Name"], proficiency: ["Proficiency"] } as const;

export const languagesParser = csvFileParser(
  "Languages.csv",
  { columns, required: ["name"] },
  (row, ctx) => {
    const name = requiredCell(row, ctx, "name");
    return name === null ? null : { kind: "language", name, proficiency: row.get("proficiency") };
  },
);
