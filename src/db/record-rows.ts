import { hash } from "node:crypto";
import type { LinkedInRecord } from "../domain/linkedin/records.js";
import type { Database } from "./tables.js";

/** Insert target for one non-connection record: the table and its row. */
export type RecordRow = {
  [T in keyof Database]: { table: T; row: Record<string, unknown> };
}[keyof Database];

function fingerprint(...parts: Array<string | null>): string {
  return hash("sha1", parts.map((p) => p ?? "\u0000").join("\u001f"));
}

/**
 * Maps a record to the row that stores it. Rows without a natural key get a fingerprint of their
 * content, so importing the same record twice is a no-op (`on conflict do nothing`).
 */
export function recordRow(record: LinkedInRecord, orgKey: string | null): RecordRow | null {
  switch (record.kind) {
    case "connection":
      return null;
    case "profile":
      return {
        table: "profile",
        row: {
          id: 1,
          first_name: record.firstName,
          last_name: record.lastName,
          headline: record.headline,
          summary: record.summary,
          industry: record.industry,
          geo_location: record.geoLocation,
        },
      };
    case "position":
      return {
        table: "own_positions",
        row: {
          company_name: record.companyName,
          org_key: orgKey,
          title: record.title,
          description: record.description,
          location: record.location,
          started_on: record.startedOn,
          finished_on: record.finishedOn,
        },
      };
    case "education":
      return {
        table: "education",
        row: {
          school_name: record.schoolName,
          start_date: record.startDate,
          end_date: record.endDate,
          degree_name: record.degreeName,
          notes: record.notes,
          activities: record.activities,
        },
      };
    case "skill":
      return { table: "skills", row: { name: record.name } };
    case "language":
      return { table: "languages", row: { name: record.name, proficiency: record.proficiency } };
    case "certification":
      return {
        table: "certifications",
        row: {
          name: record.name,
          url: record.url,
          authority: record.authority,
          started_on: record.startedOn,
          finished_on: record.finishedOn,
          license_number: record.licenseNumber,
        },
      };
    case "invitation":
      return {
        table: "invitations",
        row: {
          sender: record.from,
          recipient: record.to,
          sent_at: record.sentAt,
          message: record.message,
          direction: record.direction,
          inviter_profile_url: record.inviterProfileUrl,
          invitee_profile_url: record.inviteeProfileUrl,
        },
      };
    default:
      return activityRow(record);
  }
}

function activityRow(record: LinkedInRecord): RecordRow | null {
  switch (record.kind) {
    case "message":
      return {
        table: "messages",
        row: {
          fingerprint: fingerprint(record.conversationId, record.date, record.from, record.content),
          conversation_id: record.conversationId,
          conversation_title: record.conversationTitle,
          sender: record.from,
          sender_profile_url: record.senderProfileUrl,
          recipients: record.to,
          recipient_profile_urls: record.recipientProfileUrls,
          sent_at: record.date,
          subject: record.subject,
          content: record.content,
          folder: record.folder,
          direction: record.direction,
          is_draft: record.isDraft ? 1 : 0,
        },
      };
    case "share":
      return {
        table: "shares",
        row: {
          fingerprint: fingerprint(record.date, record.shareLink, record.commentary),
          shared_at: record.date,
          share_link: record.shareLink,
          commentary: record.commentary,
          shared_url: record.sharedUrl,
          media_url: record.mediaUrl,
          visibility: record.visibility,
        },
      };
    case "comment":
      return {
        table: "comments",
        row: {
          fingerprint: fingerprint(record.date, record.link, record.message),
          commented_at: record.date,
          link: record.link,
          message: record.message,
        },
      };
    case "reaction":
      return {
        table: "reactions",
        row: {
          fingerprint: fingerprint(record.date, record.type, record.link),
          reacted_at: record.date,
          type: record.type,
          link: record.link,
        },
      };
    case "company-follow":
      return {
        table: "company_follows",
        row: { organization: record.organization, followed_on: record.followedOn },
      };
    case "endorsement-received":
      return {
        table: "endorsements_received",
        row: {
          fingerprint: fingerprint(
            record.date,
            record.skillName,
            record.endorserProfileUrl ?? `${record.endorserFirstName} ${record.endorserLastName}`,
          ),
          endorsed_at: record.date,
          skill_name: record.skillName,
          endorser_first_name: record.endorserFirstName,
          endorser_last_name: record.endorserLastName,
          endorser_profile_url: record.endorserProfileUrl,
          status: record.status,
        },
      };
    case "recommendation-received":
      return {
        table: "recommendations_received",
        row: {
          fingerprint: fingerprint(
            record.firstName,
            record.lastName,
            record.creationDate,
            record.text,
          ),
          first_name: record.firstName,
          last_name: record.lastName,
          company: record.company,
          job_title: record.jobTitle,
          text: record.text,
          created_at: record.creationDate,
          status: record.status,
        },
      };
    default:
      return null;
  }
}
