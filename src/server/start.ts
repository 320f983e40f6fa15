import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { type App, createApp, databaseFile } from "../app.js";
import { wipeDataDir } from "../cli/data.js";
import type { LoadedConfig } from "../config/load.js";
import type { Config } from "../config/schema.js";
import type { FeedContext } from "../services/feeds/refresh.js";
import { createDashboard } from "./app.js";
import { withColdBudget } from "./data/cold-budget.js";
import { useWorkerThreads } from "./data/off-thread.js";
import { startWarmUp } from "./data/warm-up.js";
import type { ServerDeps } from "./env.js";
import { newSecret } from "./http/secrets.js";

export interface StartOptions {
  config: Config;
  host: string;
  port: number;
  /** Empty: only the one-time token logs in. */
  password: string;
  version: string;
  /** How often the outbox scheduler runs (`runOutbox`); default a minute, 0 turns it off. */
  outboxIntervalMs?: number;
  /** The config file the Settings page edits, and where each value came from (`loadConfig`). */
  configFile?: string;
  origins?: LoadedConfig["origins"];
  /** How long a page may wait for a model still being computed (default 150 ms). */
  coldBudgetMs?: number;
}

export interface RunningDashboard {
  /** The address the server listens on, e.g. `http://127.0.0.1:4280/`. */
  url: string;
  /** The one-time login link (contains the token). */
  loginUrl: string;
  close(): Promise<void>;
}

/** Whether a host name or address only reaches this machine. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h === "::1" || /^127\.\d+\.\d+\.\d+$/.test(h);
}

function hostPart(host: string): string {
  return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
}

/** Host header values the server answers to; null for a wildcard address (any name). */
export function allowedHostHeaders(host: string, port: number): string[] | null {
  if (host === "0.0.0.0" || host === "::" || host === "[::]") return null;
  const names = new Set([hostPart(host), "127.0.0.1", "localhost", "[::1]"]);
  return [...names].map((n) => `${n}:${port}`.toLowerCase());
}

/** The dependencies over a real data folder; `wipe` deletes it and reopens an empty store. */
export async function realDeps(
  config: Config,
  version: string,
  file?: Pick<LoadedConfig, "configFile" | "origins">,
): Promise<ServerDeps & { close(): Promise<void> }> {
  let app: App = await createApp(config);
  let feeds: FeedContext | undefined;
  let origins = file?.origins ?? {};
  const settings: ServerDeps["settings"] = file && {
    configFile: file.configFile,
    origins: () => origins,
    async reload() {
      const { reloadConfig } = await import("../config/write.js");
      const loaded = reloadConfig(file.configFile, app.config);
      origins = loaded.origins;
      // Same store, new object: caches keyed by the app start over with the new config.
      app = { ...app, config: loaded.config };
      feeds = undefined;
    },
  };
  return {
    version,
    ...(settings === undefined ? {} : { settings }),
    app: () => app,
    async feeds() {
      if (feeds === undefined) {
        // Loaded on first use: the parser and sanitiser take a moment to import.
        const [{ feedContext }, { loadEld }] = await Promise.all([
          import("../services/feeds/wiring.js"),
          import("../text/lang/index.js"),
        ]);
        await loadEld();
        feeds = feedContext(app, version);
      }
      return feeds;
    },
    async wipe() {
      await app.close();
      feeds = undefined;
      const removed = wipeDataDir(config.dataDir, databaseFile(config.dataDir));
      app = await createApp(app.config);
      return removed;
    },
    close: () => app.close(),
  };
}

/** The outbox scheduler loop over the current app (rebuilt per pass: `wipe` reopens it). */
async function startOutbox(
  deps: { app(): App },
  options: StartOptions,
): Promise<{ stop(): Promise<void> } | undefined> {
  if (options.outboxIntervalMs === 0) return undefined;
  const [{ startOutboxScheduler }, { publishingContext }] = await Promise.all([
    import("../services/publishing/scheduler.js"),
    import("../services/publishing/wiring.js"),
  ]);
  return startOutboxScheduler(() => publishingContext(deps.app(), options.version), {
    intervalMs: options.outboxIntervalMs ?? 60_000,
    onError: (error) =>
      process.stderr.write(`outbox: ${error instanceof Error ? error.message : String(error)}\n`),
  });
}

/**
 * Starts the dashboard over the configured data folder and returns its login link. The token in
 * the link works once; a password (if set) logs in further browsers.
 *
 * @example
 * const d = await startDashboard({ config, host: "127.0.0.1", port: 4280, password: "", version });
 * console.log(d.loginUrl);
 */
export async function startDashboard(options: StartOptions): Promise<RunningDashboard> {
  const deps = await realDeps(
    options.config,
    options.version,
    options.configFile === undefined
      ? undefined
      : { configFile: options.configFile, origins: options.origins ?? {} },
  );
  const loginToken = newSecret();
  // The port is known only after listening (port 0 picks one), and the Host check needs it:
  // answer 503 until the app is built a moment later.
  let handle: (request: Request) => Response | Promise<Response> = () =>
    new Response(null, { status: 503 });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve(
      { fetch: (request) => handle(request), port: options.port, hostname: options.host },
      () => resolve(s),
    );
    s.once("error", reject);
  });
  const port = (server.address() as AddressInfo).port;
  const { app } = createDashboard(deps, {
    auth: { loginToken, password: options.password },
    allowedHosts: allowedHostHeaders(options.host, port),
  });
  // No page waits more than ~150 ms for a model still being computed: it says so and refreshes.
  handle = withColdBudget((request) => app.fetch(request), options.coldBudgetMs);
  useWorkerThreads(true);
  const warm = startWarmUp(() => deps.app());
  const outbox = await startOutbox(deps, options);
  const url = `http://${hostPart(options.host)}:${port}/`;
  return {
    url,
    loginUrl: `${url}login?token=${loginToken}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      warm.stop();
      await outbox?.stop();
      await warm.idle();
      await deps.close();
    },
  };
}
