import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { configSchema } from "../../src/config/schema.js";
import { SqlArticleStore } from "../../src/db/article-store.js";
import { SqlFeedStore } from "../../src/db/feed-store.js";
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
  return { base, csv, dir };
}

/** Two feeds with articles, written straight into the data folder's store (no network). */
async function addReading(dir: string) {
  const app = await createApp(configSchema.parse({ dataDir: dir }));
  try {
    const { feed } = await new SqlFeedStore(app.db).add(
      {
        url: "https://odi.example/feed",
        title: "ODI Blog",
        kind: "other-company",
        org: { key: "odi", name: "ODI" },
      },
      "2026-11-20T00:00:00.000Z",
    );
    const items = ["Open Data portals for cities", "Open Data in der Stadtentwicklung"].map(
      (title, i) => ({
        guid: `g${i}`,
        url: `https://odi.example/${i}`,
        canonicalUrl: `https://odi.example/${i}`,
        contentHash: `h${i}`,
        title,
        authors: i === 0 ? ["Open Knowledge Foundation"] : [],
        categories: [],
        enclosures: [],
        publishedAt: `2026-11-1${i}T00:00:00.000Z`,
        updatedAt: null,
        summaryText: null,
        contentText: null,
        contentHtml: null,
        wordCount: 5,
        lang: "en",
      }),
    );
    await new SqlArticleStore(app.db).store(feed.id, items, "2026-11-20T00:00:00.000Z", 100);
  } finally {
    await app.close();
  }
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

  it("discovers the organisations behind stored articles, in English and German", async () => {
    const { base, dir } = await setup();
    await addReading(dir);
    const args = [...base, "discover", "--orgs", "--min-relevance", "0", "--explore", "0"];
    const r = await runCli([...args, "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      kind: "orgs",
      lang: "en",
      pool: { organisations: 2, articles: 2 },
    });
    const odi = out.suggestions.find((s: { key: string }) => s.key === "odi");
    expect(odi.reason).toMatch(/^Publishes on Open data \(2 of 2 articles in your feeds\)/);
    expect(odi.reason).toMatch(/nobody in your network works there/);
    expect(out.suggestions.map((s: { key: string }) => s.key)).toContain(
      "open knowledge foundation",
    );
    const de = JSON.parse((await runCli([...args, "--lang", "de", "--json"])).stdout);
    expect(de.lang).toBe("de");
    expect(de.suggestions.find((s: { key: string }) => s.key === "odi").reason).toMatch(
      /^Veröffentlicht zu Open Data \(2 von 2 Artikeln in deinen Feeds\); niemand aus deinem Netzwerk arbeitet dort; Relevanz \d,\d\d/,
    );
    const table = await runCli(args);
    expect(table.stdout).toMatch(/^Discover orgs /);
    expect(table.stdout).toMatch(/ODI \(2 articles, 0 contacts\)/);
    const tableDe = await runCli([...args, "--lang", "de"]);
    expect(tableDe.stdout).toMatch(/^Entdecken: orgs \(Stand 2026-11-20\), Erkundungsregler 0,/);
    expect(tableDe.stdout).toMatch(/ODI \(2 Artikel, 0 Kontakte\)/);
    const topics = JSON.parse(
      (await runCli([...base, "discover", "--topics", "--lang", "de", "--json"])).stdout,
    );
    for (const t of topics.suggestions) expect(t.reason).toMatch(/ deines Interesses „/);
    const bad = await runCli([...base, "discover", "--orgs", "--lang", "fr"]);
    expect(bad.code).toBe(64);
    expect(bad.stderr).toMatch(/--lang "fr" is not one of: en, de/);
    const two = await runCli([...base, "discover", "--orgs", "--people"]);
    expect(two.stderr).toMatch(/choose one of --people, --topics, --sources, --orgs/);
  });
});
