import { PassThrough, Readable } from "node:stream";
import type { Context } from "hono";
import { html } from "hono/html";
import { writeJsonExport } from "../../db/export-store.js";
import { effectiveProfile } from "../../services/profile.js";
import type { DashboardEnv, DashboardPage } from "../env.js";
import { csrfField, type Html, layout, type PageOptions } from "../views/layout.js";

async function settingsModel(c: Context<DashboardEnv>) {
  const app = c.var.deps.app();
  const profile = await effectiveProfile(app.config.profile, app.reports);
  return { profile, politics: app.config.politics };
}

function list(t: Context<DashboardEnv>["var"]["t"], items: readonly string[]): Html | string {
  return items.length === 0 ? t("settings.none") : html`${items.join(", ")}`;
}

async function render(c: Context<DashboardEnv>, notice?: PageOptions["notice"], status = 200) {
  const t = c.var.t;
  const { profile, politics } = await settingsModel(c);
  const src = (s: "config" | "export" | "none") => t(`settings.source.${s}`);
  const row = (id: string, label: string, value: Html | string, source?: string) =>
    html`<tr id="${id}"><th scope="row">${label}</th><td>${value}${source === undefined ? "" : html` <span class="muted">(${source})</span>`}</td></tr>`;
  const word = t("settings.wipeWord");
  const body = html`<section aria-labelledby="profile-h"><h2 id="profile-h">${t("settings.profile")}</h2><table id="profile">
${row("profile-name", t("settings.name"), profile.name || t("settings.none"), src(profile.sources.name))}
${row("profile-current", t("settings.current"), list(t, profile.currentEmployers), src(profile.sources.employers))}
${row("profile-past", t("settings.past"), list(t, profile.pastEmployers), src(profile.sources.employers))}
${row("profile-goals", t("settings.goals"), profile.goals || t("settings.none"))}
${row("profile-interests", t("settings.interests"), profile.interests || t("settings.none"))}
</table></section>
<section aria-labelledby="politics-h"><h2 id="politics-h">${t("settings.politics")}</h2><table id="politics">
${row("politics-strictness", t("settings.strictness"), t(`settings.strict.${politics.strictness}`))}
${row("politics-keep", t("settings.keepWords"), list(t, politics.keepWords))}
${row("politics-block", t("settings.blockWords"), list(t, politics.blockWords))}
</table><p class="muted">${t("settings.edit")}</p></section>
<section aria-labelledby="data-h"><h2 id="data-h">${t("settings.data")}</h2>
<p><a href="/settings/export" download id="data-export">${t("settings.export")}</a></p>
<h3>${t("settings.wipe")}</h3><p class="warn">${t("settings.wipeWarn")}</p>
<form method="post" action="/settings/wipe" id="wipe-form" data-confirm="${t("settings.wipeWarn")}">${csrfField(c)}
<label for="wipe-confirm">${t("settings.wipeConfirm", { word })}</label>
<input type="text" id="wipe-confirm" name="confirm" autocomplete="off" required>
<p><button type="submit" class="danger">${t("settings.wipeSubmit")}</button></p></form></section>`;
  return c.html(layout(c, { title: t("settings.title"), body, notice }), status as 200);
}

/** Streams `tellerrand export`'s JSON document, table by table, as a download. */
async function download(c: Context<DashboardEnv>) {
  const deps = c.var.deps;
  const out = new PassThrough();
  writeJsonExport(deps.app().db, out, deps.version).then(
    () => out.end(),
    (error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  const day = new Date().toISOString().slice(0, 10);
  return new Response(Readable.toWeb(out) as ReadableStream, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="tellerrand-export-${day}.json"`,
    },
  });
}

async function wipe(c: Context<DashboardEnv>) {
  const t = c.var.t;
  const form = await c.req.parseBody();
  const typed = typeof form.confirm === "string" ? form.confirm.trim().toLowerCase() : "";
  const word = t("settings.wipeWord");
  if (typed !== word.toLowerCase()) {
    return render(c, { kind: "error", text: t("settings.wipeMismatch", { word }) }, 400);
  }
  await c.var.deps.wipe();
  return render(c, { kind: "ok", text: t("settings.wiped") });
}

/** Settings: profile, goals and interests, politics filter; data export and wipe. */
export const settingsPage: DashboardPage = {
  path: "/settings",
  nav: "nav.settings",
  routes(app) {
    app.get("/settings", (c) => render(c));
    app.get("/settings/export", download);
    app.post("/settings/wipe", wipe);
    app.get("/api/settings", async (c) => c.json(await settingsModel(c)));
  },
};
