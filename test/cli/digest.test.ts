import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/open.js";
import { seed } from "../services/digest-fixtures.js";
import { runCli } from "./run.js";

let dir: string;
let ids: number[];
const ENV = {
  TELLERRAND_PROFILE_INTERESTS: "machine learning and Kubernetes",
  TELLERRAND_PROFILE_CURRENT_EMPLOYERS: "Acme GmbH",
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tellerrand-digest-cli-"));
  const db = await openDatabase(join(dir, "tellerrand.db"));
  ids = await seed(
    db,
    new Date(),
    [
      {
        title: "Acme Engineering",
        kind: "own-employer",
        org: "acme",
        site: "engineering.acme.com",
      },
      { title: "My blog", kind: "own-blog", site: "blog.me.dev" },
      { title: "Other <Co>", kind: "other-company", org: "otherco", site: "tech.other.example" },
    ],
    [
      { feed: 1, title: "Machine learning on Kubernetes at Acme" },
      { feed: 3, title: "Kubernetes operators for machine learning <b>teams</b>" },
      { feed: 2, title: "What I learnt about machine learning this year" },
      {
        feed: 3,
        title: "Die SPD und die CDU streiten im Bundestag über die Koalition und die Wahl",
      },
    ],
  );
  const share = (at: string, url: string) => ({
    fingerprint: url,
    shared_at: at,
    shared_url: url,
    share_link: null,
    commentary: null,
    media_url: null,
    visibility: null,
  });
  await db
    .insertInto("shares")
    .values([
      share("2026-01-05T10:00:00Z", "https://engineering.acme.com/post/1"),
      share("2026-01-20T10:00:00Z", "https://blog.me.dev/hello"),
      share("2026-02-02T10:00:00Z", "https://www.heise.de/news/1"),
    ])
    .execute();
  await db.destroy();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("tellerrand digest / audit", () => {
  it("prints a digest as JSON without the political article and lists it when asked", async () => {
    const r = await runCli(
      ["--data-dir", dir, "digest", "--since", "2d", "--format", "json", "--show-hidden"],
      ENV,
    );
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code).toBe(0);
    const view = JSON.parse(r.stdout) as {
      items: Array<{ id: number }>;
      hidden: Array<{ id: number; reason: string }>;
    };
    expect(view.items.map((i) => i.id)).not.toContain(ids[3]);
    expect(view.hidden.find((h) => h.id === ids[3])?.reason).toMatch(/^hidden: political/);
  });

  it("renders e-mail-ready HTML with escaped titles", async () => {
    const r = await runCli(["--data-dir", dir, "digest", "--since", "2d", "--format", "html"], ENV);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/);
    expect(r.stdout).not.toMatch(/<script|<b>teams/);
  });

  it("records feedback and rejects unknown articles and actions", async () => {
    const ok = await runCli(["--data-dir", dir, "digest", "feedback", String(ids[1]), "star"]);
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.stdout).toMatch(/star noted/);
    expect((await runCli(["--data-dir", dir, "digest", "feedback", "9999", "read"])).code).toBe(66);
    expect((await runCli(["--data-dir", dir, "digest", "feedback", "1", "love"])).code).toBe(64);
    const reading = await runCli(["--data-dir", dir, "audit", "reading", "--json"]);
    expect(reading.code).toBe(0);
    expect(JSON.parse(reading.stdout).months.length).toBe(1);
  });

  it("refuses --send without SMTP settings, naming the field", async () => {
    const r = await runCli(["--data-dir", dir, "digest", "--since", "2d", "--send"], ENV);
    expect(r.code).toBe(78);
    expect(r.stderr).toMatch(/digest\.smtp\.host/);
  });

  it("audits shares by whose link it is", async () => {
    const r = await runCli(["--data-dir", dir, "audit", "shares", "--json"], ENV);
    expect(r.code).toBe(0);
    const audit = JSON.parse(r.stdout) as { counts: Record<string, number>; timeline: unknown[] };
    expect(audit.counts).toEqual({
      "own-employer": 1,
      "other-company": 0,
      "own-blog": 1,
      media: 1,
      other: 0,
    });
    expect(audit.timeline).toHaveLength(2);
    const text = await runCli(["--data-dir", dir, "audit", "shares"], ENV);
    expect(text.stdout).toMatch(/own employer\s+33%/);
  });

  it("writes the sharing audit as an HTML report with the monthly chart", async () => {
    const file = join(dir, "shares.html");
    const r = await runCli(["--data-dir", dir, "audit", "shares", "--html", file], ENV);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`wrote ${file}`);
    const page = readFileSync(file, "utf8");
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain("<svg");
    expect(page).not.toMatch(/<script/i);
    // Two months of shares: two month labels on the chart's axis.
    expect(page.match(/<text[^>]*>\d{4}-\d{2}<\/text>/g)).toHaveLength(2);
    const bad = await runCli(
      ["--data-dir", dir, "audit", "shares", "--html", join(dir, "no", "such", "dir", "x.html")],
      ENV,
    );
    expect(bad.code).toBe(64);
    expect(bad.stderr).toMatch(/cannot write/);
  });
});
