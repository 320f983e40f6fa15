import { csvFileParser } from "./spec.js";

/**
 * `Profile.csv` (EXPORT-FORMATS.md §1.2, §1.8). One row: the owner.
 *
 * Header variants:
 * - 2018: `First Name,Last Name,Maiden Name,Address,Birth Date,Contact Instructions,Headline,
 *   Summary,Industry,Country,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers`
 * - 2024: the same without `Contact Instructions` and `Country`.
 *
 * No date is read (`Birth Date` is `"Feb 17, 1998"` in 2018 and `Mar 7`, without year, in 2024).
 */
const columns = {
  firstName: ["First Name"],
  lastName: ["Last Name"],
  headline: ["Headline"],
  summary: ["Summary"],
  industry: ["Industry"],
  geoLocation: ["Geo Location"],
} as const;

export const profileParser = csvFileParser(
  "Profile.csv",
  { columns, required: ["firstName", "lastName"] },
  (row) => ({
    kind: "profile",
    firstName: row.get("firstName"),
    lastName: row.get("lastName"),
    headline: row.get("headline"),
    summary: row.get("summary"),
    industry: row.get("industry"),
    geoLocation: row.get("geoLocation"),
  }),
);
