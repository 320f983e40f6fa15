import { toTimestamp } from "../dates.js";
import { csvFileParser, dateCell } from "./spec.js";

/**
 * `Recommendations_Received.csv` (EXPORT-FORMATS.md §1.2, §1.8, §1.11).
 *
 * Header Jun 2024: `First Name,Last Name,Company,Job Title,Text,Creation Date,Status`.
 * Dates `"12/24/23, 05:28 AM"` (zero-padded hour). A pandas round-trip was seen with
 * `Creation Date.1` and without `First Name`: both are tolerated.
 */
const columns = {
  firstName: ["First Name"],
  lastName: ["Last Name"],
  company: ["Company"],
  jobTitle: ["Job Title"],
  text: ["Text"],
  creationDate: ["Creation Date"],
  status: ["Status"],
} as const;

export const recommendationsParser = csvFileParser(
  "Recommendations_Received.csv",
  { columns, required: ["text"] },
  (row, ctx) => ({
    kind: "recommendation-received",
    firstName: row.get("firstName"),
    lastName: row.get("lastName"),
    company: row.get("company"),
    jobTitle: row.get("jobTitle"),
    text: row.get("text"),
    creationDate: dateCell(row, ctx, "creationDate", toTimestamp, false),
    status: row.get("status"),
  }),
);
