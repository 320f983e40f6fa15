import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanTempDirs, tempDir, writeZip } from "../fixtures/linkedin/builders.js";
import { PEOPLE_EXPORT } from "../fixtures/people/export.js";
import { runCli } from "./run.js";

afterAll(cleanTempDirs);

async function setup() {
  const zip = await writeZip(PEOPLE_EXPORT, "Complete_LinkedInDataExport_11-20-2026.zip");
  const dir = await tempDir();
  const config = join(dir, "config.toml");
  writeFileSync(
    config,
    `[profile]\ninterests = "Apache Kafka, Datenplattformen, Data Science, Open Data"\n`,
  );
  const base = ["--data-dir", dir, "--config", config];
  expect((await runCli([...base, "import", zip, "--json"])).code).toBe(0);
  const csv = join(dir, "attendees.csv");
  writeFileSync(
    csv,
    "Name;Titel;Firma;Profil-URL\nMia Muster;Data Scientist;Kanzlei Recht GmbH;https://www.linkedin.com/in/mia\nOle Ohne;Stadtplanerin Open Data;Stadt Nord;nourl\nLea Lang;Datenplattform Architektin;Klimahaus;\n",
  );
  return { base, csv };
}

describe("tellerrand candidates import / discover", () => {
  it("imports a list once, reports bad rows, and discovers people with reasons", async () => {
    const { base, csv } = await setup();
    const first = await runCli([...base, "candidates", "import", csv, "--json"]);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({
      rows: 2,
      added: 2,
      unchanged: 0,
      errors: [{ line: 3, field: "profile URL" }],
    });
    const again = JSON.parse(
      (await runCli([...base, "candidates", "import", csv, "--json"])).stdout,
    );
    expect(again).toMatchObject({ added: 0, unchanged: 2 });
    const r = await runCli([
      ...base,
      "discover",
      "--people",
      "--explore",
      "0.5",
      "--min-relevance",
      "0.05",
      "--json",
    ]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.kind).toBe("people");
    expect(out.pool.imported).toBe(2);
    expect(out.suggestions.map((s: { name: string }) => s.name)).toContain("Mia Muster");
    for (const s of out.suggestions) expect(s.reason).toMatch(/^Relevance /);
    const table = await runCli([...base, "discover", "--people", "--min-relevance", "0.05"]);
    expect(table.stdout).toMatch(/^Discover people \(as of 2026-11-20\), exploration dial 0\.5/);
    expect(table.stdout).toMatch(/1\. Mia Muster|1\. Lea Lang/);
  });

  it("discovers topics and sources, and rejects a bad dial", async () => {
    const { base } = await setup();
    const t = JSON.parse(
      (await runCli([...base, "discover", "--topics", "--limit", "3", "--json"])).stdout,
    );
    expect(t.kind).toBe("topics");
    expect(t.suggestions.length).toBeLessThanOrEqual(3);
    const s = await runCli([...base, "discover", "--sources", "--json"]);
    expect(s.code, s.stderr).toBe(0);
    const bad = await runCli([...base, "discover", "--explore", "2"]);
    expect(bad.code).toBe(64);
    expect(bad.stderr).toMatch(/--explore "2" is not a number from 0 to 1/);
  });
});
