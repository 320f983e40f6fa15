import { afterAll, afterEach, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.js";
import { configSchema } from "../../src/config/schema.js";
import { SqlPeopleStore } from "../../src/db/people-store.js";
import { DEFAULT_TRIAGE_THRESHOLDS } from "../../src/domain/people/index.js";
import { openLinkedInExport } from "../../src/integrations/importers/linkedin/index.js";
import { importLinkedInExport } from "../../src/services/import-linkedin.js";
import { adviseOnInvitations } from "../../src/services/invitations.js";
import { nameKey } from "../../src/services/people-ports.js";
import { markContact, runTriage } from "../../src/services/triage.js";
import { cleanTempDirs, writeFolder } from "../fixtures/linkedin/builders.js";
import { PEOPLE_EXPORT } from "../fixtures/people/export.js";

const config = configSchema.parse({ dataDir: "/nonexistent" });
let app: App;
afterEach(async () => app?.close());
afterAll(cleanTempDirs);

async function imported() {
  app = await createApp(config, ":memory:");
  const folder = await writeFolder(PEOPLE_EXPORT);
  await importLinkedInExport({ open: openLinkedInExport, store: app.linkedin }, folder);
  const store = new SqlPeopleStore(app.db);
  return { store, deps: { people: store, reports: app.reports } };
}

describe("triage service on a hand-made export", () => {
  it("has config defaults equal to the domain's", () => {
    expect(config.triage).toEqual(DEFAULT_TRIAGE_THRESHOLDS);
  });

  it("reads interactions from messages, endorsements and recommendations", async () => {
    const { store } = await imported();
    const owner = await store.ownerUrl();
    expect(owner).toBe("https://www.linkedin.com/in/jana");
    const messages = await store.messageStats(owner);
    expect(messages.get("https://www.linkedin.com/in/anna")).toEqual({
      messagesIn: 2,
      messagesOut: 2,
      lastAt: "2026-11-02T11:00:00Z",
    });
    expect((await store.endorsementStats()).get("https://www.linkedin.com/in/anna")?.count).toBe(1);
    expect((await store.recommendationStats()).get(nameKey("Anna", "Adler"))?.count).toBe(1);
  });

  it("places each contact as the fixture intends", async () => {
    const { deps } = await imported();
    const r = await runTriage(
      deps,
      { ...config.profile, interests: "Apache Kafka, Datenplattformen, Data Science" },
      config.triage,
    );
    const byName = (n: string) => r.entries.find((e) => e.name === n);
    expect(byName("Anna Adler")).toMatchObject({ category: "core" });
    expect(byName("Anna Adler")?.tie.grade).toBe("strong");
    expect(byName("Ben Brandt")?.category).toBe("door-opener");
    expect(byName("Cem Celik")?.category).toBe("dormant");
    expect(byName("Dora Dietz")?.category).toBe("ballast");
    expect(byName("Emil Engel")?.category).toBe("ballast");
  });

  it("stores a mark, respects it in the next triage, and refuses an ambiguous name", async () => {
    const { store, deps } = await imported();
    const marked = await markContact(
      store,
      "dora dietz",
      "keep",
      "Nachbarin",
      "2026-11-21T08:00:00Z",
    );
    expect(marked.mark).toBe("keep");
    expect((await store.marks()).get(marked.id)).toEqual({
      mark: "keep",
      note: "Nachbarin",
      markedAt: "2026-11-21T08:00:00Z",
    });
    const r = await runTriage(deps, config.profile, config.triage);
    expect(r.entries.find((e) => e.id === marked.id)).toMatchObject({
      category: "core",
      computed: "ballast",
      mark: "keep",
    });
    await markContact(
      store,
      "https://www.linkedin.com/in/dora/",
      "let-go",
      null,
      "2026-11-22T08:00:00Z",
    );
    expect((await store.marks()).get(marked.id)?.mark).toBe("let-go");
    await expect(markContact(store, "Kai Berg", "keep", null, "x")).rejects.toThrow(
      /matches 2 contacts/,
    );
    await expect(markContact(store, "Nobody", "keep", null, "x")).rejects.toThrow(
      /no current contact/,
    );
    expect(await store.clearMark(marked.id)).toBe(true);
    expect((await store.marks()).size).toBe(0);
  });

  it("advises on the pending incoming invitations only", async () => {
    const { deps } = await imported();
    const r = await adviseOnInvitations(
      deps,
      { ...config.profile, interests: "Apache Kafka, Datenplattformen" },
      config.triage,
    );
    expect(r.invitations.map((i) => i.name).sort()).toEqual(["Hedi Hahn", "Ines Igel"]);
    const hedi = r.invitations.find((i) => i.name === "Hedi Hahn");
    expect(hedi?.known).toBe(true);
    expect(hedi?.relevance.shared.length).toBeGreaterThan(0);
    expect(r.invitations.find((i) => i.name === "Ines Igel")?.advice).toBe("consider");
    expect(hedi?.horizon.before).toBeCloseTo(r.horizonScore, 10);
  });

  it("says what to do when nothing is imported", async () => {
    app = await createApp(config, ":memory:");
    const store = new SqlPeopleStore(app.db);
    await expect(
      runTriage({ people: store, reports: app.reports }, config.profile, config.triage),
    ).rejects.toThrow(/nothing imported yet/);
  });
});

describe("nameKey", () => {
  /** The documented folding, spelled out once: NFKD, no marks, ß → ss, lower case, one space. */
  const reference = (first: string | null, last: string | null) =>
    `${first ?? ""} ${last ?? ""}`
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .replace(/ß/g, "ss")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();

  it("folds ASCII names in one pass exactly like the Unicode path", () => {
    const names: Array<[string | null, string | null]> = [
      ["Anna", "Adler"],
      ["  Dr. JOHN", "O'Neil-Smith  "],
      [null, "Meyer"],
      ["Jo", null],
      [null, null],
      ["", ""],
      ["R2", "D2 (3rd)"],
      ["Jörg", "Groß-Müller"],
      ["Zoë", "Ångström"],
      ["\tTab", "\u00a0Nbsp"],
    ];
    for (const [first, last] of names) expect(nameKey(first, last)).toBe(reference(first, last));
    expect(nameKey("Jörg", "Groß-Müller")).toBe("jorg gross muller");
    expect(nameKey("  Dr. JOHN", "O'Neil-Smith  ")).toBe("dr john o neil smith");
  });
});
