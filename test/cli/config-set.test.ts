import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "./run.js";

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "tr-cfgset-"));
  file = join(dir, "conf", "config.toml");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function shown(): Promise<{
  config: Record<string, Record<string, unknown>>;
  origins: Record<string, string>;
}> {
  const r = await runCli(["--config", file, "--data-dir", dir, "config", "show", "--json"]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe("config set / unset", () => {
  it("creates the file and sets strings, lists, numbers and booleans that `config show` then reports", async () => {
    const steps = [
      ["profile.interests", "open source, typography"],
      ["profile.currentEmployers", "ACME GmbH, Globex"],
      ["digest.ownEmployerCap", "0.1"],
      ["publishing.linkedin.politics", "yes"],
    ];
    for (const [path = "", value = ""] of steps) {
      const r = await runCli(["--config", file, "config", "set", path, value]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`set ${path} = `);
    }
    const s = await shown();
    expect(s.config.profile?.interests).toBe("open source, typography");
    expect(s.config.profile?.currentEmployers).toEqual(["ACME GmbH", "Globex"]);
    expect((s.config.digest as { ownEmployerCap: number }).ownEmployerCap).toBe(0.1);
    expect((s.config.publishing as { linkedin: { politics: boolean } }).linkedin.politics).toBe(
      true,
    );
    expect(s.origins["profile.interests"]).toBe("file");
    expect(existsSync(`${file}.bak`)).toBe(true);
  });

  it("unsets a value so the default applies again", async () => {
    await runCli(["--config", file, "config", "set", "politics.strictness", "strict"]);
    const r = await runCli(["--config", file, "config", "unset", "politics.strictness", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ file, changed: ["politics.strictness"] });
    const s = await shown();
    expect(s.config.politics?.strictness).toBe("partisan");
    expect(s.origins["politics.strictness"]).toBe("default");
  });

  it("rejects an invalid value with exit code 78, naming the field, and keeps the old file", async () => {
    await runCli(["--config", file, "config", "set", "digest.limit", "30"]);
    const before = readFileSync(file, "utf8");
    for (const [path, value] of [
      ["digest.limit", "0"],
      ["digest.limit", "many"],
      ["politics.strictness", "lenient"],
      ["publishing.x.slots", "25:00"],
    ] as const) {
      const r = await runCli(["--config", file, "config", "set", path, value]);
      expect(r.code).toBe(78);
      expect(r.stderr).toContain(path);
    }
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it("refuses secrets and unknown keys", async () => {
    const secret = await runCli(["--config", file, "config", "set", "server.password", "x"]);
    expect(secret.code).toBe(78);
    expect(secret.stderr).toContain("secret");
    const unknown = await runCli(["--config", file, "config", "set", "profile.nick", "x"]);
    expect(unknown.code).toBe(78);
    expect(existsSync(file)).toBe(false);
  });

  it("writes a value an env var also sets, and warns that the env var wins", async () => {
    const env = { TELLERRAND_PROFILE_GOALS: "from env" };
    const r = await runCli(
      ["--config", file, "config", "set", "profile.goals", "from file", "--json"],
      env,
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { warnings: string[]; values: Record<string, unknown> };
    expect(out.values).toEqual({ "profile.goals": "from file" });
    expect(out.warnings).toEqual([
      "TELLERRAND_PROFILE_GOALS is set in the environment and wins over the file",
    ]);
    expect(readFileSync(file, "utf8")).toContain('goals = "from file"');
    const text = await runCli(["--config", file, "config", "set", "profile.goals", "again"], env);
    expect(text.stderr).toContain("warning: TELLERRAND_PROFILE_GOALS");
  });

  it("uses TELLERRAND_CONFIG when no --config is given", async () => {
    const r = await runCli(["config", "set", "profile.name", "Ada"], { TELLERRAND_CONFIG: file });
    expect(r.code).toBe(0);
    expect(readFileSync(file, "utf8")).toContain('name = "Ada"');
  });
});

describe("config unset without a file", () => {
  it("says nothing changed and creates no file", async () => {
    const r = await runCli(["--config", file, "config", "unset", "profile.goals"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`no change: ${file} already says so\n`);
    expect(r.stderr).toBe("");
    expect(existsSync(file)).toBe(false);
  });
});
