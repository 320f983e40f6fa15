import type { Context } from "hono";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { html } from "hono/html";
import type { DashboardEnv, DashboardPage, ServerDeps } from "./env.js";
import { Auth, type AuthOptions, type LoginOutcome } from "./http/auth.js";
import { csrf } from "./http/csrf.js";
import { HttpError, toHttpError } from "./http/errors.js";
import { securityHeaders } from "./http/security.js";
import { isLang, negotiateLang, translator } from "./i18n/index.js";
import { exportUploadLimit, isExportUpload } from "./pages/import/upload.js";
import { PAGES } from "./pages/index.js";
import { APP_CSS, APP_JS, COMPOSE_JS, ICON_SVG } from "./static/assets.js";
import { csrfField, layout } from "./views/layout.js";

export const SESSION_COOKIE = "tr_session";
export const LANG_COOKIE = "tr_lang";
/** Largest request body (an OPML upload is the largest thing anyone sends). */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

export interface DashboardOptions {
  /** Login token, password and session policy; or an `Auth` to share. */
  auth: AuthOptions | Auth;
  /** Accepted `Host` header values (DNS-rebinding guard); null accepts any (tests only). */
  allowedHosts: readonly string[] | null;
  pages?: readonly DashboardPage[];
}

/**
 * The dashboard as a Hono app: security headers, language, CSRF, login and sessions, then
 * every page's routes; errors are mapped once, here, to an HTML page or a JSON body.
 * Runs without a server: `await dashboard.app.request("/api/report", { headers })`.
 *
 * @example
 * const { app, auth } = createDashboard(deps, { auth: { loginToken, password: "" }, allowedHosts: null });
 * serve({ fetch: app.fetch, port: 4280, hostname: "127.0.0.1" });
 */
export function createDashboard(
  deps: ServerDeps,
  options: DashboardOptions,
): { app: Hono<DashboardEnv>; auth: Auth } {
  const auth = options.auth instanceof Auth ? options.auth : new Auth(options.auth);
  const pages = options.pages ?? PAGES;
  const nav = pages.flatMap((p) => (p.nav === null ? [] : [{ path: p.path, nav: p.nav }]));
  const app = new Hono<DashboardEnv>();
  app.onError((error, c) => errorResponse(c, toHttpError(error)));
  app.notFound((c) => errorResponse(c, new HttpError(404, "not-found", "Not found")));
  app.use(securityHeaders(options.allowedHosts));
  app.use(async (c, next) => {
    c.set("deps", deps);
    c.set("nav", nav);
    c.set(
      "t",
      translator(negotiateLang(getCookie(c, LANG_COOKIE), c.req.header("accept-language"))),
    );
    await next();
  });
  app.get("/static/app.css", (c) => asset(c, APP_CSS, "text/css"));
  app.get("/static/app.js", (c) => asset(c, APP_JS, "text/javascript"));
  app.get("/static/compose.js", (c) => asset(c, COMPOSE_JS, "text/javascript"));
  app.get("/static/icon.svg", (c) => asset(c, ICON_SVG, "image/svg+xml"));
  const smallBodies = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new HttpError(413, "too-large", "The request is too large.");
    },
  });
  // An export upload has its own, configured limit (and is streamed, not buffered).
  const exportUploads = exportUploadLimit();
  app.use((c, next) =>
    isExportUpload(c.req.path) ? exportUploads(c, next) : smallBodies(c, next),
  );
  app.use(csrf());
  registerLogin(app, auth);
  app.use(async (c, next) => {
    if (auth.touch(getCookie(c, SESSION_COOKIE))) return next();
    if (c.req.path.startsWith("/api/"))
      throw new HttpError(401, "unauthenticated", "Log in first.");
    if (c.req.method !== "GET") throw new HttpError(401, "unauthenticated", "Log in first.");
    return c.redirect("/login", 302);
  });
  for (const page of pages) page.routes(app);
  return { app, auth };
}

function asset(c: Context<DashboardEnv>, body: string, type: string) {
  c.header("Content-Type", `${type}; charset=utf-8`);
  c.header("Cache-Control", "no-cache");
  return c.body(body);
}

function errorResponse(c: Context<DashboardEnv>, error: HttpError) {
  if (error.status === 500) console.error(error.cause ?? error);
  if (c.req.path.startsWith("/api/")) {
    return c.json({ error: { code: error.code, message: error.publicMessage } }, error.status);
  }
  if (c.get("t") === undefined) c.set("t", translator("en"));
  const t = c.var.t;
  const body = html`<p class="notice error" role="alert" id="error-message">${error.publicMessage}</p><p><a href="/">${t("error.back")}</a></p>`;
  return c.html(layout(c, { title: t("error.title"), body, chrome: "none" }), error.status);
}

function loginPage(c: Context<DashboardEnv>, auth: Auth, outcome?: LoginOutcome) {
  const t = c.var.t;
  const failed = outcome !== undefined && !outcome.ok ? outcome.reason : undefined;
  const notice =
    failed === undefined
      ? undefined
      : {
          kind: "error" as const,
          text: t(
            failed === "used"
              ? "login.used"
              : failed === "throttled"
                ? "login.throttled"
                : "login.wrong",
          ),
        };
  const password = auth.passwordEnabled
    ? html`<form method="post" action="/login" id="login-form">${csrfField(c)}
<label for="password">${t("login.password")}</label><input type="password" id="password" name="password" autocomplete="current-password" required>
<p><button type="submit">${t("login.submit")}</button></p></form>`
    : "";
  const body = html`<p>${t("login.intro")}</p>${password}`;
  const status = failed === undefined ? 200 : failed === "throttled" ? 429 : 401;
  return c.html(layout(c, { title: t("login.title"), body, notice, chrome: "lang" }), status);
}

function startSession(c: Context<DashboardEnv>, outcome: LoginOutcome, auth: Auth) {
  if (!outcome.ok) return loginPage(c, auth, outcome);
  setCookie(c, SESSION_COOKIE, outcome.sessionId, {
    httpOnly: true,
    sameSite: "Strict",
    path: "/",
  });
  return c.redirect("/", 303);
}

function registerLogin(app: Hono<DashboardEnv>, auth: Auth): void {
  app.get("/login", (c) => {
    const token = c.req.query("token");
    return token === undefined
      ? loginPage(c, auth)
      : startSession(c, auth.redeemToken(token), auth);
  });
  app.post("/login", async (c) => {
    const form = await c.req.parseBody();
    if (typeof form.token === "string") return startSession(c, auth.redeemToken(form.token), auth);
    const password = typeof form.password === "string" ? form.password : "";
    return startSession(c, auth.checkPassword(password), auth);
  });
  app.post("/logout", (c) => {
    auth.logout(getCookie(c, SESSION_COOKIE));
    deleteCookie(c, SESSION_COOKIE, { path: "/" });
    return c.redirect("/login", 303);
  });
  app.post("/lang", async (c) => {
    const form = await c.req.parseBody();
    const lang = typeof form.lang === "string" ? form.lang : "";
    if (!isLang(lang)) throw new HttpError(400, "usage", "unknown language");
    setCookie(c, LANG_COOKIE, lang, {
      httpOnly: true,
      sameSite: "Strict",
      path: "/",
      maxAge: 365 * 24 * 3600,
    });
    const back = typeof form.back === "string" && /^\/(?![/\\])/.test(form.back) ? form.back : "/";
    return c.redirect(back, 303);
  });
}
