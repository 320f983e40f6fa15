import type { Context } from "hono";
import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import type { DashboardEnv } from "../env.js";
import { LANGS } from "../i18n/index.js";

/** Rendered markup: hono's `html` escapes every interpolated string unless it is itself markup. */
export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export interface PageOptions {
  title: string;
  body: Html;
  /** A short message at the top (the outcome of a form), with its kind. */
  notice?: { kind: "ok" | "error"; text: string } | undefined;
  /** What surrounds the page: navigation and language switch (default), only the switch
   * (login), or nothing (error pages, which may be shown before a CSRF token exists). */
  chrome?: "full" | "lang" | "none";
}

/** The hidden CSRF field every form carries. */
export function csrfField(c: Context<DashboardEnv>): Html {
  return html`<input type="hidden" name="_csrf" value="${c.var.csrf}">`;
}

function navBar(c: Context<DashboardEnv>): Html {
  const here = c.req.path;
  const links = c.var.nav.map(
    (i) =>
      html`<li><a href="${i.path}"${here === i.path ? html` aria-current="page"` : ""}>${c.var.t(i.nav)}</a></li>`,
  );
  return html`<nav aria-label="${c.var.t("nav.label")}"><ul>${links}</ul>
<form method="post" action="/logout" class="inline">${csrfField(c)}<button type="submit">${c.var.t("layout.logout")}</button></form></nav>`;
}

function langSwitch(c: Context<DashboardEnv>): Html {
  const t = c.var.t;
  const options = LANGS.map(
    (l) =>
      html`<option value="${l}"${l === t.lang ? html` selected` : ""}>${t(`lang.${l}`)}</option>`,
  );
  return html`<form method="post" action="/lang" class="inline" id="lang-form">${csrfField(c)}
<input type="hidden" name="back" value="${c.req.path}">
<label for="lang-select">${t("layout.language")}</label>
<select id="lang-select" name="lang" data-autosubmit>${options}</select>
<button type="submit" class="js-hide">${t("layout.switch")}</button></form>`;
}

/**
 * The page shell: language, title, navigation, the served stylesheet and script (no inline
 * code, as the Content-Security-Policy demands), and a notice.
 *
 * @example
 * return c.html(layout(c, { title: t("overview.title"), body: html`<p>…</p>` }));
 */
export function layout(c: Context<DashboardEnv>, options: PageOptions): Html {
  const t = c.var.t;
  const chrome = options.chrome ?? "full";
  const notice =
    options.notice === undefined
      ? ""
      : html`<p class="notice ${options.notice.kind}" role="${options.notice.kind === "error" ? "alert" : "status"}" id="notice">${options.notice.text}</p>`;
  return html`<!DOCTYPE html>
<html lang="${t.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · ${t("app.name")}</title>
<link rel="icon" href="/static/icon.svg" type="image/svg+xml"><link rel="stylesheet" href="/static/app.css"><script src="/static/app.js" defer></script></head>
<body><a class="skip" href="#main">${t("layout.skip")}</a>
<header class="top"><span class="brand">${t("app.name")}</span>${chrome === "full" ? navBar(c) : ""}${chrome === "none" ? "" : langSwitch(c)}</header>
<main id="main"><h1>${options.title}</h1>${notice}${options.body}</main>
<footer><p class="muted">${t("layout.footer")}</p></footer>
</body></html>`;
}
