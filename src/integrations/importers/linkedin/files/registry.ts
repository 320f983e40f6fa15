import type { LinkedInFileName } from "../../../../domain/linkedin/records.js";
import { certificationsParser } from "./certifications.js";
import { commentsParser } from "./comments.js";
import { companyFollowsParser } from "./company-follows.js";
import { connectionsParser } from "./connections.js";
import { educationParser } from "./education.js";
import { endorsementsParser } from "./endorsements.js";
import { invitationsParser } from "./invitations.js";
import { languagesParser } from "./languages.js";
import { messagesParser } from "./messages.js";
import { positionsParser } from "./positions.js";
import { profileParser } from "./profile.js";
import { reactionsParser } from "./reactions.js";
import { recommendationsParser } from "./recommendations.js";
import { sharesParser } from "./shares.js";
import { skillsParser } from "./skills.js";
import type { FileParser } from "./spec.js";

/** The parser of each file Tellerrand reads. */
export const FILE_PARSERS: Readonly<Record<LinkedInFileName, FileParser>> = {
  "Connections.csv": connectionsParser,
  "Profile.csv": profileParser,
  "Positions.csv": positionsParser,
  "Education.csv": educationParser,
  "Skills.csv": skillsParser,
  "Languages.csv": languagesParser,
  "Certifications.csv": certificationsParser,
  "Invitations.csv": invitationsParser,
  "messages.csv": messagesParser,
  "Shares.csv": sharesParser,
  "Comments.csv": commentsParser,
  "Reactions.csv": reactionsParser,
  "Company Follows.csv": companyFollowsParser,
  "Endorsement_Received_Info.csv": endorsementsParser,
  "Recommendations_Received.csv": recommendationsParser,
};
