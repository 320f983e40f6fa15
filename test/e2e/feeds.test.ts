/**
 * End-to-end: feeds in a real headless Chromium. Adding a feed through autodiscovery from a
 * loopback blog, and a hostile feed whose scripts must never run in the article view.
 * Skipped when the browser is not installed.
 */
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
  openPage,
  startSampleDashboard,
  submitForm,
} from "./support/dashboard.js";
import { type FeedServer, startFeedServer } from "./support/feed-server.js";
import { BLOG_PAGE, EVIL_RSS, GOOD_RSS } from "./support/fixtures.js";

if (SKIP_REASON !== null) console.warn(SKIP_REASON);

/** Subscribes through the form on /feeds and returns the new feed's id. */
async function addFeed(page: Page, dash: E2eDashboard, url: string): Promise<number> {
  await openPage(page, dash, "/feeds");
  await page.locator("#feed-url").fill(url);
  await page.locator("#feed-kind").selectOption("media");
  const notice = await submitForm(page, "#add-feed");
  expect(notice?.kind, notice?.text).toBe("ok");
  const rows = page.locator("#feeds tbody tr");
  const ids = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.id.replace("feed-", ""))));
  return Math.max(...ids);
}

describe.skipIf(SKIP_REASON !== null)("feeds in headless Chromium", () => {
  let browser: Browser;
  let dash: E2eDashboard;
  let blog: FeedServer;
  let page: Page;
  let watch: PageWatch;
  const en = translator("en");

  beforeAll(async () => {
    blog = await startFeedServer({
      "/": { type: "text/html; charset=utf-8", body: BLOG_PAGE },
      "/feed.xml": { type: "application/rss+xml", body: GOOD_RSS },
      "/evil.xml": { type: "application/rss+xml", body: EVIL_RSS },
    });
    [browser, dash] = await Promise.all([
      launchChromium(),
      startSampleDashboard({ allowedHosts: ["127.0.0.1"] }),
    ]);
    ({ page, watch } = await watchedContext(browser));
    await logIn(page, dash);
  }, E2E_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await dash?.close();
    await blog?.close();
  }, E2E_TIMEOUT_MS);

  it(
    "adds a feed found on a blog page (autodiscovery) and shows its articles",
    async () => {
      watch.clear();
      const id = await addFeed(page, dash, `${blog.origin}/`);
      expect(blog.requests.slice(0, 2)).toEqual(["/", "/feed.xml"]);
      const row = page.locator(`#feed-${id}`);
      expect(await row.locator("a").first().textContent()).toBe("Quiet Engineering Blog");
      expect(await row.textContent()).toContain(`${blog.origin}/feed.xml`);
      await row.locator("a").first().click();
      await page.waitForURL(new URL(`/feeds/${id}`, dash.url).href);
      const titles = await page.locator("article.article h3").allTextContents();
      expect(titles).toEqual(["Second post on queues", "First post on caching"]);
      expect(watch.problems()).toEqual([]);
    },
    E2E_TIMEOUT_MS,
  );

  it(
    "never runs a script from a feed item: not inline, not as a handler, not as a link",
    async () => {
      watch.clear();
      const id = await addFeed(page, dash, `${blog.origin}/evil.xml`);
      await openPage(page, dash, `/feeds/${id}`);
      const article = page.locator("article.article").first();
      await expect.poll(() => article.locator(".content").textContent()).toContain("Readable text");
      // Give a script every chance: hover and click whatever the item left behind.
      for (const el of await article.locator(".content *").all()) {
        if (await el.isVisible()) await el.hover({ timeout: 2_000 }).catch(() => undefined);
      }
      for (const link of await article.locator("a").all()) {
        const href = (await link.getAttribute("href")) ?? "";
        if (!/^https?:/i.test(href)) await link.click({ timeout: 2_000 });
      }
      await page.waitForTimeout(500);
      expect(new URL(page.url()).pathname).toBe(`/feeds/${id}`);
      expect(await page.evaluate("typeof window.__pwned")).toBe("undefined");
      expect(watch.dialogs).toEqual([]);
      // Nothing was even attempted: the sanitiser removed it before the CSP had to block it.
      expect(watch.cspViolations).toEqual([]);
      expect(watch.problems()).toEqual([]);
      const inMain = await page.locator("main *").evaluateAll((elements) => ({
        handlers: elements.flatMap((el) =>
          el.getAttributeNames().filter((name: string) => name.toLowerCase().startsWith("on")),
        ),
        jsUrls: elements.flatMap((el) =>
          ["href", "src", "action", "formaction", "data", "xlink:href"]
            .map((name) => el.getAttribute(name) ?? "")
            .filter((v) => /^\s*(javascript|vbscript|data:text\/html)/i.test(v)),
        ),
      }));
      const leftovers = {
        ...inMain,
        scripts: await page.locator("script:not([src='/static/app.js'])").count(),
        frames: await page.locator("main iframe, main object, main embed").count(),
      };
      expect(leftovers).toEqual({ scripts: 0, handlers: [], jsUrls: [], frames: 0 });
      // The title's markup was reduced to text, and the javascript: item link is not a link.
      expect(await article.locator("h3").textContent()).toContain("Tricky title");
      expect(await article.locator("h3 *").count()).toBe(0);
      // Images from the web are links to them, never loaded (the CSP allows no remote images).
      expect(await article.locator(".content img").count()).toBe(0);
      expect(await article.locator(".content a.image-link").count()).toBe(2);
      expect(await page.locator("main h1").textContent()).not.toBe(en("error.title"));

      // The digest's article view embeds the same stored body: nothing runs there either.
      const api = await page.request.get(new URL(`/api/feeds/${id}/articles`, dash.url).href);
      const [stored] = (await api.json()) as Array<{ id: number }>;
      watch.clear();
      await openPage(page, dash, `/digest/article/${stored?.id}`);
      const body = page.locator(`#article-${stored?.id}`);
      await expect.poll(() => body.textContent()).toContain("Readable text");
      for (const link of await body.locator("a").all()) {
        const href = (await link.getAttribute("href")) ?? "";
        if (!/^https?:/i.test(href)) await link.click({ timeout: 2_000 });
      }
      await page.waitForTimeout(300);
      expect(await page.evaluate("typeof window.__pwned")).toBe("undefined");
      expect(await page.locator("main script, main iframe, main img").count()).toBe(0);
      expect(watch.problems()).toEqual([]);
    },
    E2E_TIMEOUT_MS,
  );
});
