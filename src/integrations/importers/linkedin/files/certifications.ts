import { toMonth } from "../dates.js";
import { csvFileParser, dateCell, requiredCell } from "./spec.js";

/**
 * `Certifications.csv` (EXPORT-FORMATS.md §1.2, §1.8).
 *
 * Header Dec 2021 → 2024: `Name,Url,Authority,Started On,Finished On,License Number`.
 * Dates: `2023` or `Oct 2023`, often empty.
 */
const columns = {
  name: ["Name"],
  url: ["Url"],
  authority: ["Authority"],
  startedOn: ["Started On"],
  finishedOn: ["Finished On"],
  licenseNumber: ["License Number"],
} as const;

export const certificationsParser = csvFileParser(
  "Certifications.csv",
  { columns, required: ["name", "authority"] },
  (row, ctx) => {
    const name = requiredCell(row, ctx, "name");
    if (name === null) return null;
    return {
      kind: "certification",
      name,
      url: row.get("url"),
      authority: row.get("authority"),
      startedOn: dateCell(row, ctx, "startedOn", toMonth, false),
      finishedOn: dateCell(row, ctx, "finishedOn", toMonth, false),
      licenseNumber: row.get("licenseNumber"),
    };
  },
);
