import type { Hono } from "hono";
import type { App } from "../app.js";
import type { FeedContext } from "../services/feeds/refresh.js";
import type { PublishingContext } from "../services/publishing/context.js";
import type { Lang, MessageKey, Translator } from "./i18n/index.js";

/** What the dashboard needs from the outside, injected so tests run it on an in-memory store. */
export interface ServerDeps {
  /** The open app; `wipe` may replace it, so routes ask for it on every request. */
  app(): App;
  /** The feed pipeline over the current app (built lazily: the parser is slow to load). */
  feeds(): Promise<FeedContext>;
  /** Deletes all stored data and reopens an empty store; returns what was removed. */
  wipe(): Promise<string[]>;
  /**
   * The publishing use cases' context over the current app; when absent, the real wiring
   * (`publishingContext`) is built once per open store. Tests pass fakes here.
   */
  publishing?(): PublishingContext;
  /** Tellerrand's version, for the export document and the footer. */
  version: string;
  /** The config file behind the Settings forms; absent: the settings are shown read-only. */
  settings?: SettingsDeps;
}

/** Where the Settings page writes, what it may not change, and how the app picks up an edit. */
export interface SettingsDeps {
  /** The TOML file edits go to (`loadConfig().configFile`; created on the first save). */
  configFile: string;
  /** Where each leaf's value comes from now; `env` and `flag` leaves win over the file. */
  origins(): Record<string, "default" | "file" | "env" | "flag">;
  /**
   * Reads the config again (file < env < flags) and makes `app()` return an app with it. The
   * new app is a new object, so every model cached per app (store-cache, publishing context)
   * starts over with the new profile, politics and routing rules.
   */
  reload(): Promise<void>;
}

/** Per-request values the middleware sets for routes and views. */
export interface DashboardVariables {
  lang: Lang;
  t: Translator;
  csrf: string;
  deps: ServerDeps;
  /** The pages listed in the navigation, in order. */
  nav: ReadonlyArray<{ path: string; nav: MessageKey }>;
}

export type DashboardEnv = { Variables: DashboardVariables };
export type DashboardApp = Hono<DashboardEnv>;

/**
 * One page of the dashboard: its path, its navigation label, and a function that registers
 * its HTML routes and its `/api` routes. Adding a page is one file exporting a `DashboardPage`
 * and one line in `pages/index.ts` (plus its strings in the dictionaries).
 *
 * @example
 * export const helloPage: DashboardPage = {
 *   path: "/hello", nav: "nav.hello",
 *   routes(app) { app.get("/hello", (c) => c.html(layout(c, { title: "…", body: html`…` }))); },
 * };
 */
export interface DashboardPage {
  path: string;
  /** Navigation label; pages without one are reachable but not listed. */
  nav: MessageKey | null;
  routes(app: DashboardApp): void;
}
