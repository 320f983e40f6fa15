import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanTempDirs, tempDir, writeZip } from "../fixtures/linkedin/builders.js";
import { PEOPLE_EXPORT } from "../fixtures/people/export.js";
import { runCli } from "./run.js";

afterAll(cleanTempDirs);

/** Imports the hand-made export into a fresh data folder with interests in a config file. */
async function setup() {
  const zip = await writeZip(PEOPLE_EXPORT, "Complete_LinkedInDataExport_11-20-2026.zip");
  const dir = await tempDir();
  const config = join(dir, "config.toml");
  writeFileSync(config, `[profile]\ninterests = "Apache Kafka, Datenplattformen, Data Science"\n`);
  const base = ["--data-dir", dir, "--config", config];
  const r = await runCli([...base, "import", zip, "--json"]);
  expect(r.code, r.stderr).toBe(0);
  return base;
}

describe("tellerrand triage / invitations", () => {
  it("prints JSON, filters by category and limits", async () => {
    const base = await setup();
    const all = await runCli([...base, "triage", "--json"]);
    expect(all.code, all.stderr).toBe(0);
    const r = JSON.parse(all.stdout);
    expect(r.asOf).toBe("2026-11-20");
    expect(r.entries).toHaveLength(11);
    expect(r.entries.find((e: { name: string }) => e.name === "Ben Brandt").category).toBe(
      "door-opener",
    );
    const only = JSON.parse(
      (await runCli([...base, "triage", "--category", "ballast", "--limit", "1", "--json"])).stdout,
    );
    expect(only.entries).toHaveLength(1);
    expect(only.entries[0].category).toBe("ballast");
    expect(only.entries[0].reason).toMatch(/^Ballast: /);
  });

  it("prints a readable table with the reasons", async () => {
    const base = await setup();
    const r = await runCli([...base, "triage"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Triage of 11 current connections \(as of 2026-11-20\): /);
    expect(r.stdout).toContain("Door-openers: relevant, from segments you rarely reach (1)");
    expect(r.stdout).toMatch(
      /Ben Brandt\s+Data Scientist @ Seerose Bio AG\s+rel \d\.\d\d\s+bridge/,
    );
    expect(r.stdout).toContain("Dormant: relevant to your interests");
  });

  it("marks a contact and the next triage respects it", async () => {
    const base = await setup();
    const m = await runCli([
      ...base,
      "triage",
      "mark",
      "Dora Dietz",
      "reconnect",
      "--note",
      "call",
    ]);
    expect(m.code, m.stderr).toBe(0);
    expect(m.stdout).toMatch(/^#\d+ Dora Dietz: reconnect\n$/);
    const r = JSON.parse(
      (await runCli([...base, "triage", "--category", "dormant", "--json"])).stdout,
    );
    expect(r.entries.find((e: { name: string }) => e.name === "Dora Dietz")).toMatchObject({
      mark: "reconnect",
      computed: "ballast",
    });
    expect((await runCli([...base, "triage", "mark", "Dora Dietz", "clear"])).stdout).toContain(
      "mark cleared",
    );
  });

  it("rejects bad input with usage errors", async () => {
    const base = await setup();
    expect((await runCli([...base, "triage", "--category", "friends"])).code).toBe(64);
    expect((await runCli([...base, "triage", "--limit", "0"])).code).toBe(64);
    expect((await runCli([...base, "triage", "mark", "Dora Dietz", "maybe"])).code).toBe(64);
    const ambiguous = await runCli([...base, "triage", "mark", "Kai Berg", "keep"]);
    expect(ambiguous.code).toBe(64);
    expect(ambiguous.stderr).toMatch(
      /matches 2 contacts: #\d+ https:\/\/www.linkedin.com\/in\/kai-1/,
    );
  });

  it("advises on invitations, as JSON and as text", async () => {
    const base = await setup();
    const json = JSON.parse((await runCli([...base, "invitations", "--json"])).stdout);
    expect(json.invitations.map((i: { name: string }) => i.name).sort()).toEqual([
      "Hedi Hahn",
      "Ines Igel",
    ]);
    expect(typeof json.horizonScore).toBe("number");
    const text = await runCli([...base, "invitations"]);
    expect(text.stdout).toMatch(/^2 pending invitations \(as of 2026-11-20\)/);
    expect(text.stdout).toContain("accepting moves your horizon score");
  });
});
