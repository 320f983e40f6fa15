/**
 * End-to-end: changing settings in a real headless Chromium. The dashboard runs over a temporary
 * data folder and a temporary config file (never the user's), like `tellerrand serve` does with
 * `loadConfig().configFile`. Skipped when the browser is not installed.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { SAMPLE_EXPORTS } from "../../src/cli/demo.js";
import { loadConfig } from "../../src/config/load.js";
import { openLinkedInExport } from "../../src/integrations/importers/linkedin/index.js";
import { translator } from "../../src/server/i18n/index.js";
import { type RunningDashboard, startDashboard } from "../../src/server/start.js";
import { importLinkedInExport } from "../../src/services/import-linkedin.js";
import {
  E2E_TIMEOUT_MS,
  launchChromium,
  type PageWatch,
  SKIP_REASON,
  watchedContext,
} from "./support/browser.js";
import { E2E_COLD_BUDGET_MS, submitForm } from "./support/dashboard.js";

if (SKIP_REASON !== null) console.warn(SKIP_REASON);

describe.skipIf(SKIP_REASON !== null)("settings in headless Chromium", () => {
  let browser: Browser;
  let running: RunningDashboard;
  let dir: string;
  let configFile: string;
  let main: { context: BrowserContext; page: Page; watch: PageWatch };
  const en = translator("en");

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "tellerrand-e2e-settings-"));
    configFile = join(dir, "config", "config.toml");
    // No file yet: the first save creates it. Env: none of the test's own (an empty env).
    const loaded = loadConfig({ dataDir: join(dir, "data") }, { TELLERRAND_CONFIG: configFile });
    const app = await createApp(loaded.config);
    try {
      for (const file of SAMPLE_EXPORTS) {
        await importLinkedInExport({ open: openLinkedInExport, store: app.linkedin }, file);
      }
    } finally {
      await app.close();
    }
    [browser, running] = await Promise.all([
      launchChromium(),
      startDashboard({
        config: loaded.config,
        host: "127.0.0.1",
        port: 0,
        password: "",
        version: "e2e",
        outboxIntervalMs: 0,
        configFile,
        origins: loaded.origins,
        coldBudgetMs: E2E_COLD_BUDGET_MS,
      }),
    ]);
    main = await watchedContext(browser);
    await main.page.goto(running.loginUrl);
  }, E2E_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await running?.close();
    rmSync(dir, { recursive: true, force: true });
  }, E2E_TIMEOUT_MS);

  it(
    "saves new interests with the keyboard; the page, the API and the file show them",
    async () => {
      const { page, watch } = main;
      await page.goto(new URL("/settings", running.url).href);
      await page.locator("#profile-interests").fill("urban gardening, typography");
      await page.locator("#profile-interests").focus();
      // Tab through the form to its save button and press Enter, as a keyboard user would.
      await page.keyboard.press("Tab");
      expect(await page.evaluate("document.activeElement && document.activeElement.id")).toBe(
        "profile-save",
      );
      await Promise.all([page.waitForLoadState("load"), page.keyboard.press("Enter")]);
      await expect.poll(() => page.locator("#notice").textContent()).toBe(en("settings.saved"));
      expect(await page.locator("#profile-interests").inputValue()).toBe(
        "urban gardening, typography",
      );
      const api = (await page.evaluate("fetch('/api/settings').then((r) => r.json())")) as {
        profile: { interests: string };
      };
      expect(api.profile.interests).toBe("urban gardening, typography");
      expect(readFileSync(configFile, "utf8")).toContain('interests = "urban gardening');
      expect(watch.problems()).toEqual([]);
    },
    E2E_TIMEOUT_MS,
  );

  it(
    "changes the politics strictness and a routing rule",
    async () => {
      const { page, watch } = main;
      await page.locator("#politics-strictness").selectOption("strict");
      expect(await submitForm(page, "#politics-form")).toEqual({
        kind: "ok",
        text: en("settings.saved"),
      });
      expect(await page.locator("#politics-strictness").inputValue()).toBe("strict");
      await page.locator("#publishing-mastodon-politics-true").check();
      await page.locator("#publishing-linkedin-maxPerDay").fill("1");
      expect((await submitForm(page, "#routing-form"))?.kind).toBe("ok");
      expect(await page.locator("#publishing-mastodon-politics-true").isChecked()).toBe(true);
      expect(await page.locator("#publishing-linkedin-maxPerDay").inputValue()).toBe("1");
      expect(watch.problems()).toEqual([]);
    },
    E2E_TIMEOUT_MS,
  );

  it(
    "shows a refused value again, marked, and keeps the file as it was",
    async () => {
      const { page, watch } = main;
      const before = readFileSync(configFile, "utf8");
      // The browser's own number check would stop 1.5 first: a script-less person can still send it.
      await page.locator("#digest-ownEmployerCap").evaluate((el) => el.removeAttribute("max"));
      await page.locator("#digest-ownEmployerCap").fill("1.5");
      const notice = await submitForm(page, "#digest-form");
      expect(notice?.kind).toBe("error");
      expect(notice?.text).toContain("Largest share from your current employers");
      expect(await page.locator("#digest-ownEmployerCap").getAttribute("aria-invalid")).toBe(
        "true",
      );
      expect(await page.locator("#digest-ownEmployerCap").inputValue()).toBe("1.5");
      expect(readFileSync(configFile, "utf8")).toBe(before);
      // The 400 answer is logged by the browser as a failed load: nothing else may be.
      expect(watch.problems().filter((p) => !p.includes("status of 400"))).toEqual([]);
    },
    E2E_TIMEOUT_MS,
  );
});
