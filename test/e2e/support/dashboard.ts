/**
 * The real dashboard for the end-to-end tests: `startDashboard` on 127.0.0.1 (a free port) over
 * a temporary data folder filled with both bundled sample exports, as `tellerrand demo` does.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page, Response } from "playwright-core";
import { expect } from "vitest";
import { createApp } from "../../../src/app.js";
import { SAMPLE_EXPORTS } from "../../../src/cli/demo.js";
import { type Config, configSchema } from "../../../src/config/schema.js";
import { openLinkedInExport } from "../../../src/integrations/importers/linkedin/index.js";
import { startDashboard } from "../../../src/server/start.js";
import { importLinkedInExport } from "../../../src/services/import-linkedin.js";

const E2E_PASSWORD = "e2e correct horse battery";

/**
 * The e2e tests check what each page shows, so a page waits for its data instead of answering
 * "still computing" after 150 ms (that notice has its route tests: test/server/cold-budget).
 */
export const E2E_COLD_BUDGET_MS = 120_000;

export interface E2eDashboard {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  /** The one-time login link. */
  loginUrl: string;
  /** Logs in further browsers at `/login`. */
  password: string;
  config: Config;
  close(): Promise<void>;
}

/**
 * Starts the dashboard over a fresh data folder with the bundled samples imported. Feeds may be
 * fetched from `allowedHosts` (the loopback feed server) despite the SSRF guard.
 *
 * @example
 * const dash = await startSampleDashboard({ allowedHosts: ["127.0.0.1"] });
 * await page.goto(dash.loginUrl);
 */
export async function startSampleDashboard(
  options: { allowedHosts?: string[]; sample?: boolean } = {},
): Promise<E2eDashboard> {
  const dataDir = mkdtempSync(join(tmpdir(), "tellerrand-e2e-"));
  const config = configSchema.parse({
    dataDir,
    feeds: { allowedHosts: options.allowedHosts ?? [], perHostDelayMs: 0 },
  });
  if (options.sample !== false) {
    const app = await createApp(config);
    try {
      for (const file of SAMPLE_EXPORTS) {
        await importLinkedInExport({ open: openLinkedInExport, store: app.linkedin }, file);
      }
    } finally {
      await app.close();
    }
  }
  const running = await startDashboard({
    config,
    host: "127.0.0.1",
    port: 0,
    password: E2E_PASSWORD,
    version: "e2e",
    coldBudgetMs: E2E_COLD_BUDGET_MS,
  });
  return {
    url: running.url,
    loginUrl: running.loginUrl,
    password: E2E_PASSWORD,
    config,
    async close() {
      await running.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens a dashboard path and checks it answered 200 with the page's `<h1>`.
 *
 * @example
 * await openPage(page, dash, "/network");
 */
export async function openPage(page: Page, dash: E2eDashboard, path: string): Promise<Response> {
  const response = await page.goto(new URL(path, dash.url).href);
  expect(response, `no response for ${path}`).not.toBeNull();
  if (response?.status() !== 200) {
    const error = await page.locator("main").textContent();
    expect.fail(`${path} answered ${response?.status()}: ${error?.trim()}`);
  }
  await expect.poll(() => page.locator("main h1").count()).toBe(1);
  return response as Response;
}

/**
 * Logs a page in with the one-time link; the link is spent afterwards.
 *
 * @example
 * await logIn(page, dash); // now on the overview
 */
export async function logIn(page: Page, dash: E2eDashboard): Promise<void> {
  const response = await page.goto(dash.loginUrl);
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe("/");
}

/**
 * Logs a page in with the password form (the one-time link can only be used once per server).
 *
 * @example
 * await logInWithPassword(page, dash);
 */
export async function logInWithPassword(page: Page, dash: E2eDashboard): Promise<void> {
  await page.goto(new URL("/login", dash.url).href);
  await page.locator("#password").fill(dash.password);
  await Promise.all([
    page.waitForURL(new URL("/", dash.url).href),
    page.locator("#login-form button[type=submit]").click(),
  ]);
}

/**
 * Follows a link in the main navigation by its visible label, like a person would.
 *
 * @example
 * await navigate(page, "Network");
 */
export async function navigate(page: Page, label: string): Promise<void> {
  const link = page.getByRole("navigation").getByRole("link", { name: label, exact: true });
  const href = await link.getAttribute("href");
  expect(href, `navigation link ${label}`).not.toBeNull();
  await Promise.all([page.waitForURL(new URL(href ?? "", page.url()).href), link.click()]);
  await expect.poll(() => link.getAttribute("aria-current")).toBe("page");
}

/**
 * Submits a form with its submit button, waits for the page that answers, and returns that
 * page's notice (the outcome every form action shows), or null without one.
 *
 * @example
 * const notice = await submitForm(page, "#add-feed"); // { kind: "ok", text: "Subscribed to …" }
 */
export async function submitForm(
  page: Page,
  form: string,
): Promise<{ kind: "ok" | "error"; text: string } | null> {
  await Promise.all([
    page.waitForResponse(
      (r) => r.request().isNavigationRequest() && r.request().method() === "POST",
    ),
    page.locator(`${form} [type=submit]`).first().click(),
  ]);
  await page.waitForLoadState();
  const notice = page.locator("#notice");
  if ((await notice.count()) === 0) return null;
  const kind = (await notice.getAttribute("class"))?.includes("error") ? "error" : "ok";
  return { kind, text: ((await notice.textContent()) ?? "").trim() };
}
