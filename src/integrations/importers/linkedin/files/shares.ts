import { toTimestamp } from "../dates.js";
import { csvFileParser, dateCell } from "./spec.js";

/**
 * `Shares.csv`, the owner's posts (EXPORT-FORMATS.md §1.4).
 *
 * Header variants:
 * - 2018: UTF-16LE with BOM, tab-separated, every field quoted: `"Date" "Share Title"
 *   "Share Description" "Share Link" "Share Commentary" "Shared URL" "Media URL" "Type"
 *   "Visibility"`, dates `2017/06/08 08:15:44 UTC` (decoding and delimiter are detected upstream).
 * - 2021 → Mar 2024: `Date,ShareLink,ShareCommentary,SharedURL,MediaURL,Visibility` (CRLF in
 *   Mar 2024).
 * - Jun 2024 → 2025: `Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility`.
 * 2021+ dates: `2025-07-01 14:33:22` (no zone: read as UTC).
 *
 * Multi-line quirk (2021–2025): each line of a post is wrapped in its own quotes inside the CSV
 * field, so the parsed commentary holds `…"\n"…`; `/"(\r?\n)"/g → "$1"` restores the text.
 */
const columns = {
  date: ["Date"],
  shareLink: ["ShareLink", "Share Link"],
  commentary: ["ShareCommentary", "Share Commentary"],
  sharedUrl: ["SharedUrl", "Shared URL"],
  mediaUrl: ["MediaUrl", "Media URL"],
  visibility: ["Visibility"],
} as const;

/** Undoes the per-line quoting of multi-line posts. */
export function fixShareCommentary(text: string): string {
  return text.replace(/"(\r?\n)"/g, "$1");
}

export const sharesParser = csvFileParser(
  "Shares.csv",
  { columns, required: ["date", "shareLink"] },
  (row, ctx) => {
    const date = dateCell(row, ctx, "date", toTimestamp, true);
    if (date === null) return null;
    const commentary = row.get("commentary");
    return {
      kind: "share",
      date,
      shareLink: row.get("shareLink"),
      commentary: commentary === null ? null : fixShareCommentary(commentary),
      sharedUrl: row.get("sharedUrl"),
      mediaUrl: row.get("mediaUrl"),
      visibility: row.get("visibility"),
    };
  },
);
