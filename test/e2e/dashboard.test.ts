/**
 * End-to-end: the real server in a real headless Chromium (Debian's `chromium`, driven by
 * `playwright-core`). Logging in, every page, the language switch. Skipped when the browser
 * is not installed.
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
  logInWithPassword,
  navigate,
  openPage,
  startSampleDashboard,
} from "./support/dashboard.js";
import { E2E_PAGES } from "./support/pages.js";

if (SKIP_REASON !== null) console.warn(SKIP_REASON);

describe.skipIf(SKIP_REASON !== null)("dashboard in headless Chromium", () => {
  let browser: Browser;
  let dash: E2eDashboard;
  /** Logged in with the one-time link by the first test; the page tests reuse it. */
  let main: { context: BrowserContext; page: Page; watch: PageWatch };
  const en = translator("en");
  const de = translator("de");

  beforeAll(async () => {
    [browser, dash] = await Promise.all([launchChromium(), startSampleDashboard()]);
    main = await watchedContext(browser);
  }, E2E_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await dash?.close();
  }, E2E_TIMEOUT_MS);

  it(
    "logs in with the one-time link, which a second browser cannot reuse",
    async () => {
      const { page, watch } = main;
      await page.goto(dash.url);
      expect(new URL(page.url()).pathname).toBe("/login");
      await logIn(page, dash);
      await expect.poll(() => page.locator("main h1").textContent()).toBe(en("overview.title"));
      const cookies = await main.context.cookies(dash.url);
      const session = cookies.find((c) => c.name === "tr_session");
      expect(session).toMatchObject({ httpOnly: true, sameSite: "Strict" });
      expect(watch.problems()).toEqual([]);

      const other = await watchedContext(browser);
      try {
        const reused = await other.page.goto(dash.loginUrl);
        expect(reused?.status()).toBe(401);
        expect(await other.page.locator("#notice").textContent()).toBe(en("login.used"));
        await other.page.goto(dash.url);
        expect(new URL(other.page.url()).pathname).toBe("/login");
        // The password still lets a further browser in.
        await logInWithPassword(other.page, dash);
        expect(await other.page.locator("main h1").textContent()).toBe(en("overview.title"));
      } finally {
        await other.context.close();
      }
    },
    E2E_TIMEOUT_MS,
  );

  it(
    "opens every page from the navigation with its key content, no console errors and no CSP violations",
    async () => {
      const { page, watch } = main;
      await openPage(page, dash, "/");
      watch.clear();
      for (const spec of E2E_PAGES) {
        await navigate(page, en(spec.nav));
        expect(new URL(page.url()).pathname).toBe(spec.path);
        expect(await page.locator("main h1").textContent()).toBe(en(spec.title));
        for (const selector of spec.visible) {
          await expect
            .poll(() => page.locator(selector).first().isVisible(), { message: selector })
            .toBe(true);
        }
        for (const [selector, n] of Object.entries(spec.atLeast ?? {})) {
          expect(await page.locator(selector).count(), selector).toBeGreaterThanOrEqual(n);
        }
        expect(watch.problems(), spec.path).toEqual([]);
      }
    },
    E2E_TIMEOUT_MS,
  );

  it(
    "drills down from a square of the segment map to its contacts",
    async () => {
      const { page, watch } = main;
      await openPage(page, dash, "/network");
      watch.clear();
      const square = page.locator("#segment-map a[href^='/network/segment?']").first();
      const href = (await square.getAttribute("href")) ?? "";
      await Promise.all([page.waitForURL(new URL(href, dash.url).href), square.click()]);
      await expect
        .poll(() => page.locator("#segment-contacts tbody tr").count())
        .toBeGreaterThan(0);
      expect(watch.problems()).toEqual([]);
    },
    E2E_TIMEOUT_MS,
  );

  it(
    "speaks German from the browser's language and switches with the language menu",
    async () => {
      const german = await watchedContext(browser, { locale: "de-DE" });
      const { page, watch } = german;
      try {
        await logInWithPassword(page, dash);
        expect(await page.locator("html").getAttribute("lang")).toBe("de");
        expect(await page.locator("main h1").textContent()).toBe(de("overview.title"));
        await navigate(page, de("nav.network"));
        expect(await page.locator("main h1").textContent()).toBe(de("network.title"));
        // The menu submits itself (the served script); the choice outlives the browser's default.
        await page.locator("#lang-select").selectOption("en");
        await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("en");
        expect(await page.locator("main h1").textContent()).toBe(en("network.title"));
        expect(new URL(page.url()).pathname).toBe("/network");
        await navigate(page, en("nav.settings"));
        expect(await page.locator("main h1").textContent()).toBe(en("settings.title"));
        await page.locator("#lang-select").selectOption("de");
        await expect.poll(() => page.locator("main h1").textContent()).toBe(de("settings.title"));
        expect(watch.problems()).toEqual([]);
      } finally {
        await german.context.close();
      }
    },
    E2E_TIMEOUT_MS,
  );
});
