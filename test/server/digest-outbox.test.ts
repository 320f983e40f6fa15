import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ok } from "../services/feeds-fakes.js";
import { type Browser, browser, type Harness, harness } from "./harness.js";

let h: Harness;
let b: Browser;
beforeAll(async () => {
  h = await harness();
  b = await browser(h);
});
afterAll(() => h.close());

const hoursAgo = (n: number) => new Date(Date.now() - n * 3_600_000).toUTCString();

/** A feed with fresh articles: engineering ones, one political, one with a script. */
const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Platform blog</title><link>https://blog.example/</link>
<item><guid>a1</guid><title>How we run Kubernetes clusters with less toil</title><link>https://blog.example/k8s</link><pubDate>${hoursAgo(1)}</pubDate>
<description>&lt;p&gt;Platform engineering, observability and incident response for our cloud infrastructure.&lt;/p&gt;&lt;script&gt;alert("run")&lt;/script&gt;</description></item>
<item><guid>a2</guid><title>Database migrations without downtime</title><link>https://blog.example/db</link><pubDate>${hoursAgo(2)}</pubDate>
<description>&lt;p&gt;Schema changes in PostgreSQL with online migrations and careful rollouts.&lt;/p&gt;</description></item>
<item><guid>a3</guid><title>Die SPD verliert die Bundestagswahl, Koalition mit CDU und Grünen</title><link>https://blog.example/wahl</link><pubDate>${hoursAgo(3)}</pubDate>
<description>&lt;p&gt;Der Bundeskanzler und die Partei im Wahlkampf: Umfragen, Parlament, Opposition.&lt;/p&gt;</description></item>
</channel></rss>`;

interface DigestApi {
  items: Array<{ id: number; title: string }>;
  hidden: Array<{ id: number; title: string; reason: string }>;
  counts: { candidates: number; visible: number; hidden: Record<string, number> };
}

describe("digest", () => {
  beforeAll(async () => {
    h.fetcher.on(
      "https://blog.example/feed.xml",
      ok("https://blog.example/feed.xml", Buffer.from(RSS)),
    );
    const res = await b.post("/feeds/add", {
      _csrf: b.csrf,
      url: "https://blog.example/feed.xml",
      kind: "media",
    });
    expect(res.status).toBe(200);
  }, 30_000);

  it("shows today's articles with their scores and feedback buttons; hidden ones behind the toggle", async () => {
    const res = await b.get("/digest");
    expect(res.status).toBe(200);
    const text = await res.text();
    const api = (await (await b.get("/api/digest")).json()) as DigestApi;
    expect(api.counts.candidates).toBe(3);
    expect(api.items.length).toBeGreaterThan(0);
    for (const i of api.items) expect(text).toContain(`id="item-${i.id}"`);
    expect(text).toContain('value="less">Less like this</button>');
    expect(text).not.toContain('id="hidden"');
    // Every candidate accounted for: shown + hidden by the filters + held back by caps or length.
    const hidden = Object.values(api.counts.hidden).reduce((a, b) => a + b, 0);
    const held = api.counts.visible - api.items.length;
    expect(api.items.length + hidden + held).toBe(api.counts.candidates);
    expect(text).toContain(
      `${api.items.length} shown, ${hidden} hidden by the filters, ${held} held back by the caps`,
    );
    const withHidden = await (await b.get("/digest?hidden=1")).text();
    const hiddenApi = (await (await b.get("/api/digest?hidden=1")).json()) as DigestApi;
    const political = hiddenApi.hidden.find((x) => x.title.includes("SPD"));
    expect(political?.reason).toMatch(/politic/i);
    expect(withHidden).toContain(`id="hidden-${political?.id}"`);
    expect(api.items.some((i) => i.title.includes("SPD"))).toBe(false);
  }, 60_000);

  it("the article view shows the sanitised body and no script", async () => {
    const api = (await (await b.get("/api/digest")).json()) as DigestApi;
    const k8s = api.items.find((i) => i.title.includes("Kubernetes"));
    const page = await (await b.get(`/digest/article/${k8s?.id}`)).text();
    expect(page).toContain("Platform engineering, observability");
    expect(page).not.toContain("<script>alert");
    expect(page).toContain('href="https://blog.example/k8s"');
    expect((await b.get("/digest/article/999999")).status).toBe(404);
  });

  it("read / star / hide / more / less are POSTs with CSRF; hide takes the article out", async () => {
    const api = (await (await b.get("/api/digest")).json()) as DigestApi;
    const first = api.items[0];
    if (first === undefined) throw new Error("empty digest");
    expect((await b.post(`/digest/${first.id}/feedback`, { action: "hide" })).status).toBe(403);
    for (const action of ["read", "star", "more", "less"]) {
      const r = await b.post(`/digest/${first.id}/feedback`, { _csrf: b.csrf, action });
      expect(r.status).toBe(200);
    }
    const hid = await b.post(`/digest/${first.id}/feedback`, { _csrf: b.csrf, action: "hide" });
    expect(await hid.text()).toContain(`#${first.id}: “Hide” noted`);
    const after = (await (await b.get("/api/digest")).json()) as DigestApi;
    expect(after.items.some((i) => i.id === first.id)).toBe(false);
    const viaApi = await b.postJson(`/api/digest/${after.items[0]?.id ?? first.id}/feedback`, {
      action: "star",
    });
    expect(viaApi.status).toBe(200);
    expect(
      (await b.post(`/digest/${first.id}/feedback`, { _csrf: b.csrf, action: "love" })).status,
    ).toBe(400);
  }, 60_000);
});

interface Entry {
  id: number;
  network: string;
  state: string;
  text: string;
  verdict: { status: string };
}

describe("outbox", () => {
  it("composes drafts from text, shows them side by side with counts and verdicts, and approves one", async () => {
    const page = await (await b.get("/outbox")).text();
    expect(page).toContain('id="compose-form"');
    expect(page).toContain('<script src="/static/compose.js" defer></script>');
    const res = await b.post("/outbox/compose", {
      _csrf: b.csrf,
      text: "Lessons from a year of platform work",
      url: "",
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    const entries = (await (await b.get("/api/outbox")).json()) as Entry[];
    expect(entries.length).toBeGreaterThanOrEqual(3);
    for (const e of entries) {
      expect(e.state).toBe("draft");
      expect(text).toContain(`id="entry-${e.id}"`);
      expect(text).toContain(`id="count-${e.id}"`);
    }
    expect(text).toMatch(/ of \d+ (characters|weighted characters) left/);
    const target = entries.find((e) => e.verdict.status === "allowed");
    if (target === undefined) throw new Error("no allowed entry");
    const approved = await b.post(`/outbox/${target.id}/approve`, { _csrf: b.csrf });
    expect(approved.status).toBe(200);
    expect(await approved.text()).toContain(`id="state-${target.id}">approved<`);
    const again = (await (await b.get(`/api/outbox?state=approved`)).json()) as Entry[];
    expect(again.map((e) => e.id)).toContain(target.id);
    const twice = await b.post(`/outbox/${target.id}/approve`, { _csrf: b.csrf });
    expect(twice.status).toBe(400);
  });

  it("blocks a private post by its routing verdict, schedules, publishes by hand-over and cancels", async () => {
    const r = await b.postJson("/api/outbox/compose", { text: "Happy birthday to my family!" });
    const composed = (await r.json()) as {
      entries: Array<{ entryId: number; verdict: { status: string } }>;
    };
    expect(composed.entries.some((e) => e.verdict.status === "blocked")).toBe(true);
    const blocked = composed.entries.find((e) => e.verdict.status === "blocked");
    const refused = await b.post(`/outbox/${blocked?.entryId}/approve`, { _csrf: b.csrf });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("is blocked");
    const ok2 = composed.entries.find((e) => e.verdict.status !== "blocked");
    if (ok2 === undefined) return;
    await b.postJson(`/api/outbox/${ok2.entryId}/approve`, {});
    const scheduled = (await (
      await b.postJson(`/api/outbox/${ok2.entryId}/schedule`, {})
    ).json()) as Entry;
    expect(scheduled.state).toBe("scheduled");
    const published = (await (
      await b.postJson(`/api/outbox/${ok2.entryId}/publish`, {})
    ).json()) as Entry;
    expect(published.state).toBe("needs-attention"); // no account: the person posts by hand
    const cancelled = await b.post(`/outbox/${ok2.entryId}/cancel`, { _csrf: b.csrf });
    expect(await cancelled.text()).toContain(`id="row-${ok2.entryId}"`);
    const rows = (await (await b.get("/api/outbox?state=cancelled")).json()) as Entry[];
    expect(rows.map((e) => e.id)).toContain(ok2.entryId);
  });

  it("counts a typed text per network (the live counters' endpoint)", async () => {
    const long = "x".repeat(290);
    const res = await b.post("/api/publishing/count", {
      _csrf: b.csrf,
      text: long,
      url: "https://example.com/a/long/path",
    });
    const body = (await res.json()) as {
      counts: Array<{ network: string; count: { remaining: number; ok: boolean } }>;
    };
    const x = body.counts.find((c) => c.network === "x");
    expect(x?.count.ok).toBe(false);
    // X counts every link as 23, and the link follows the text after a blank line.
    expect(x?.count.remaining).toBe(280 - 290 - 2 - 23);
    expect(body.counts.find((c) => c.network === "linkedin")?.count.ok).toBe(true);
    expect((await b.post("/api/publishing/count", { text: "hi" })).status).toBe(403);
    const js = await b.get("/static/compose.js");
    expect(js.headers.get("content-type")).toContain("text/javascript");
    expect(await js.text()).toContain('getAttribute("data-count")');
  });

  it("speaks German", async () => {
    const de = await browser(h, "de");
    const text = await (await de.get("/outbox")).text();
    expect(text).toContain("<h1>Postausgang</h1>");
    expect(text).toContain(">Entwürfe anlegen</button>");
    const digest = await (await de.get("/digest")).text();
    expect(digest).toContain(">Mehr davon</button>");
  });

  it("answers an empty compose with the error on the page (400)", async () => {
    const res = await b.post("/outbox/compose", { _csrf: b.csrf, text: "   ", url: "" });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toContain('role="alert"');
    expect(text).toContain("compose needs a URL");
  });
});
