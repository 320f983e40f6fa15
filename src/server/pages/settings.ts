import { PassThrough, Readable } from "node:stream";
import type { Context } from "hono";
import {
  ConfigFieldError,
  editableLeaf,
  parseLeafValue,
  updateConfigFile,
} from "../../config/write.js";
import { writeJsonExport } from "../../db/export-store.js";
import { TellerrandError } from "../../domain/errors.js";
import { NETWORK_SPECS, NETWORKS } from "../../domain/publishing/networks.js";
import { effectiveProfile } from "../../services/profile.js";
import { listAccounts, removeAccount } from "../../services/publishing/accounts.js";
import { publishingFor } from "../data/publishing.js";
import type { DashboardEnv, DashboardPage } from "../env.js";
import { HttpError } from "../http/errors.js";
import type { MessageKey, Translator } from "../i18n/index.js";
import { layout, type PageOptions } from "../views/layout.js";
import { type SettingsModel, settingsBody } from "../views/settings.js";
import type { FieldContext } from "../views/settings-fields.js";
import { accountRoutes, connectModel } from "./settings/accounts.js";
import { DASHBOARD_LEAVES, formChanges, isSection, lockReasons } from "./settings/fields.js";

async function accounts(
  c: Context<DashboardEnv>,
): Promise<Pick<SettingsModel, "accounts" | "accountsError" | "connect">> {
  let connect: SettingsModel["connect"] = { oauth: {}, logins: [] };
  try {
    connect = connectModel(c.var.deps);
    return { accounts: await listAccounts(publishingFor(c.var.deps)), connect };
  } catch (error) {
    // A broken key file must not lock the person out of the page where they fix things.
    return {
      accounts: null,
      connect,
      accountsError: error instanceof Error ? error.message : String(error),
    };
  }
}

async function settingsModel(c: Context<DashboardEnv>): Promise<SettingsModel> {
  const app = c.var.deps.app();
  const settings = c.var.deps.settings;
  const profile = await effectiveProfile(app.config.profile, app.reports);
  const { limit, ownEmployerCap, beyondShare } = app.config.digest;
  const p = app.config.publishing;
  const routing = Object.fromEntries(NETWORKS.map((n) => [n, p[n]])) as SettingsModel["routing"];
  const locked = settings === undefined ? {} : Object.fromEntries(lockReasons(settings.origins()));
  return {
    profile,
    politics: app.config.politics,
    digest: { limit, ownEmployerCap, beyondShare },
    routing,
    ...(await accounts(c)),
    editable: settings !== undefined,
    locked,
  };
}

const LABELS: Record<string, MessageKey> = {
  name: "settings.name",
  currentEmployers: "settings.current",
  pastEmployers: "settings.past",
  goals: "settings.goals",
  interests: "settings.interests",
  strictness: "settings.strictness",
  keepWords: "settings.keepWords",
  blockWords: "settings.blockWords",
  limit: "settings.digestLimit",
  ownEmployerCap: "settings.ownEmployerCap",
  beyondShare: "settings.beyondShare",
  kinds: "settings.kinds",
  politics: "settings.allowPolitics",
  maxPerDay: "settings.maxPerDay",
  slots: "settings.slots",
};

/** A field's label as the person sees it on the page, e.g. "LinkedIn: Posts per day at most". */
function fieldLabel(t: Translator, path: string): string {
  const parts = path.split(".");
  const key = LABELS[parts.at(-1) ?? ""];
  const label = key === undefined ? path : t(key);
  const network = parts.length === 3 && parts[0] === "publishing" ? parts[1] : undefined;
  const spec =
    network === undefined ? undefined : NETWORK_SPECS[network as keyof typeof NETWORK_SPECS];
  return spec === undefined ? label : `${spec.label}: ${label}`;
}

async function render(
  c: Context<DashboardEnv>,
  notice?: PageOptions["notice"],
  status: 200 | 400 = 200,
  failed?: Pick<FieldContext, "error" | "draft">,
) {
  const t = c.var.t;
  const model = await settingsModel(c);
  const f: FieldContext = {
    t,
    locked: new Map(Object.entries(model.locked)),
    editable: model.editable,
    ...failed,
  };
  const body = settingsBody(c, model, f, c.var.deps.settings?.configFile);
  return c.html(layout(c, { title: t("settings.title"), body, notice }), status);
}

/** Saves one form; a refused value shows the form again, typed values kept, the field marked. */
async function save(c: Context<DashboardEnv>) {
  const t = c.var.t;
  const form = await c.req.parseBody({ all: true });
  const section = form.section;
  if (!isSection(section)) throw new HttpError(400, "usage", "Unknown settings form.");
  const settings = c.var.deps.settings;
  if (settings === undefined)
    return render(c, { kind: "error", text: t("settings.readonly") }, 400);
  const app = c.var.deps.app();
  const profile = await effectiveProfile(app.config.profile, app.reports);
  const locked = new Set(lockReasons(settings.origins()).keys());
  try {
    const changes = formChanges(section, form, app.config, profile, locked);
    if (Object.keys(changes).length === 0) {
      return render(c, { kind: "ok", text: t("settings.unchanged") });
    }
    updateConfigFile(settings.configFile, changes);
  } catch (error) {
    const refused = refusal(t, error);
    return render(c, { kind: "error", text: refused.text }, 400, {
      error:
        refused.field === undefined ? undefined : { field: refused.field, reason: refused.reason },
      draft: form,
    });
  }
  await settings.reload();
  return render(c, { kind: "ok", text: t("settings.saved") });
}

/** What to tell the person about a refused edit; anything but a config error is rethrown. */
function refusal(t: Translator, error: unknown): { text: string; field?: string; reason: string } {
  if (error instanceof ConfigFieldError) {
    const text = t("settings.invalid", { field: fieldLabel(t, error.field), reason: error.reason });
    return { text, field: error.field, reason: error.reason };
  }
  if (error instanceof TellerrandError && error.code === "config") {
    return { text: error.message, reason: error.message };
  }
  throw error;
}

/** The JSON twin of the forms: `{ "profile.interests": "…", "politics.keepWords": null }`. */
async function apiSave(c: Context<DashboardEnv>) {
  const settings = c.var.deps.settings;
  if (settings === undefined) {
    throw new HttpError(400, "read-only", "This dashboard has no config file to write to.");
  }
  const body: unknown = await c.req.json().catch(() => undefined);
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    throw new HttpError(400, "usage", 'Send a JSON object like {"profile.interests": "…"}.');
  }
  const changes: Record<string, unknown> = {};
  try {
    for (const [path, value] of Object.entries(body)) {
      if (!DASHBOARD_LEAVES.has(path)) {
        throw new ConfigFieldError(
          path,
          "cannot be changed from the dashboard (use `tellerrand config set`)",
        );
      }
      const kind = editableLeaf(path)?.kind;
      changes[path] =
        value === null
          ? undefined
          : typeof value === "string" && kind !== "string"
            ? parseLeafValue(path, value)
            : value;
    }
    updateConfigFile(settings.configFile, changes);
  } catch (error) {
    const refused = refusal(c.var.t, error);
    return c.json(
      { error: { code: "config", message: refused.reason, field: refused.field ?? null } },
      400,
    );
  }
  await settings.reload();
  const locks = lockReasons(settings.origins());
  const warnings = Object.keys(changes).flatMap((p) => {
    const env = locks.get(p);
    return env === undefined ? [] : [`${env} is set in the environment and wins over the file`];
  });
  return c.json({ saved: Object.keys(changes), warnings, settings: await settingsModel(c) });
}

async function disconnect(c: Context<DashboardEnv>) {
  const id = Number(c.req.param("id"));
  if (!Number.isInteger(id) || id < 1) throw new HttpError(400, "usage", "Unknown account.");
  await removeAccount(publishingFor(c.var.deps), id);
  return render(c, { kind: "ok", text: c.var.t("settings.disconnected", { id }) });
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

/** Settings: profile, goals and interests, politics filter, digest, routing, accounts, data. */
export const settingsPage: DashboardPage = {
  path: "/settings",
  nav: "nav.settings",
  routes(app) {
    app.get("/settings", (c) => render(c));
    app.post("/settings", save);
    app.post("/settings/accounts/:id/remove", disconnect);
    accountRoutes(app, render);
    app.get("/settings/export", download);
    app.post("/settings/wipe", wipe);
    app.get("/api/settings", async (c) => c.json(await settingsModel(c)));
    app.put("/api/settings", apiSave);
    app.post("/api/settings", apiSave);
  },
};
