import type { Context, MiddlewareHandler } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { HttpError } from "./errors.js";
import { newSecret, sameSecret } from "./secrets.js";

export const CSRF_COOKIE = "tr_csrf";
export const CSRF_FIELD = "_csrf";
export const CSRF_HEADER = "x-csrf-token";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF protection by double submit: a random token lives in an `HttpOnly`, `SameSite=Strict`
 * cookie and is repeated in every form (`_csrf` field) or API call (`X-CSRF-Token` header).
 * Every non-GET request must carry both, equal (compared in constant time), and a present
 * `Origin` must be this server's own. Sets `c.var.csrf` for the views.
 *
 * @example
 * app.use(csrf());
 */
export function csrf(): MiddlewareHandler<{ Variables: { csrf: string } }> {
  return async (c, next) => {
    let token = getCookie(c, CSRF_COOKIE);
    if (token === undefined || !/^[A-Za-z0-9_-]{43}$/.test(token)) {
      if (!SAFE_METHODS.has(c.req.method)) throw refused();
      token = newSecret();
      setCookie(c, CSRF_COOKIE, token, { httpOnly: true, sameSite: "Strict", path: "/" });
    }
    if (!SAFE_METHODS.has(c.req.method)) {
      checkOrigin(c);
      const given = c.req.header(CSRF_HEADER) ?? (await formToken(c));
      if (given === undefined || !sameSecret(given, token)) throw refused();
    }
    c.set("csrf", token);
    await next();
  };
}

function refused(): HttpError {
  return new HttpError(403, "csrf", "The form has expired: reload the page and try again.");
}

function checkOrigin(c: Context): void {
  const origin = c.req.header("origin");
  if (origin === undefined || origin === "null") return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw refused();
  }
  if (host.toLowerCase() !== (c.req.header("host") ?? "").toLowerCase()) throw refused();
}

async function formToken(c: Context): Promise<string | undefined> {
  const type = c.req.header("content-type") ?? "";
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) return undefined;
  const body = await c.req.parseBody();
  const value = body[CSRF_FIELD];
  return typeof value === "string" ? value : undefined;
}
