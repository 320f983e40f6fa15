import { toTimestamp } from "../dates.js";
import { csvFileParser, dateCell } from "./spec.js";

/**
 * `Invitations.csv` (EXPORT-FORMATS.md §1.2, §1.9).
 *
 * Header variants:
 * - 2018 → 2022: `From,To,Sent At,Message,Direction`
 * - Jan 2024: `…,Direction,inviterProfileUrn,inviteeProfileUrn` (values `urn:li:member:<n>`)
 * - Mar/Jun/Dec 2024: `…,Direction,inviterProfileUrl,inviteeProfileUrl`
 * `Sent At` is `"1/8/18, 6:14 PM"` (M/D/YY, h:mm AM/PM) in every year. The URN variant is kept
 * as is in the URL fields: it still identifies the member.
 */
const columns = {
  from: ["From"],
  to: ["To"],
  sentAt: ["Sent At"],
  message: ["Message"],
  direction: ["Direction"],
  inviter: ["inviterProfileUrl", "inviterProfileUrn"],
  invitee: ["inviteeProfileUrl", "inviteeProfileUrn"],
} as const;

export const invitationsParser = csvFileParser(
  "Invitations.csv",
  { columns, required: ["sentAt", "direction"] },
  (row, ctx) => {
    const sentAt = dateCell(row, ctx, "sentAt", toTimestamp, true);
    const direction = row.get("direction")?.toUpperCase();
    if (direction !== "INCOMING" && direction !== "OUTGOING") {
      ctx.problem(`direction is "${direction ?? ""}", expected INCOMING or OUTGOING`, "direction");
      return null;
    }
    if (sentAt === null) return null;
    return {
      kind: "invitation",
      from: row.get("from"),
      to: row.get("to"),
      sentAt,
      message: row.get("message"),
      direction,
      inviterProfileUrl: row.get("inviter"),
      inviteeProfileUrl: row.get("invitee"),
    };
  },
);
