import type { MiddlewareHandler } from "hono";
import { HttpError } from "./errors.js";

/**
 * The Content-Security-Policy of every answer: scripts and styles only from this server's own
 * files (no inline script, no inline style), no plugins, no framing, forms only to itself.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * Security headers on every answer, and a Host check: a page on another site that rebinds its
 * DNS name to 127.0.0.1 sends its own name as Host and is refused (DNS-rebinding guard).
 *
 * @example
 * app.use(securityHeaders(["127.0.0.1:4280", "localhost:4280"]));
 */
export function securityHeaders(allowedHosts: readonly string[] | null): MiddlewareHandler {
  const allowed = allowedHosts === null ? null : new Set(allowedHosts.map((h) => h.toLowerCase()));
  return async (c, next) => {
    const host = (c.req.header("host") ?? "").toLowerCase();
    if (allowed !== null && !allowed.has(host)) {
      throw new HttpError(421, "host", "This server does not answer to that host name.");
    }
    await next();
    c.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Referrer-Policy", "no-referrer");
    c.header("X-Frame-Options", "DENY");
    c.header("Cross-Origin-Opener-Policy", "same-origin");
    c.header("Cross-Origin-Resource-Policy", "same-origin");
    c.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (!c.res.headers.has("Cache-Control")) c.header("Cache-Control", "no-store");
  };
}
