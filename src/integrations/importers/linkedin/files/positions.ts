import { toMonth } from "../dates.js";
import { csvFileParser, dateCell, requiredCell } from "./spec.js";

/**
 * `Positions.csv` (EXPORT-FORMATS.md §1.2, §1.8).
 *
 * Header, unchanged 2018 → Dec 2024: `Company Name,Title,Description,Location,Started On,Finished On`.
 * Dates: `Jun 2018` or `2018` (year only); an empty `Finished On` means the current position.
 */
const columns = {
  companyName: ["Company Name"],
  title: ["Title"],
  description: ["Description"],
  location: ["Location"],
  startedOn: ["Started On"],
  finishedOn: ["Finished On"],
} as const;

export const positionsParser = csvFileParser(
  "Positions.csv",
  { columns, required: ["companyName", "title"] },
  (row, ctx) => {
    const companyName = requiredCell(row, ctx, "companyName");
    if (companyName === null) return null;
    return {
      kind: "position",
      companyName,
      title: row.get("title"),
      description: row.get("description"),
      location: row.get("location"),
      startedOn: dateCell(row, ctx, "startedOn", toMonth, false),
      finishedOn: dateCell(row, ctx, "finishedOn", toMonth, false),
    };
  },
);
