import { toMonth } from "../dates.js";
import { csvFileParser, dateCell, requiredCell } from "./spec.js";

/**
 * `Education.csv` (EXPORT-FORMATS.md §1.2, §1.8).
 *
 * Header, unchanged 2018 → Dec 2024: `School Name,Start Date,End Date,Notes,Degree Name,Activities`.
 * Dates: `2004`, `Dec 2021`, or empty. `Degree Name` is free text (`"Matriculation,High School"`).
 */
const columns = {
  schoolName: ["School Name"],
  startDate: ["Start Date"],
  endDate: ["End Date"],
  notes: ["Notes"],
  degreeName: ["Degree Name"],
  activities: ["Activities"],
} as const;

export const educationParser = csvFileParser(
  "Education.csv",
  { columns, required: ["schoolName"] },
  (row, ctx) => {
    const schoolName = requiredCell(row, ctx, "schoolName");
    if (schoolName === null) return null;
    return {
      kind: "education",
      schoolName,
      startDate: dateCell(row, ctx, "startDate", toMonth, false),
      endDate: dateCell(row, ctx, "endDate", toMonth, false),
      degreeName: row.get("degreeName"),
      notes: row.get("notes"),
      activities: row.get("activities"),
    };
  },
);
