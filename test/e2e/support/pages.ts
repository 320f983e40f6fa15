/**
 * The dashboard's pages as the end-to-end tests visit them. A new page (triage, discover,
 * digest, outbox, …) adds one entry here and is then opened, checked for its key content and
 * watched for console errors and CSP violations by `dashboard.test.ts` without further code.
 */
import type { MessageKey } from "../../../src/server/i18n/index.js";

export interface E2ePage {
  /** The path the navigation links to. */
  path: string;
  /** The navigation label (translated at test time, so German runs use the same list). */
  nav: MessageKey;
  /** The page's `<h1>`. */
  title: MessageKey;
  /** Elements that must be visible once the page has loaded (its key content). */
  visible: string[];
  /** Minimum number of matches for selectors that repeat (chart bars, rows, …). */
  atLeast?: Record<string, number>;
}

/** In navigation order. */
export const E2E_PAGES: readonly E2ePage[] = [
  {
    path: "/",
    nav: "nav.overview",
    title: "overview.title",
    visible: ["#score-value", "#next-steps", "#trend", "main figure svg"],
    atLeast: { "#next-steps li[data-part]": 3, "#trend tbody tr": 2 },
  },
  {
    path: "/network",
    nav: "nav.network",
    title: "network.title",
    visible: ["#dim-employer", "#dim-function", "#dim-seniority", "#development-h", "#segment-map"],
    atLeast: { "a[href^='/network/segment?']": 4, "main figure svg": 3 },
  },
  {
    path: "/triage",
    nav: "nav.triage",
    title: "triage.title",
    visible: ["#triage-summary", "#triage-filter", "#triage-q", "#cat-door-opener", "#cat-ballast"],
    atLeast: { "form.marks": 4, "form.marks button[value=keep]": 4 },
  },
  {
    path: "/invitations",
    nav: "nav.invitations",
    title: "invitations.title",
    visible: ["#invitations-summary", "#invitations"],
    atLeast: { "#invitations tbody tr": 1 },
  },
  {
    path: "/discover",
    nav: "nav.discover",
    title: "discover.title",
    visible: ["#discover-form", "#discover-kind", "#explore", "#discover-summary"],
  },
  {
    path: "/digest",
    nav: "nav.digest",
    title: "digest.title",
    visible: ["#digest-summary", "#hidden-toggle"],
  },
  {
    path: "/feeds",
    nav: "nav.feeds",
    title: "feeds.title",
    visible: ["#add-feed", "#feed-url", "#opml-import", "#opml-export"],
  },
  {
    path: "/outbox",
    nav: "nav.outbox",
    title: "outbox.title",
    visible: ["#compose-form", "#compose-url", "#compose-text", "#live-counts", "#drafts"],
    atLeast: { "#live-counts output": 3 },
  },
  {
    path: "/import",
    nav: "nav.import",
    title: "import.title",
    visible: ["#linkedin-import", "#export-file", "#sample-import", "#candidates-import"],
  },
  {
    path: "/settings",
    nav: "nav.settings",
    title: "settings.title",
    visible: ["#profile-name", "#politics", "#data-export", "#wipe-form"],
  },
];
