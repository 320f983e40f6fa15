/**
 * Headless Chromium for the end-to-end tests: Debian's `chromium` driven by `playwright-core`
 * (no browser is ever downloaded), and a watch on each page for console errors, uncaught
 * exceptions, dialogs and Content-Security-Policy violations.
 */
import { existsSync } from "node:fs";
import {
  type Browser,
  type BrowserContext,
  type ConsoleMessage,
  chromium,
  type Page,
} from "playwright-core";

/** Where Debian's package puts the browser (`apt-get install -y chromium`). */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/** Why the end-to-end tests are skipped, or null when they can run. */
export const SKIP_REASON = existsSync(CHROMIUM_PATH)
  ? null
  : `end-to-end tests skipped: ${CHROMIUM_PATH} is missing (apt-get install -y chromium)`;

/** Generous: the machine may be loaded, and Chromium's first start is slow. */
export const E2E_TIMEOUT_MS = 90_000;

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Launches Chromium once per test file. Playwright gives every launch a fresh temporary
 * user-data-dir (deleted on close), and every `newContext()` is a separate incognito profile.
 *
 * @example
 * const browser = await launchChromium();
 * const context = await browser.newContext();
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
}

/** What a page did that a test may want to forbid. */
export interface PageWatch {
  /** `console.error` messages and browser errors (failed loads, refused scripts). */
  consoleErrors: string[];
  /** Uncaught exceptions in page scripts. */
  pageErrors: string[];
  /** `securitypolicyviolation` events: `directive blocked-uri`. */
  cspViolations: string[];
  /** `alert`/`confirm`/`prompt` messages (dismissed automatically). */
  dialogs: string[];
  /** Empties every list (between steps of one test). */
  clear(): void;
  /** Everything seen, for an assertion message. */
  problems(): string[];
}

/**
 * A new incognito context whose pages report what they do: CSP violations are caught by an
 * init script in every document and sent to Node through a binding, so none is lost across
 * navigations.
 *
 * @example
 * const { context, page, watch } = await watchedContext(browser);
 * await page.goto(url);
 * expect(watch.problems()).toEqual([]);
 */
export async function watchedContext(
  browser: Browser,
  options: { locale?: string } = {},
): Promise<{ context: BrowserContext; page: Page; watch: PageWatch }> {
  const context = await browser.newContext({ locale: options.locale ?? "en-GB" });
  const watch: PageWatch = {
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
    dialogs: [],
    clear() {
      for (const list of [this.consoleErrors, this.pageErrors, this.cspViolations, this.dialogs])
        list.length = 0;
    },
    problems() {
      return [
        ...this.consoleErrors.map((m) => `console: ${m}`),
        ...this.pageErrors.map((m) => `exception: ${m}`),
        ...this.cspViolations.map((m) => `csp: ${m}`),
        ...this.dialogs.map((m) => `dialog: ${m}`),
      ];
    },
  };
  await context.exposeBinding("__e2eCspViolation", (_source, text: string) => {
    watch.cspViolations.push(text);
  });
  // A string, not a function: the tests are type-checked without the DOM library.
  await context.addInitScript(`document.addEventListener("securitypolicyviolation", (e) => {
    window.__e2eCspViolation(e.effectiveDirective + " " + e.blockedURI);
  });`);
  context.on("console", (m: ConsoleMessage) => {
    if (m.type() === "error") watch.consoleErrors.push(`${m.text()} (${m.location().url})`);
  });
  context.on("weberror", (e) => {
    watch.pageErrors.push(String(e.error()));
  });
  context.on("dialog", (d) => {
    watch.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  const page = await context.newPage();
  return { context, page, watch };
}
