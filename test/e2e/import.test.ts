/**
 * End-to-end: the first job of the product from the browser. The dashboard starts on an empty
 * data folder; the person imports the bundled sample with the Import page's button, sees the
 * horizon score on the overview, uploads a file that is not an export (refused, nothing lost),
 * and uploads a candidate list that Discover then suggests people from.
 * Skipped when the browser is not installed.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translator } from "../../src/server/i18n/index.js";
import {
  E2E_TIMEOUT_MS,
  launchChromium,
  type PageWatch,
  SKIP_REASON,
  watchedContext,
} from "./support/browser.js";
import {
  type E2eDashboard,
  logIn,
  navigate,
  openPage,
  startSampleDashboard,
  submitForm,
} from "./support/dashboard.js";

if (SKIP_REASON !== null) console.warn(SKIP_REASON);

/**
 * Attendees of a (made-up) data meetup: titles near the sample person's work (cloud and data
 * platforms), so discovery finds them relevant; the third row has no usable profile URL.
 */
const ATTENDEES = `Name,Title,Company,Profile URL
Frieda Kern,Head of Data Platform,Stadtwerke Kiel,https://www.linkedin.com/in/frieda-kern-e2e
Mia Muster,Data Engineer,Nordlicht Energie GmbH,https://www.linkedin.com/in/mia-muster-e2e
Ole Ohne,Product Manager Analytics,Klimahaus AG,not-a-url
`;

describe.skipIf(SKIP_REASON !== null)("import from the browser (headless Chromium)", () => {
  let browser: Browser;
  let dash: E2eDashboard;
  let page: Page;
  let watch: PageWatch;
  let files: string;
  const en = translator("en");

  beforeAll(async () => {
    files = mkdtempSync(join(tmpdir(), "tellerrand-e2e-upload-"));
    [browser, dash] = await Promise.all([
      launchChromium(),
      startSampleDashboard({ sample: false }),
    ]);
    ({ page, watch } = await watchedContext(browser));
    await logIn(page, dash);
  }, E2E_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await dash?.close();
    if (files !== undefined) rmSync(files, { recursive: true, force: true });
  }, E2E_TIMEOUT_MS);

  it(
    "imports the bundled sample with the button, and the overview shows the horizon score",
    async () => {
      watch.clear();
      expect(await page.locator("#empty").count()).toBe(1);
      expect(await page.locator("#score-value").count()).toBe(0);
      await navigate(page, en("nav.import"));
      const notice = await submitForm(page, "#sample-import");
      expect(notice?.kind, notice?.text).toBe("ok");
      const reports = page.locator(".import-report");
      expect(await reports.count()).toBe(2);
      expect(await page.locator(".import-report[data-status=imported]").count()).toBe(2);
      expect(await reports.first().textContent()).toContain(
        "Imported Complete_LinkedInDataExport_11-20-2025.zip as snapshot #1",
      );
      await openPage(page, dash, "/");
      const score = (await page.locator("#score-value").textContent()) ?? "";
      expect(score).toMatch(/^\d{1,3}\s*\/ 100$/);
      expect(await page.locator("#trend tbody tr").count()).toBe(2);
      expect(watch.problems()).toEqual([]);
    },
    E2E_TIMEOUT_MS,
  );

  it(
    "refuses a file that is not an export with the page again and a 400, losing nothing",
    async () => {
      watch.clear();
      const bogus = join(files, "holiday.zip");
      writeFileSync(bogus, "these are not the files you are looking for");
      await openPage(page, dash, "/import");
      await page.locator("#export-file").setInputFiles(bogus);
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().isNavigationRequest()),
        page.locator("#linkedin-import [type=submit]").click(),
      ]);
      expect(response.status()).toBe(400);
      await page.waitForLoadState();
      const notice = page.locator("#notice.error");
      expect(await notice.textContent()).toContain("holiday.zip is not a ZIP archive");
      expect(await page.locator("#linkedin-import").count()).toBe(1);
      await openPage(page, dash, "/");
      expect(await page.locator("#trend tbody tr").count()).toBe(2);
      // The refused upload left the browser's console alone except for the 400 itself.
      expect(watch.pageErrors).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
    },
    E2E_TIMEOUT_MS,
  );

  it(
    "uploads a candidate list, reports its bad row, and Discover suggests its people",
    async () => {
      watch.clear();
      const csv = join(files, "meetup-attendees.csv");
      writeFileSync(csv, ATTENDEES);
      await openPage(page, dash, "/import");
      await page.locator("#candidates-file").setInputFiles(csv);
      const notice = await submitForm(page, "#candidates-import");
      expect(notice?.kind, notice?.text).toBe("ok");
      const report = page.locator("#candidates-report");
      expect(await report.locator("strong").textContent()).toBe(
        "meetup-attendees.csv: 2 candidates read, 2 new, 0 already known, 1 rows skipped.",
      );
      expect(await page.locator("#candidate-errors tbody tr").allTextContents()).toEqual([
        expect.stringMatching(/^4profile URL.*not-a-url/),
      ]);
      await Promise.all([
        page.waitForURL(new URL("/discover?kind=people", dash.url).href),
        page.locator("#discover-people").click(),
      ]);
      const suggestions = page.locator("#suggestions tbody");
      await expect.poll(() => suggestions.textContent()).toContain("Frieda Kern");
      expect(await suggestions.textContent()).toContain("meetup-attendees.csv");
      expect(watch.problems()).toEqual([]);
    },
    E2E_TIMEOUT_MS,
  );
});
