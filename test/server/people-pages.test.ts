import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqlPeopleStore } from "../../src/db/people-store.js";
import { runTriage } from "../../src/services/triage.js";
import { type Browser, browser, type Harness, harness } from "./harness.js";

let h: Harness;
let b: Browser;
beforeAll(async () => {
  h = await harness();
  b = await browser(h);
});
afterAll(() => h.close());

interface TriageApi {
  asOf: string;
  counts: Record<string, number>;
  matched: Record<string, number>;
  entries: Array<{
    id: number;
    name: string;
    category: string;
    mark: string | null;
    reason: string;
  }>;
}

describe("triage", () => {
  it("lists every placement with reasons, numbers and a mark form per contact", async () => {
    const res = await b.get("/triage");
    expect(res.status).toBe(200);
    const text = await res.text();
    const api = (await (await b.get("/api/triage?limit=5000")).json()) as TriageApi;
    const total = Object.values(api.counts).reduce((a, n) => a + n, 0);
    expect(total).toBeGreaterThan(0);
    expect(text).toContain(`${total} current connections as of ${api.asOf}`);
    for (const cat of ["door-opener", "core", "dormant", "ballast"]) {
      expect(text).toContain(`id="cat-${cat}"`);
      expect(text).toContain(`(${api.counts[cat]})</h2>`);
    }
    const first = api.entries[0];
    if (first === undefined) throw new Error("no triage entries");
    expect(text).toContain(`id="contact-${first.id}"`);
    expect(text).toContain(`action="/triage/${first.id}/mark"`);
    expect(text).toMatch(/<button type="submit" name="mark" value="let-go">Let go<\/button>/);
    expect(text).toContain('name="_csrf"');
  });

  it("filters by category and by search", async () => {
    const api = (await (await b.get("/api/triage?limit=5000")).json()) as TriageApi;
    const dormant = (await (
      await b.get("/api/triage?category=dormant&limit=5000")
    ).json()) as TriageApi;
    expect(dormant.entries.every((e) => e.category === "dormant")).toBe(true);
    expect(dormant.entries).toHaveLength(api.counts.dormant ?? -1);
    const someone = api.entries[3] ?? api.entries[0];
    if (someone === undefined) throw new Error("no triage entries");
    const page = await (await b.get(`/triage?q=${encodeURIComponent(someone.name)}`)).text();
    expect(page).toContain(`id="contact-${someone.id}"`);
    const onlyDormant = await (await b.get("/triage?category=dormant")).text();
    expect(onlyDormant).not.toContain('id="cat-core"');
    expect(onlyDormant).toContain('id="cat-dormant"');
  });

  it("marks a contact through the form (CSRF), and the next triage respects it; clear undoes it", async () => {
    const api = (await (await b.get("/api/triage?category=ballast&limit=1")).json()) as TriageApi;
    const c =
      api.entries[0] ??
      ((await (await b.get("/api/triage?limit=1")).json()) as TriageApi).entries[0];
    if (c === undefined) throw new Error("no triage entries");
    expect((await b.post(`/triage/${c.id}/mark`, { mark: "keep" })).status).toBe(403);
    const res = await b.post(`/triage/${c.id}/mark`, { _csrf: b.csrf, mark: "keep" });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(`marked “Keep”`);
    const after = (await (await b.get("/api/triage?limit=50000")).json()) as TriageApi;
    const marked = after.entries.find((e) => e.id === c.id);
    expect(marked?.mark).toBe("keep");
    expect(marked?.category).not.toBe("ballast");
    const viaApi = await b.postJson(`/api/triage/${c.id}/mark`, { mark: "clear" });
    expect(await viaApi.json()).toMatchObject({ id: c.id, mark: null, cleared: true });
    const cleared = (await (await b.get("/api/triage?limit=50000")).json()) as TriageApi;
    expect(cleared.entries.find((e) => e.id === c.id)?.mark).toBeNull();
    expect((await b.post(`/triage/${c.id}/mark`, { _csrf: b.csrf, mark: "maybe" })).status).toBe(
      400,
    );
    expect((await b.post("/triage/999999/mark", { _csrf: b.csrf, mark: "keep" })).status).toBe(404);
  });

  it("speaks German", async () => {
    const de = await browser(h, "de");
    const text = await (await de.get("/triage")).text();
    expect(text).toContain("Türöffner");
    expect(text).toContain(">Loslassen</button>");
    expect(text).toContain('<span lang="en">');
  });
});

describe("triage after marks", () => {
  it("the updated cached triage equals a full triage of the store, order and reasons included", async () => {
    await b.get("/triage"); // cached before the marks
    const all = (await (await b.get("/api/triage?limit=50000")).json()) as TriageApi;
    const picks = [all.entries[0], all.entries[7], all.entries.at(-1), all.entries.at(-5)];
    const marks = ["let-go", "keep", "reconnect", "keep"];
    for (const [i, e] of picks.entries()) {
      const res = await b.post(`/triage/${e?.id}/mark`, {
        _csrf: b.csrf,
        mark: marks[i] ?? "keep",
      });
      expect(res.status).toBe(200);
    }
    await b.post(`/triage/${picks[3]?.id}/mark`, { _csrf: b.csrf, mark: "clear" });
    const served = (await (await b.get("/api/triage?limit=50000")).json()) as TriageApi;
    const app = h.deps.app();
    const fresh = await runTriage(
      { people: new SqlPeopleStore(app.db), reports: app.reports },
      app.config.profile,
      app.config.triage,
    );
    const view = (e: { id: number; category: string; mark: string | null; reason: string }) =>
      `${e.id} ${e.category} ${e.mark} ${e.reason}`;
    expect(served.counts).toEqual(fresh.counts);
    expect(served.entries.map(view)).toEqual(fresh.entries.map(view));
    expect(served.entries.find((e) => e.id === picks[0]?.id)?.category).toBe("ballast");
    expect(served.entries.find((e) => e.id === picks[2]?.id)?.category).toBe("dormant");
  });
});

describe("invitations", () => {
  it("shows the advice with reasons and the horizon-score effect, like the API", async () => {
    const res = await b.get("/invitations");
    expect(res.status).toBe(200);
    const text = await res.text();
    const api = (await (await b.get("/api/invitations")).json()) as {
      counts: Record<string, number>;
      invitations: Array<{
        advice: string;
        name: string;
        reason: string;
        horizon: { delta: number };
      }>;
    };
    expect(text).toContain(`${api.invitations.length} pending invitations`);
    if (api.invitations.length === 0) {
      expect(text).toContain('id="no-invitations"');
      return;
    }
    expect(text.match(/<tr id="invitation-/g)).toHaveLength(api.invitations.length);
    const first = api.invitations[0];
    expect(text).toContain(`data-advice="${first?.advice}"`);
    expect(text).toContain("→");
  });
});

describe("discover", () => {
  it("has the dial as a range input in a GET form that works without script", async () => {
    const text = await (await b.get("/discover")).text();
    expect(text).toMatch(/<form method="get" action="\/discover" id="discover-form"/);
    expect(text).toMatch(
      /<input type="range" id="explore" name="explore" min="0" max="1" step="0.1" value="0.5"/,
    );
    expect(text).toContain('<label for="explore">');
  });

  it("changes the ranking with the dial, like the API does", async () => {
    const low = (await (await b.get("/api/discover?kind=topics&explore=0")).json()) as {
      explore: number;
      suggestions: Array<{ id: string }>;
    };
    const high = (await (await b.get("/api/discover?kind=topics&explore=1")).json()) as typeof low;
    expect(low.explore).toBe(0);
    expect(high.explore).toBe(1);
    const page = await (await b.get("/discover?kind=topics&explore=1")).text();
    expect(page).toContain('value="1"');
    for (const s of high.suggestions.slice(0, 3)) expect(page).toContain(`data-key="${s.id}"`);
    if (low.suggestions.length > 1)
      expect(high.suggestions.map((s) => s.id)).not.toEqual(low.suggestions.map((s) => s.id));
    expect((await b.get("/discover?explore=banana&kind=nope")).status).toBe(200);
  });

  it("speaks the page's language in reasons and labels, and offers organisations", async () => {
    type Topics = { lang: string; suggestions: Array<{ id: string; reason: string }> };
    const en = (await (await b.get("/api/discover?kind=topics")).json()) as Topics;
    const de = (await (await b.get("/api/discover?kind=topics&lang=de")).json()) as Topics;
    expect(en.lang).toBe("en");
    expect(de.lang).toBe("de");
    expect(de.suggestions.map((s) => s.id)).toEqual(en.suggestions.map((s) => s.id));
    expect(de.suggestions.length).toBeGreaterThan(0);
    expect(de.suggestions[0]?.reason).not.toBe(en.suggestions[0]?.reason);
    const german = await browser(h, "de");
    const page = await (await german.get("/discover?kind=topics")).text();
    for (const s of de.suggestions.slice(0, 3)) expect(page).toContain(s.reason.slice(0, 40));
    expect(page).toContain('<option value="orgs">Organisationen</option>');
    expect((await b.get("/api/discover?kind=orgs")).status).toBe(200);
  });
});

describe("before anything is imported", () => {
  it("the people pages show the empty state and their API answers 404", async () => {
    const empty = await harness({ sample: false });
    try {
      const e = await browser(empty);
      for (const path of ["/triage", "/invitations", "/discover"]) {
        const res = await e.get(path);
        expect(res.status).toBe(200);
        expect(await res.text()).toContain('id="empty"');
      }
      expect((await e.get("/api/triage")).status).toBe(404);
    } finally {
      await empty.close();
    }
  });
});
