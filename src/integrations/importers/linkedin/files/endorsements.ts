import { toTimestamp } from "../dates.js";
import { csvFileParser, dateCell, requiredCell } from "./spec.js";

/**
 * `Endorsement_Received_Info.csv` (EXPORT-FORMATS.md §1.2, §1.8).
 *
 * Header variants:
 * - Dec 2021: `Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorsement Status`
 * - 2024: adds `Endorser Public Url` before the status.
 * Dates `2022/04/01 11:05:54 UTC`. The public URL has no scheme (`www.linkedin.com/in/<slug>`):
 * `https://` is added. Status is `ACCEPTED`.
 */
const columns = {
  date: ["Endorsement Date"],
  skillName: ["Skill Name"],
  firstName: ["Endorser First Name"],
  lastName: ["Endorser Last Name"],
  url: ["Endorser Public Url"],
  status: ["Endorsement Status"],
} as const;

/** @example withScheme("www.linkedin.com/in/x") // "https://www.linkedin.com/in/x" */
export function withScheme(url: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url.replace(/^\/+/, "")}`;
}

export const endorsementsParser = csvFileParser(
  "Endorsement_Received_Info.csv",
  { columns, required: ["skillName", "firstName"] },
  (row, ctx) => {
    const skillName = requiredCell(row, ctx, "skillName");
    if (skillName === null) return null;
    const url = row.get("url");
    return {
      kind: "endorsement-received",
      date: dateCell(row, ctx, "date", toTimestamp, false),
      skillName,
      endorserFirstName: row.get("firstName"),
      endorserLastName: row.get("lastName"),
      endorserProfileUrl: url === null ? null : withScheme(url),
      status: row.get("status"),
    };
  },
);
