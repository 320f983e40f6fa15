import { toTimestamp } from "../dates.js";
import { csvFileParser, dateCell, requiredCell } from "./spec.js";

/**
 * `Company Follows.csv` (EXPORT-FORMATS.md §1.2, §1.6).
 *
 * Header 2021 → Dec 2024: `Organization,Followed On`. Dates in Java `Date.toString()` style:
 * `Wed Mar 13 18:51:14 UTC 2024`, stored as an ISO timestamp.
 */
const columns = { organization: ["Organization"], followedOn: ["Followed On"] } as const;

export const companyFollowsParser = csvFileParser(
  "Company Follows.csv",
  { columns, required: ["organization"] },
  (row, ctx) => {
    const organization = requiredCell(row, ctx, "organization");
    if (organization === null) return null;
    const followedOn = dateCell(row, ctx, "followedOn", toTimestamp, false);
    return { kind: "company-follow", organization, followedOn };
  },
);
