import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { loadConfig } from "../../src/config/load.js";
import { reloadConfig } from "../../src/config/write.js";
import { type Browser, browser, type Harness, harness } from "./harness.js";

let h: Harness;
let b: Browser;
let dir: string;
let file: string;
/** The environment the test's config is loaded with (an env var locks its field). */
const env: NodeJS.ProcessEnv = { TELLERRAND_POLITICS_BLOCK_WORDS: "wahlkampf" };

/**
 * Gives the harness a config file in a temp folder (never the user's) and the same reload the
 * real server has: a new app object over the same store, with the config read again.
 */
function withConfigFile(target: Harness, configFile: string): void {
  const base = target.deps.app;
  let current: App | undefined;
  let origins = loadConfig({}, { ...env, TELLERRAND_CONFIG: configFile }).origins;
  target.deps.app = () => current ?? base();
  target.deps.settings = {
    configFile,
    origins: () => origins,
    async reload() {
      const loaded = reloadConfig(configFile, base().config, env);
      origins = loaded.origins;
      current = { ...base(), config: loaded.config };
    },
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tr-settings-"));
  file = join(dir, "config", "config.toml");
  h = await harness();
  withConfigFile(h, file);
  b = await browser(h);
});
afterAll(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  rmSync(join(dir, "config"), { recursive: true, force: true });
  await h.deps.settings?.reload();
});

type Settings = {
  profile: { interests: string; goals: string; name: string; currentEmployers: string[] };
  politics: { strictness: string; keepWords: string[]; blockWords: string[] };
  digest: { ownEmployerCap: number; beyondShare: number };
  routing: Record<string, { kinds: string[]; politics: boolean; maxPerDay: number }>;
  locked: Record<string, string>;
  editable: boolean;
};
const api = async () => (await (await b.get("/api/settings")).json()) as Settings;
const triageCounts = async () =>
  ((await (await b.get("/api/triage")).json()) as { counts: unknown }).counts;

describe("settings forms", () => {
  it("shows every section with labelled fields and the env-locked field disabled", async () => {
    const text = await (await b.get("/settings")).text();
    for (const id of ["profile-form", "politics-form", "digest-form", "routing-form", "accounts"]) {
      expect(text).toContain(`id="${id}"`);
    }
    expect(text).toContain('<label for="profile-interests">');
    expect(text).toMatch(/<textarea id="politics-blockWords"[^>]*disabled/);
    expect(text).toContain("Set by TELLERRAND_POLITICS_BLOCK_WORDS");
    expect(text).not.toMatch(/<textarea id="politics-keepWords"[^>]*disabled/);
    expect(text).toContain(file);
    expect((await api()).locked).toEqual({
      "politics.blockWords": "TELLERRAND_POLITICS_BLOCK_WORDS",
    });
  });

  it("a saved interest is what the next triage uses", async () => {
    const before = await triageCounts();
    const res = await b.post("/settings", {
      _csrf: b.csrf,
      section: "profile",
      "profile.name": "",
      "profile.currentEmployers": "",
      "profile.pastEmployers": "",
      "profile.goals": "",
      "profile.interests": "software engineering, data science, machine learning, cloud",
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Saved.");
    expect(readFileSync(file, "utf8")).toContain('interests = "software engineering');
    expect((await api()).profile.interests).toBe(
      "software engineering, data science, machine learning, cloud",
    );
    expect(await triageCounts()).not.toEqual(before);
  });

  it("does not copy the export's name and employers into the file unless changed", async () => {
    const shown = (await api()).profile;
    expect(shown.name).not.toBe("");
    await b.post("/settings", {
      _csrf: b.csrf,
      section: "profile",
      "profile.name": shown.name,
      "profile.currentEmployers": shown.currentEmployers.join("\n"),
      "profile.pastEmployers":
        ((await api()).profile as { pastEmployers?: string[] }).pastEmployers?.join(", ") ?? "",
      "profile.goals": "meet typographers",
      "profile.interests": "",
    });
    const written = readFileSync(file, "utf8");
    expect(written).toContain('goals = "meet typographers"');
    expect(written).not.toContain("name =");
    expect(written).not.toContain("Employers");
  });

  it("saves politics, digest and routing, and the app uses them at once", async () => {
    await b.post("/settings", {
      _csrf: b.csrf,
      section: "politics",
      "politics.strictness": "strict",
      "politics.keepWords": "wahlrecht*\nprime minister",
    });
    await b.post("/settings", {
      _csrf: b.csrf,
      section: "digest",
      "digest.limit": "20",
      "digest.ownEmployerCap": "0.1",
      "digest.beyondShare": "0.2",
    });
    const routing = new FormData();
    routing.append("_csrf", b.csrf);
    routing.append("section", "routing");
    for (const n of ["linkedin", "x", "mastodon", "bluesky", "facebook"]) {
      routing.append(`publishing.${n}.kinds`, n === "facebook" ? "private" : "any");
      if (n === "mastodon") routing.append(`publishing.${n}.politics`, "true");
      routing.append(`publishing.${n}.maxPerDay`, n === "linkedin" ? "1" : "5");
      routing.append(`publishing.${n}.slots`, "08:30, 12:00, 17:30");
    }
    routing.append("publishing.linkedin.kinds", "professional");
    expect((await b.post("/settings", { _csrf: b.csrf })).status).toBe(400); // no section
    const saved = await b.post("/settings", routing);
    expect(saved.status).toBe(200);
    const s = await api();
    expect(s.politics).toEqual({
      strictness: "strict",
      keepWords: ["wahlrecht*", "prime minister"],
      blockWords: ["wahlkampf"],
    });
    expect(s.digest.ownEmployerCap).toBe(0.1);
    expect(s.routing.linkedin).toMatchObject({ kinds: ["any", "professional"], maxPerDay: 1 });
    expect(s.routing.mastodon?.politics).toBe(true);
    expect(s.routing.x?.politics).toBe(false);
    expect(h.deps.app().config.publishing.linkedin.maxPerDay).toBe(1);
    const written = readFileSync(file, "utf8");
    expect(written).not.toContain("blockWords"); // locked by env: not written
    expect(written).not.toContain("[publishing.x]"); // unchanged network: not pinned
  });

  it("an invalid value shows the form again with the field marked, status 400, nothing written", async () => {
    mkdirSync(join(dir, "config"));
    writeFileSync(file, "[digest]\nownEmployerCap = 0.3\n");
    await h.deps.settings?.reload();
    for (const [value, reason] of [
      ["1.5", /expected number to be &lt;=1/],
      ["lots", /not a number/],
    ] as const) {
      const res = await b.post("/settings", {
        _csrf: b.csrf,
        section: "digest",
        "digest.limit": "20",
        "digest.ownEmployerCap": value,
        "digest.beyondShare": "0.2",
      });
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(text).toContain("Largest share from your current employers");
      expect(text).toMatch(reason);
      expect(text).toMatch(
        /id="digest-ownEmployerCap" name="digest.ownEmployerCap" value="[^"]+"[^>]*aria-invalid="true"/,
      );
      expect(text).toContain(`value="${value}"`);
    }
    expect(readFileSync(file, "utf8")).toBe("[digest]\nownEmployerCap = 0.3\n");
    expect(existsSync(`${file}.bak`)).toBe(false);
  });

  it("leaves fields a post does not carry alone, and reads a decimal comma", async () => {
    await b.postJson("/api/settings", { "profile.interests": "bees", "digest.beyondShare": 0.3 });
    await b.post("/settings", { _csrf: b.csrf, section: "profile", "profile.goals": "honey" });
    await b.post("/settings", { _csrf: b.csrf, section: "digest", "digest.ownEmployerCap": "0,1" });
    const s = await api();
    expect(s.profile).toMatchObject({ interests: "bees", goals: "honey" });
    expect(s.digest).toMatchObject({ ownEmployerCap: 0.1, beyondShare: 0.3 });
  });

  it("refuses a form without the CSRF field (403) and writes nothing", async () => {
    const res = await b.post("/settings", { section: "profile", "profile.goals": "x" });
    expect(res.status).toBe(403);
    expect(existsSync(file)).toBe(false);
  });

  it("renders German labels", async () => {
    const de = await browser(h, "de");
    const text = await (await de.get("/settings")).text();
    expect(text).toContain("Verteilregeln");
    expect(text).toContain("Gesetzt durch TELLERRAND_POLITICS_BLOCK_WORDS");
  });
});

describe("/api/settings (JSON)", () => {
  it("PUT-like POST saves typed values and answers the new settings", async () => {
    const res = await b.postJson("/api/settings", {
      "profile.interests": "urban gardening",
      "politics.keepWords": ["ampel"],
      "digest.ownEmployerCap": "0.15",
      "politics.blockWords": ["x"],
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { saved: string[]; warnings: string[]; settings: Settings };
    expect(body.settings.profile.interests).toBe("urban gardening");
    expect(body.settings.digest.ownEmployerCap).toBe(0.15);
    expect(body.warnings).toEqual([
      "TELLERRAND_POLITICS_BLOCK_WORDS is set in the environment and wins over the file",
    ]);
    const unset = await b.postJson("/api/settings", { "profile.interests": null });
    expect(((await unset.json()) as { settings: Settings }).settings.profile.interests).toBe("");
  });

  it("refuses invalid values, secrets and keys outside the page with 400 naming the field", async () => {
    for (const [path, value] of [
      ["politics.strictness", "lenient"],
      ["server.password", "hunter2hunter2"],
      ["dataDir", "/tmp/elsewhere"],
      ["publishing.x.slots", ["25:00"]],
    ] as const) {
      const res = await b.postJson("/api/settings", { [path]: value });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { field: string } }).error.field).toBe(path);
    }
    expect(existsSync(file)).toBe(false);
    expect((await b.postJson("/api/settings", [1])).status).toBe(400);
  });

  it("needs the CSRF header (403)", async () => {
    const res = await h.request("/api/settings", {
      method: "PUT",
      body: JSON.stringify({ "profile.goals": "x" }),
      headers: {
        "content-type": "application/json",
        cookie: Object.entries(b.cookies)
          .map(([k, v]) => `${k}=${v}`)
          .join("; "),
      },
    });
    expect(res.status).toBe(403);
    expect(existsSync(file)).toBe(false);
  });
});

describe("without a config file", () => {
  it("shows the settings read-only and refuses saves", async () => {
    const plain = await harness({ sample: false });
    const pb = await browser(plain);
    const text = await (await pb.get("/settings")).text();
    expect(text).toMatch(/<input type="text" id="profile-name"[^>]*disabled/);
    expect(text).toContain("Read-only here");
    const res = await pb.post("/settings", {
      _csrf: pb.csrf,
      section: "profile",
      "profile.goals": "x",
    });
    expect(res.status).toBe(400);
    expect((await pb.postJson("/api/settings", { "profile.goals": "x" })).status).toBe(400);
    await plain.close();
  });
});

describe("realDeps (what `tellerrand serve` runs)", () => {
  it("reload makes app() a new app with the file's config, over the same store; wipe keeps it", async () => {
    const { realDeps } = await import("../../src/server/start.js");
    const { updateConfigFile } = await import("../../src/config/write.js");
    const base = mkdtempSync(join(tmpdir(), "tr-realdeps-"));
    const configFile = join(base, "config.toml");
    const loaded = loadConfig({ dataDir: join(base, "data") }, { TELLERRAND_CONFIG: configFile });
    const deps = await realDeps(loaded.config, "test", loaded);
    try {
      const first = deps.app();
      updateConfigFile(configFile, { "profile.interests": "bees", dataDir: "/ignored" });
      await deps.settings?.reload();
      expect(deps.app()).not.toBe(first);
      expect(deps.app().db).toBe(first.db);
      expect(deps.app().config.profile.interests).toBe("bees");
      expect(deps.app().config.dataDir).toBe(join(base, "data"));
      expect(deps.settings?.origins()["profile.interests"]).toBe("file");
      await deps.wipe();
      expect(deps.app().config.profile.interests).toBe("bees");
    } finally {
      await deps.close();
      rmSync(base, { recursive: true, force: true });
    }
  });
});

describe("connected accounts", () => {
  it("lists them with masked secrets and disconnects one by its form", async () => {
    const { connectAccount } = await import("../../src/services/publishing/accounts.js");
    const ctx = h.deps.publishing?.();
    if (ctx === undefined) throw new Error("the harness has a publishing context");
    const secret = "s3cret-token-value-123456";
    const a = await connectAccount(ctx, {
      network: "mastodon",
      handle: "@me@social.example",
      serviceUrl: "https://social.example",
      secrets: { token: secret },
      expiresAt: null,
    });
    const text = await (await b.get("/settings")).text();
    expect(text).toContain(`id="account-${a.id}"`);
    expect(text).toContain("@me@social.example");
    expect(text).not.toContain(secret);
    expect(text).toContain(`action="/settings/accounts/${a.id}/remove"`);
    expect((await b.post(`/settings/accounts/${a.id}/remove`, {})).status).toBe(403);
    const res = await b.post(`/settings/accounts/${a.id}/remove`, { _csrf: b.csrf });
    expect(res.status).toBe(200);
    const after = await res.text();
    expect(after).toContain(`Account #${a.id} disconnected.`);
    expect(after).not.toContain(`id="account-${a.id}"`);
    expect((await b.post(`/settings/accounts/${a.id}/remove`, { _csrf: b.csrf })).status).toBe(404);
  });
});
