import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SAMPLE_EXPORTS } from "../../src/cli/demo.js";
import { runCli } from "./run.js";

const [olderSample, newerSample] = SAMPLE_EXPORTS as [string, string];

function dataDir(): string {
  return mkdtempSync(join(tmpdir(), "tr-cli-"));
}

describe("tellerrand CLI", () => {
  it("prints its version", async () => {
    const r = await runCli(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("imports the sample, reports, and is idempotent on re-import", async () => {
    const dir = dataDir();
    const first = await runCli(["--data-dir", dir, "import", olderSample, "--json"]);
    expect(first.code, first.stderr).toBe(0);
    const imported = JSON.parse(first.stdout);
    expect(imported.status).toBe("imported");
    expect(imported.counts.added).toBeGreaterThan(100);

    const again = await runCli(["--data-dir", dir, "import", olderSample]);
    expect(again.stdout).toMatch(/Already imported/);

    const later = JSON.parse(
      (await runCli(["--data-dir", dir, "import", newerSample, "--json"])).stdout,
    );
    expect(later.snapshot.id).toBe(2);
    expect(later.counts.added).toBeGreaterThan(0);

    const report = await runCli([
      "--data-dir",
      dir,
      "report",
      "--json",
      "--html",
      join(dir, "r.html"),
    ]);
    expect(report.code, report.stderr).toBe(0);
    const json = JSON.parse(report.stdout);
    expect(json.contacts).toBeGreaterThan(100);
    expect(json.horizonScore.value).toBeGreaterThanOrEqual(0);
    expect(json.horizonScore.value).toBeLessThanOrEqual(100);
    for (const dim of ["employer", "function", "seniority", "year"]) {
      expect(json.dimensions[dim].shares.length).toBeGreaterThan(0);
      expect(json.dimensions[dim]).toHaveProperty("hhi");
      expect(json.dimensions[dim]).toHaveProperty("coverage");
    }
    expect(json.ownEmployerShare).toBeGreaterThan(0);
    const html = readFileSync(join(dir, "r.html"), "utf8");
    expect(html).toContain("<svg");
    expect(html).not.toContain("<script");

    const snapshots = JSON.parse((await runCli(["--data-dir", dir, "snapshots", "--json"])).stdout);
    expect(snapshots).toHaveLength(2);
  });

  it("sets an organisation's industry and reports the industry dimension", async () => {
    const dir = dataDir();
    await runCli(["--data-dir", dir, "import", newerSample]);
    const orgs = JSON.parse(
      (await runCli(["--data-dir", dir, "orgs", "list", "--json", "--limit", "3"])).stdout,
    );
    expect(orgs).toHaveLength(3);
    const top = orgs[0];
    const set = await runCli(["--data-dir", dir, "orgs", "set-industry", top.name, "j"]);
    expect(set.code, set.stderr).toBe(0);
    const report = JSON.parse((await runCli(["--data-dir", dir, "report", "--json"])).stdout);
    expect(report.dimensions.industry.known).toBe(top.contacts);
    const bad = await runCli(["--data-dir", dir, "orgs", "set-industry", top.name, "Z"]);
    expect(bad.code).toBe(64);
    expect(bad.stderr).toMatch(/not a NACE section/);
  });

  it("explains that nothing was imported yet", async () => {
    const r = await runCli(["--data-dir", dataDir(), "report"]);
    expect(r.code).toBe(66);
    expect(r.stderr).toMatch(/nothing imported yet/);
  });

  it("exports all data as JSON and wipes it with --yes", async () => {
    const dir = dataDir();
    await runCli(["--data-dir", dir, "import", olderSample]);
    const out = join(dir, "export.json");
    expect((await runCli(["--data-dir", dir, "export", "-o", out])).code).toBe(0);
    const exported = JSON.parse(readFileSync(out, "utf8"));
    expect(exported.format).toBe("tellerrand-export");
    expect(exported.tables.contacts.length).toBeGreaterThan(100);
    expect(exported.tables.messages.length).toBeGreaterThan(0);
    const wiped = await runCli(["--data-dir", dir, "wipe", "--yes"]);
    expect(wiped.code).toBe(0);
    expect(existsSync(join(dir, "tellerrand.db"))).toBe(false);
    expect(existsSync(out)).toBe(true); // only Tellerrand's own files are deleted
  });

  it("shows the config with its origins", async () => {
    const dir = dataDir();
    const file = join(dir, "config.toml");
    writeFileSync(file, '[profile]\nname = "Jana"\ninterests = "Stadtentwicklung"\n');
    const r = await runCli(["--config", file, "--data-dir", dir, "config", "show", "--json"], {
      TELLERRAND_PROFILE_GOALS: "Produktleute kennenlernen",
    });
    expect(r.code, r.stderr).toBe(0);
    const shown = JSON.parse(r.stdout);
    expect(shown.config.profile).toMatchObject({
      name: "Jana",
      goals: "Produktleute kennenlernen",
    });
    expect(shown.origins).toMatchObject({
      "profile.name": "file",
      "profile.goals": "env",
      dataDir: "flag",
    });
  });

  it("fails with exit code 66 and the path when the export does not exist", async () => {
    const r = await runCli(["--data-dir", dataDir(), "import", "/nonexistent/export.zip"]);
    expect(r.code).toBe(66);
    expect(r.stderr).toContain("/nonexistent/export.zip");
  });
});

describe("tellerrand import with bad input", () => {
  it("refuses a corrupt archive with exit code 65 and keeps what was stored", async () => {
    const dir = dataDir();
    await runCli(["--data-dir", dir, "import", olderSample]);
    const corrupt = join(dir, "Basic_LinkedInDataExport_01-02-2026.zip");
    const bytes = readFileSync(newerSample);
    writeFileSync(corrupt, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const r = await runCli(["--data-dir", dir, "import", corrupt]);
    expect(r.code).toBe(65);
    expect(r.stderr).toContain(corrupt);
    const snapshots = JSON.parse((await runCli(["--data-dir", dir, "snapshots", "--json"])).stdout);
    expect(snapshots).toHaveLength(1);
    const report = JSON.parse((await runCli(["--data-dir", dir, "report", "--json"])).stdout);
    expect(report.contacts).toBeGreaterThan(100);
  });
});
