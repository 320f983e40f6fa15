/**
 * Typed records read from a LinkedIn data export. Importers produce them, the store keeps them.
 * Dates are normalised: `YYYY-MM-DD` for day precision, ISO 8601 UTC (`YYYY-MM-DDTHH:mm:ssZ`)
 * for timestamps, `YYYY-MM` or `YYYY` for the month/year precision LinkedIn gives positions.
 * Empty source cells (including `NA`, `N/A`) become `null`.
 */

/** A per-record problem: reported at the end of an import, never aborts it. */
export interface ImportProblem {
  file: string;
  /** 1-based physical line in the file where the record starts (0 if unknown). */
  line: number;
  field?: string;
  reason: string;
}

export interface ConnectionRecord {
  kind: "connection";
  firstName: string | null;
  lastName: string | null;
  /** Public profile URL (`https://www.linkedin.com/in/<slug>`), added to the export in 2023. */
  url: string | null;
  email: string | null;
  company: string | null;
  position: string | null;
  /** `YYYY-MM-DD` */
  connectedOn: string;
}

export interface ProfileRecord {
  kind: "profile";
  firstName: string | null;
  lastName: string | null;
  headline: string | null;
  summary: string | null;
  industry: string | null;
  geoLocation: string | null;
}

export interface PositionRecord {
  kind: "position";
  companyName: string;
  title: string | null;
  description: string | null;
  location: string | null;
  /** `YYYY-MM` or `YYYY` */
  startedOn: string | null;
  /** `YYYY-MM` or `YYYY`; null means current */
  finishedOn: string | null;
}

export interface EducationRecord {
  kind: "education";
  schoolName: string;
  startDate: string | null;
  endDate: string | null;
  degreeName: string | null;
  notes: string | null;
  activities: string | null;
}

export interface SkillRecord {
  kind: "skill";
  name: string;
}

export interface LanguageRecord {
  kind: "language";
  name: string;
  proficiency: string | null;
}

export interface CertificationRecord {
  kind: "certification";
  name: string;
  url: string | null;
  authority: string | null;
  startedOn: string | null;
  finishedOn: string | null;
  licenseNumber: string | null;
}

export interface InvitationRecord {
  kind: "invitation";
  from: string | null;
  to: string | null;
  /** ISO timestamp */
  sentAt: string;
  message: string | null;
  direction: "INCOMING" | "OUTGOING";
  inviterProfileUrl: string | null;
  inviteeProfileUrl: string | null;
}

export interface MessageRecord {
  kind: "message";
  conversationId: string | null;
  conversationTitle: string | null;
  from: string | null;
  senderProfileUrl: string | null;
  to: string | null;
  recipientProfileUrls: string | null;
  /** ISO timestamp */
  date: string;
  subject: string | null;
  content: string | null;
  folder: string | null;
  /** 2018 files have `Direction`; later ones do not (derive from the owner's URL). */
  direction: "INCOMING" | "OUTGOING" | null;
  isDraft: boolean;
}

export interface ShareRecord {
  kind: "share";
  /** ISO timestamp */
  date: string;
  shareLink: string | null;
  commentary: string | null;
  sharedUrl: string | null;
  mediaUrl: string | null;
  visibility: string | null;
}

export interface CommentRecord {
  kind: "comment";
  date: string | null;
  link: string | null;
  message: string | null;
}

export interface ReactionRecord {
  kind: "reaction";
  date: string;
  type: string;
  link: string | null;
}

export interface CompanyFollowRecord {
  kind: "company-follow";
  organization: string;
  followedOn: string | null;
}

export interface EndorsementReceivedRecord {
  kind: "endorsement-received";
  date: string | null;
  skillName: string;
  endorserFirstName: string | null;
  endorserLastName: string | null;
  /** Normalised to `https://www.linkedin.com/in/<slug>` (the file has no scheme). */
  endorserProfileUrl: string | null;
  status: string | null;
}

export interface RecommendationReceivedRecord {
  kind: "recommendation-received";
  firstName: string | null;
  lastName: string | null;
  company: string | null;
  jobTitle: string | null;
  text: string | null;
  creationDate: string | null;
  status: string | null;
}

export type LinkedInRecord =
  | ConnectionRecord
  | ProfileRecord
  | PositionRecord
  | EducationRecord
  | SkillRecord
  | LanguageRecord
  | CertificationRecord
  | InvitationRecord
  | MessageRecord
  | ShareRecord
  | CommentRecord
  | ReactionRecord
  | CompanyFollowRecord
  | EndorsementReceivedRecord
  | RecommendationReceivedRecord;

export type LinkedInRecordKind = LinkedInRecord["kind"];

/** The export files the importer reads, by canonical name. */
export const LINKEDIN_FILES = [
  "Connections.csv",
  "Profile.csv",
  "Positions.csv",
  "Education.csv",
  "Skills.csv",
  "Languages.csv",
  "Certifications.csv",
  "Invitations.csv",
  "messages.csv",
  "Shares.csv",
  "Comments.csv",
  "Reactions.csv",
  "Company Follows.csv",
  "Endorsement_Received_Info.csv",
  "Recommendations_Received.csv",
] as const;

export type LinkedInFileName = (typeof LINKEDIN_FILES)[number];

/**
 * What reading an export yields, in file order. A consumer stores `record`s, collects
 * `problem`s and reports `skipped` files; `file` events bracket each file read.
 */
export type ExportEvent =
  | { type: "file"; file: LinkedInFileName; entry: string }
  | { type: "record"; file: LinkedInFileName; line: number; record: LinkedInRecord }
  | { type: "problem"; problem: ImportProblem }
  | { type: "skipped"; entry: string; reason: string }
  | { type: "file-done"; file: LinkedInFileName; records: number; problems: number };

/** Facts about the archive as a whole. */
export interface ExportInfo {
  /** Path the user gave. */
  source: string;
  /** `basic`, `complete` or `unknown` (from the ZIP name, or guessed from the files present). */
  variant: "basic" | "complete" | "unknown";
  /** Export date from the file name (`…_MM-DD-YYYY.zip`) as `YYYY-MM-DD`, if present. */
  exportDate: string | null;
  /** Newest modification date of the files read, `YYYY-MM-DD`: the as-of date when the name has none. */
  filesDate: string | null;
  /** SHA-256 over the bytes of the files read, in canonical order: equal exports, equal hash. */
  contentHash: string;
}
