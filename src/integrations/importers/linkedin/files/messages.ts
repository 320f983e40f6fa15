import { toTimestamp } from "../dates.js";
import { decodeHtmlEntities } from "./html.js";
import { csvFileParser, dateCell } from "./spec.js";

/**
 * `messages.csv` (EXPORT-FORMATS.md §1.7); the 2018 export named it `Messages.csv`.
 *
 * Header variants:
 * - 2018: `From,To,Date,Subject,Content,Direction,Folder`, Date `"10/16/18, 8:36 AM"`,
 *   Direction `INCOMING`/`OUTGOING`, Content with HTML entities (`&rsquo;`, decoded here).
 * - Jun 2021, Sep 2022: `CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,
 *   SUBJECT,CONTENT,FOLDER`
 * - Mar/Jun 2024: adds `RECIPIENT PROFILE URLS` after `TO`.
 * - Dec 2024: adds `IS MESSAGE DRAFT,IS CONVERSATION DRAFT`; Nov 2025: `ATTACHMENTS,IS MESSAGE DRAFT`.
 * 2021+ dates: `2024-03-20 15:09:26 UTC`. A message is a draft when either draft flag is true.
 * Files can be huge (hundreds of thousands of rows): rows are streamed, never collected.
 */
const columns = {
  conversationId: ["Conversation ID"],
  conversationTitle: ["Conversation Title"],
  from: ["From"],
  senderProfileUrl: ["Sender Profile URL"],
  to: ["To"],
  recipientProfileUrls: ["Recipient Profile URLs"],
  date: ["Date"],
  subject: ["Subject"],
  content: ["Content"],
  direction: ["Direction"],
  folder: ["Folder"],
  messageDraft: ["Is Message Draft"],
  conversationDraft: ["Is Conversation Draft"],
} as const;

const TRUE = new Set(["true", "yes", "1", "y"]);

export const messagesParser = csvFileParser(
  "messages.csv",
  { columns, required: ["from", "date", "content"] },
  (row, ctx) => {
    const date = dateCell(row, ctx, "date", toTimestamp, true);
    if (date === null) return null;
    const legacy = row.has("direction");
    const content = row.get("content");
    const direction = row.get("direction")?.toUpperCase();
    const flag = (key: "messageDraft" | "conversationDraft") =>
      TRUE.has(row.get(key)?.toLowerCase() ?? "");
    return {
      kind: "message",
      conversationId: row.get("conversationId"),
      conversationTitle: row.get("conversationTitle"),
      from: row.get("from"),
      senderProfileUrl: row.get("senderProfileUrl"),
      to: row.get("to"),
      recipientProfileUrls: row.get("recipientProfileUrls"),
      date,
      subject: row.get("subject"),
      content: legacy && content !== null ? decodeHtmlEntities(content) : content,
      folder: row.get("folder"),
      direction: direction === "INCOMING" || direction === "OUTGOING" ? direction : null,
      isDraft: flag("messageDraft") || flag("conversationDraft"),
    };
  },
);
