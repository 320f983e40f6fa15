import { type App, createApp } from "../../src/app.js";
import { SAMPLE_EXPORTS } from "../../src/cli/demo.js";
import { configSchema } from "../../src/config/schema.js";
import { openLinkedInExport } from "../../src/integrations/importers/linkedin/index.js";
import { createDashboard, type DashboardOptions } from "../../src/server/app.js";
import type { ServerDeps } from "../../src/server/env.js";
import type { FeedContext } from "../../src/services/feeds/refresh.js";
import { feedContext } from "../../src/services/feeds/wiring.js";
import { importLinkedInExport } from "../../src/services/import-linkedin.js";
import type { PublishingContext } from "../../src/services/publishing/context.js";
import { keyVault } from "../../src/services/publishing/vault.js";
import { publishingContext } from "../../src/services/publishing/wiring.js";
import { FakeFetcher } from "../services/feeds-fakes.js";
import { fakeMetadata, keywordSignals } from "../services/publishing/helpers.js";

export const TOKEN = "t".repeat(43);
export const PASSWORD = "correct horse battery";

export interface Harness {
  request(path: string, init?: RequestInit): Promise<Response>;
  deps: ServerDeps;
  fetcher: FakeFetcher;
  wipes: number;
  close(): Promise<void>;
}

/**
 * A dashboard over an in-memory store, optionally filled with both bundled sample exports
 * (like `npm start`), with the real feed parser behind a scripted fetcher. No server runs.
 */
export async function harness(
  options: { sample?: boolean; dashboard?: Partial<DashboardOptions> } = {},
): Promise<Harness> {
  const config = configSchema.parse({ dataDir: "/nonexistent" });
  const fetcher = new FakeFetcher();
  let app: App = await createApp(config, ":memory:");
  let feeds: FeedContext = feedContext(app, "test", { fetcher });
  // Publishing over the real stores, with keyword signals (no models), fake page metadata,
  // no network providers (publishing hands over to the person) and an in-memory vault key.
  const publishingFor = (a: App): PublishingContext =>
    publishingContext(a, "test", {
      signals: keywordSignals,
      metadata: fakeMetadata,
      publishers: {},
      vault: keyVault(Buffer.alloc(32, 7)),
    });
  let publishing = publishingFor(app);
  if (options.sample !== false) {
    for (const file of SAMPLE_EXPORTS) {
      await importLinkedInExport({ open: openLinkedInExport, store: app.linkedin }, file);
    }
  }
  const h: Harness = {
    fetcher,
    wipes: 0,
    deps: {
      version: "test",
      app: () => app,
      feeds: async () => feeds,
      publishing: () => publishing,
      async wipe() {
        await app.close();
        app = await createApp(config, ":memory:");
        feeds = feedContext(app, "test", { fetcher });
        publishing = publishingFor(app);
        h.wipes += 1;
        return [":memory:"];
      },
    },
    request: async (path, init) => dashboard.app.request(path, init),
    close: () => app.close(),
  };
  const dashboard = createDashboard(h.deps, {
    auth: { loginToken: TOKEN, password: PASSWORD },
    allowedHosts: null,
    ...options.dashboard,
  });
  return h;
}

/** Cookies set by a response, as `name=value` pairs. */
export function setCookies(res: Response): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of res.headers.getSetCookie()) {
    const [pair = ""] = line.split(";");
    const eq = pair.indexOf("=");
    out[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return out;
}

export interface Browser {
  cookies: Record<string, string>;
  csrf: string;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  post(
    path: string,
    body: Record<string, string> | FormData,
    headers?: Record<string, string>,
  ): Promise<Response>;
  /** A JSON API call with the CSRF header, as a script on the page would send it. */
  postJson(path: string, body: unknown): Promise<Response>;
}

/** A logged-in browser (password login), keeping its cookies like a real one. */
export async function browser(h: Harness, lang = "en"): Promise<Browser> {
  const cookies: Record<string, string> = {};
  const cookieHeader = () =>
    Object.entries(cookies)
      .map(([k, v]) => `${k}=${v}`)
      .join("; ");
  const keep = (res: Response) => {
    Object.assign(cookies, setCookies(res));
    return res;
  };
  const b: Browser = {
    cookies,
    get csrf() {
      return cookies.tr_csrf ?? "";
    },
    get: async (path, headers = {}) =>
      keep(
        await h.request(path, {
          headers: { cookie: cookieHeader(), "accept-language": lang, ...headers },
        }),
      ),
    post: async (path, body, headers = {}) => {
      const form = body instanceof FormData ? body : new URLSearchParams(body);
      return keep(
        await h.request(path, {
          method: "POST",
          body: form,
          headers: { cookie: cookieHeader(), "accept-language": lang, ...headers },
        }),
      );
    },
    postJson: async (path, body) =>
      keep(
        await h.request(path, {
          method: "POST",
          body: JSON.stringify(body),
          headers: {
            cookie: cookieHeader(),
            "accept-language": lang,
            "content-type": "application/json",
            "x-csrf-token": cookies.tr_csrf ?? "",
          },
        }),
      ),
  };
  await b.get("/login");
  const res = await b.post("/login", { _csrf: b.csrf, password: PASSWORD });
  if (res.status !== 303) throw new Error(`login failed: ${res.status}`);
  return b;
}
