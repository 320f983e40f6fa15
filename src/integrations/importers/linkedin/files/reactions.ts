import { toTimestamp } from "../dates.js";
import { csvFileParser, dateCell, requiredCell } from "./spec.js";

/**
 * `Reactions.csv` (EXPORT-FORMATS.md §1.6).
 *
 * Header 2021 → 2024: `Date,Type,Link`. Dates `2024-03-17 18:03:34` (no zone: UTC). Types seen:
 * LIKE, PRAISE, APPRECIATION, EMPATHY, INTEREST, ENTERTAINMENT, MAYBE. One user's Reactions.csv
 * was really an XLSX: that is caught by the decoder (`PK` magic).
 */
const columns = { date: ["Date"], type: ["Type"], link: ["Link"] } as const;

export const reactionsParser = csvFileParser(
  "Reactions.csv",
  { columns, required: ["date", "type"] },
  (row, ctx) => {
    const date = dateCell(row, ctx, "date", toTimestamp, true);
    const type = requiredCell(row, ctx, "type");
    if (date === null || type === null) return null;
    return { kind: "reaction", date, type, link: row.get("link") };
  },
);
