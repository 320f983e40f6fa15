import { beforeEach, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.js";
import { loadConfig } from "../../src/config/load.js";
import { SqlLinkedInStore } from "../../src/db/linkedin-store.js";
import { importLinkedInExport } from "../../src/services/import-linkedin.js";
import { connection, type FakeExport, fakeOpener } from "../fakes/linkedin-source.js";

const exportA: FakeExport = {
  exportDate: "2025-11-20",
  files: {
    "Positions.csv": [
      {
        kind: "position",
        companyName: "Nordlicht Consulting GmbH",
        title: "Senior Berater",
        description: null,
        location: null,
        startedOn: "2019-04",
        finishedOn: null,
      },
    ],
    "Connections.csv": [
      connection(
        "Anna",
        "Müller",
        "Nordlicht Consulting GmbH",
        "Softwareentwicklerin",
        "2024-03-15",
      ),
      connection("Ben", "Smith", "SAP SE", "Senior Software Engineer", "2021-06-01"),
      connection("Cem", "Yilmaz", "Beta AG", "Head of Marketing", "2019-01-10", null),
    ],
    "messages.csv": [
      {
        kind: "message",
        conversationId: "2-abc",
        conversationTitle: null,
        from: "Anna Müller",
        senderProfileUrl: "https://www.linkedin.com/in/anna-müller",
        to: "Me",
        recipientProfileUrls: null,
        date: "2025-01-02T10:00:00Z",
        subject: null,
        content: "Hallo!",
        folder: "INBOX",
        direction: null,
        isDraft: false,
      },
    ],
  },
};

const exportB: FakeExport = {
  exportDate: "2026-11-20",
  files: {
    "Positions.csv": exportA.files["Positions.csv"] ?? [],
    "Connections.csv": [
      connection("Dora", "Klein", "Gamma KG", "Werkstudentin Data Science", "2026-05-01"),
      connection("Ben", "Smith", "Contoso Ltd.", "Engineering Manager", "2021-06-01"),
      // Cem now has a URL: the same person, matched by name and connection date.
      connection("Cem", "Yilmaz", "Beta AG", "Head of Marketing", "2019-01-10"),
    ],
    "messages.csv": exportA.files["messages.csv"] ?? [],
  },
};

let app: App;
const open = fakeOpener({
  a: exportA,
  b: exportB,
  broken: { ...exportB, exportDate: "2026-12-01", failAfter: 2 },
});

async function count(
  table: "contacts" | "contact_roles" | "snapshots" | "messages" | "organizations",
) {
  const row = await app.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

beforeEach(async () => {
  const { config } = loadConfig({ dataDir: "/unused" }, { TELLERRAND_CONFIG: "/nonexistent" });
  app = await createApp(config, ":memory:");
  return () => app.close();
});

describe.each([
  ["prepared-statement inserts", true],
  ["portable Kysely inserts", false],
])("importLinkedInExport (%s)", (_name, bulk) => {
  beforeEach(() => {
    app.linkedin = new SqlLinkedInStore(app.db, bulk);
  });

  it("imports connections with their organisation and title understanding", async () => {
    const report = await importLinkedInExport({ open, store: app.linkedin }, "a");
    expect(report.status).toBe("imported");
    expect(report.counts).toMatchObject({ added: 3, ended: 0, roleChanges: 0 });
    expect(report.skipped).toEqual([
      { entry: "Registration.csv", reason: "not used by Tellerrand" },
    ]);
    expect(report.missing).toContain("Shares.csv");
    const contacts = await app.reports.currentContacts();
    const anna = contacts.find((c) => c.firstName === "Anna");
    expect(anna).toMatchObject({ orgKey: "nordlicht consulting", jobFunction: "Engineering" });
    expect(await count("messages")).toBe(1);
  });

  it("changes nothing when the same export is imported again", async () => {
    await importLinkedInExport({ open, store: app.linkedin }, "a");
    const before = await Promise.all(
      (["contacts", "contact_roles", "snapshots", "messages", "organizations"] as const).map(count),
    );
    const again = await importLinkedInExport({ open, store: app.linkedin }, "a");
    expect(again.status).toBe("unchanged");
    const after = await Promise.all(
      (["contacts", "contact_roles", "snapshots", "messages", "organizations"] as const).map(count),
    );
    expect(after).toEqual(before);
  });

  it("records a later export as a new snapshot, keeping ended contacts and role history", async () => {
    await importLinkedInExport({ open, store: app.linkedin }, "a");
    const report = await importLinkedInExport({ open, store: app.linkedin }, "b");
    expect(report.snapshot.asOf).toBe("2026-11-20");
    expect(report.counts).toMatchObject({ added: 1, ended: 1, roleChanges: 1, unchanged: 1 });
    expect(await count("contacts")).toBe(4); // Anna is kept, marked ended
    const current = await app.reports.currentContacts();
    expect(current.map((c) => c.firstName).sort()).toEqual(["Ben", "Cem", "Dora"]);
    expect(current.find((c) => c.firstName === "Ben")?.company).toBe("Contoso Ltd.");
    const benRoles = await app.db
      .selectFrom("contact_roles as r")
      .innerJoin("contacts as c", "c.id", "r.contact_id")
      .where("c.first_name", "=", "Ben")
      .select(["r.company", "r.to_snapshot_id"])
      .orderBy("r.id")
      .execute();
    expect(benRoles).toEqual([
      { company: "SAP SE", to_snapshot_id: 2 },
      { company: "Contoso Ltd.", to_snapshot_id: null },
    ]);
    expect(await count("messages")).toBe(1);
  });

  it("writes nothing when the export fails part-way", async () => {
    await importLinkedInExport({ open, store: app.linkedin }, "a");
    await expect(importLinkedInExport({ open, store: app.linkedin }, "broken")).rejects.toThrow(
      /simulated failure/,
    );
    expect(await count("snapshots")).toBe(1);
    expect(await count("contacts")).toBe(3);
    expect((await app.reports.currentContacts()).length).toBe(3);
  });

  it("does not let an older export imported late rewrite the newer one", async () => {
    await importLinkedInExport({ open, store: app.linkedin }, "b");
    const report = await importLinkedInExport({ open, store: app.linkedin }, "a");
    expect(report.counts?.ended).toBe(0);
    const current = await app.reports.currentContacts();
    expect(current.map((c) => c.firstName).sort()).toEqual(["Ben", "Cem", "Dora"]);
    expect(current.find((c) => c.firstName === "Ben")?.company).toBe("Contoso Ltd.");
    // Anna only appears in the older export: kept, but ended at the newer snapshot.
    const anna = await app.db
      .selectFrom("contacts")
      .selectAll()
      .where("first_name", "=", "Anna")
      .executeTakeFirstOrThrow();
    expect(anna.ended_snapshot_id).toBe(1);
  });
});
