import type { DashboardPage } from "../env.js";
import { digestPage } from "./digest.js";
import { discoverPage } from "./discover.js";
import { feedsPage } from "./feeds.js";
import { importPage } from "./import.js";
import { invitationsPage } from "./invitations.js";
import { networkPage } from "./network.js";
import { outboxPage } from "./outbox.js";
import { overviewPage } from "./overview.js";
import { settingsPage } from "./settings.js";
import { triagePage } from "./triage.js";

/**
 * Every page of the dashboard, in navigation order. A new page is one file exporting a
 * `DashboardPage` and one line here.
 */
export const PAGES: readonly DashboardPage[] = [
  overviewPage,
  networkPage,
  triagePage,
  invitationsPage,
  discoverPage,
  digestPage,
  feedsPage,
  outboxPage,
  importPage,
  settingsPage,
];
