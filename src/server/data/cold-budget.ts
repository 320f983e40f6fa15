import { AsyncLocalStorage } from "node:async_hooks";
import { CONTENT_SECURITY_POLICY } from "../http/security.js";
import { negotiateLang, translator } from "../i18n/index.js";
import { escapeHtml } from "../views/escape-html.js";

/** How long a page request may wait for a model still being computed. */
export const DEFAULT_COLD_BUDGET_MS = 150;
/** Seconds the "still computing" answer asks the browser (or API client) to wait. */
export const RETRY_AFTER_S = 2;

interface Budget {
  deadline: number;
  /** Called (at most once) when a wait outlasts the deadline. */
  onCold(): void;
}

const current = new AsyncLocalStorage<Budget>();

/**
 * Waits for `value` like `await` does, but tells the request's budget (see `withColdBudget`)
 * when the value is not there before its deadline, so the request is answered with "still
 * computing" instead of blocking. Outside a budgeted request this is a plain pass-through.
 *
 * @example
 * const model = await withinBudget(cachedModelPromise);
 */
export function withinBudget<T>(value: Promise<T>, settled = false): Promise<T> {
  const budget = current.getStore();
  if (budget === undefined || settled) return value;
  const left = budget.deadline - performance.now();
  if (left <= 0) {
    budget.onCold();
    return value;
  }
  const timer = setTimeout(() => budget.onCold(), left);
  const clear = () => clearTimeout(timer);
  value.then(clear, clear);
  return value;
}

/**
 * Lets waiting requests run: the store's reads resolve as microtasks (better-sqlite3 is
 * synchronous), so a chain of model computations would otherwise hold the event loop for
 * seconds; between two steps a request, or the timer of its budget, gets its turn.
 *
 * @example
 * await yieldToRequests();
 */
export function yieldToRequests(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** A plain `fetch` handler, as `app.fetch` of Hono is. */
export type FetchHandler = (request: Request) => Response | Promise<Response>;

/**
 * Wraps the dashboard's `fetch` so that no GET request waits more than `budgetMs` for a model
 * that is still being computed (after a start or an import): such a request is answered at the
 * deadline with a short page (or JSON) saying so, with `Retry-After` and an automatic refresh.
 * The computation goes on (it is shared with the next request). Writes (POST) are never cut
 * short: what they change must happen before they answer.
 *
 * @example
 * handle = withColdBudget((r) => app.fetch(r), 150);
 */
export function withColdBudget(fetch: FetchHandler, budgetMs = DEFAULT_COLD_BUDGET_MS) {
  return (request: Request): Promise<Response> => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      return Promise.resolve(fetch(request));
    }
    return new Promise<Response>((resolve, reject) => {
      let answered = false;
      const budget: Budget = {
        deadline: performance.now() + budgetMs,
        onCold() {
          if (answered) return;
          answered = true;
          resolve(stillComputing(request));
        },
      };
      current.run(budget, () => {
        Promise.resolve(fetch(request)).then(
          (response) => {
            if (answered) return void response.body?.cancel().catch(() => undefined);
            answered = true;
            resolve(response);
          },
          (error: unknown) => {
            if (answered) return;
            answered = true;
            reject(error);
          },
        );
      });
    });
  };
}

function cookie(request: Request, name: string): string | undefined {
  const header = request.headers.get("cookie") ?? "";
  for (const part of header.split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return decodeURIComponent(v.join("="));
  }
  return undefined;
}

/** The honest answer at the deadline: the data is being computed; come back in a moment. */
export function stillComputing(request: Request): Response {
  const t = translator(
    negotiateLang(cookie(request, "tr_lang"), request.headers.get("accept-language") ?? undefined),
  );
  const headers = new Headers({
    "Retry-After": String(RETRY_AFTER_S),
    "Cache-Control": "no-store",
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
  });
  const message = t("warming.message");
  const title = escapeHtml(t("warming.title"));
  if (new URL(request.url).pathname.startsWith("/api/")) {
    headers.set("content-type", "application/json; charset=utf-8");
    const body = { error: { code: "warming", message, retryAfter: RETRY_AFTER_S } };
    return new Response(JSON.stringify(body), { status: 503, headers });
  }
  headers.set("content-type", "text/html; charset=utf-8");
  const html = `<!doctype html><html lang="${t.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="refresh" content="${RETRY_AFTER_S}"><title>${title}</title><link rel="stylesheet" href="/static/app.css"></head><body><main id="main"><h1>${title}</h1><p class="notice" role="status" id="warming-notice">${escapeHtml(message)}</p></main></body></html>`;
  return new Response(html, { status: 503, headers });
}
