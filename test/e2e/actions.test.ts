/**
 * End-to-end: acting on the bubble in a real headless Chromium. The exploration dial changes
 * the suggestions (by keyboard, the script submitting the form); a draft composed from text is
 * counted live while typing and approved; a contact is marked from the triage list.
 * Skipped when the browser is not installed.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
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
  openPage,
  startSampleDashboard,
  submitForm,
} from "./support/dashboard.js";

if (SKIP_REASON !== null) console.warn(SKIP_REASON);

const keys = (page: Page) =>
  page
    .locator("#suggestions tbody tr")
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-key")));

describe.skipIf(SKIP_REASON !== null)("acting from the dashboard in headless Chromium", () => {
  let browser: Browser;
  let dash: E2eDashboard;
  let main: { context: BrowserContext; page: Page; watch: PageWatch };
  const en = translator("en");

  beforeAll(async () => {
    [browser, dash] = await Promise.all([launchChromium(), startSampleDashboard()]);
    main = await watchedContext(browser);
    await logIn(main.page, dash);
  }, E2E_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await dash?.close();
  }, E2E_TIMEOUT_MS);

  it(
    "turning the exploration dial with the keyboard changes the list of suggestions",
    async () => {
      const { page, watch } = main;
      await openPage(page, dash, "/discover?kind=topics&explore=0");
      watch.clear();
      const before = await keys(page);
      expect(before.length).toBeGreaterThan(0);
      // The submit button is hidden when the script runs: the dial submits itself on change.
      expect(await page.locator("#discover-form button[type=submit]").isVisible()).toBe(false);
      await page.locator("#explore").focus();
      await Promise.all([
        page.waitForURL((url) => url.searchParams.get("explore") === "1"),
        page.keyboard.press("End"),
      ]);
      await expect.poll(() => page.locator("#explore").inputValue()).toBe("1");
      const after = await keys(page);
      expect(after.length).toBeGreaterThan(0);
      expect(after).not.toEqual(before);
      expect(await page.locator("#explore-value").textContent()).toBe("1.0");
      expect(watch.problems()).toEqual([]);
    },
    E2E_TIMEOUT_MS,
  );

  it(
    "composes a draft from text with live counters and approves it",
    async () => {
      const { page, watch } = main;
      await openPage(page, dash, "/outbox");
      watch.clear();
      await page.locator("#compose-text").fill("x".repeat(300));
      // The live counter (the static script and /api/publishing/count) says X has no room.
      await expect
        .poll(() => page.locator("#live-x").textContent())
        .toContain("over the limit of 280");
      expect(await page.locator("#live-x").getAttribute("class")).toContain("over");
      await page
        .locator("#compose-text")
        .fill("What a year of platform engineering taught our team");
      await expect
        .poll(() => page.locator("#live-x").textContent())
        .toMatch(/^\d+ of 280 weighted characters left$/);
      const notice = await submitForm(page, "#compose-form");
      expect(notice?.kind).toBe("ok");
      const approve = page.locator("#drafts button[id^=approve-]").first();
      const id = ((await approve.getAttribute("id")) ?? "").replace("approve-", "");
      expect(await page.locator(`#state-${id}`).textContent()).toBe(en("state.draft"));
      await Promise.all([
        page.waitForResponse(
          (r) => r.request().isNavigationRequest() && r.request().method() === "POST",
        ),
        approve.click(),
      ]);
      await page.waitForLoadState();
      expect(await page.locator("#notice").textContent()).toContain(`#${id}`);
      expect(await page.locator(`#state-${id}`).textContent()).toBe(en("state.approved"));
      expect(await page.locator(`#schedule-${id}`).isVisible()).toBe(true);
      expect(watch.problems()).toEqual([]);
    },
    E2E_TIMEOUT_MS,
  );

  it(
    "marks a ballast contact “reconnect” from the triage list: it moves to the dormant ones",
    async () => {
      const { page, watch } = main;
      await openPage(page, dash, "/triage?category=ballast");
      watch.clear();
      const row = page.locator("#cat-ballast tbody tr").first();
      const rowId = (await row.getAttribute("id")) ?? "";
      await Promise.all([
        page.waitForResponse(
          (r) => r.request().isNavigationRequest() && r.request().method() === "POST",
        ),
        row.getByRole("button", { name: en("mark.reconnect"), exact: true }).click(),
      ]);
      await page.waitForLoadState();
      expect(await page.locator("#notice").textContent()).toContain(en("mark.reconnect"));
      // The form kept the filter: the contact has left the ballast list.
      expect(await page.locator(`#${rowId}`).count()).toBe(0);
      // Low relevance puts it far down the dormant list: ask for all of it.
      await openPage(page, dash, "/triage?category=dormant&limit=1000");
      const moved = page.locator(`#${rowId}`);
      expect(await moved.getAttribute("data-category")).toBe("dormant");
      expect(await moved.locator("button[aria-pressed=true]").textContent()).toBe(
        en("mark.reconnect"),
      );
      expect(watch.problems()).toEqual([]);
    },
    E2E_TIMEOUT_MS,
  );
});
