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

const EVIL_RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Evil &lt;script&gt;alert("t")&lt;/script&gt; blog</title>
<link>https://evil.example/</link>
<item><guid>e1</guid><title>Hello &amp;lt;script&amp;gt;alert("x")&amp;lt;/script&amp;gt;</title><link>javascript:alert(1)</link>
<pubDate>Mon, 05 Jan 2026 00:00:00 GMT</pubDate>
<description>&lt;p onclick="steal()"&gt;Body&lt;script&gt;alert("y")&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&lt;/p&gt;</description></item>
</channel></rss>`;

describe("pages with the bundled sample", () => {
  it("the overview shows the score, its parts, the trend per snapshot and three next steps", async () => {
    const res = await b.get("/");
    expect(res.status).toBe(200);
    const text = await res.text();
    const api = (await (await b.get("/api/report")).json()) as {
      report: { horizonScore: { value: number; parts: unknown[] } };
      trend: Array<{ asOf: string; score: number }>;
    };
    expect(text).toContain(`id="score-value">${Math.round(api.report.horizonScore.value)}<`);
    expect(api.trend.map((t) => t.asOf)).toEqual(["2025-11-20", "2026-11-20"]);
    expect(text.match(/<li data-part=/g)).toHaveLength(3);
    expect(text.match(/<tr>/g)?.length).toBeGreaterThanOrEqual(
      api.report.horizonScore.parts.length + 2,
    );
    expect(text).toContain('aria-current="page"');
  });

  it("the network shows composition charts, development, the segment map and a drill-down", async () => {
    const text = await (await b.get("/network")).text();
    for (const id of [
      "dim-employer",
      "dim-function",
      "dim-seniority",
      "development-h",
      "segment-map",
    ]) {
      expect(text).toContain(`id="${id}"`);
    }
    const hrefs = [...text.matchAll(/href="(\/network\/segment\?[^"]+)"/g)].map((m) => m[1] ?? "");
    expect(hrefs.length).toBeGreaterThan(3);
    const drill = await b.get((hrefs[0] ?? "").replaceAll("&amp;", "&"));
    expect(drill.status).toBe(200);
    expect(await drill.text()).toContain('id="segment-contacts"');
    const byEmployer = await (await b.get("/network?cols=employer")).text();
    expect(byEmployer).toContain("segment?cols=employer");
    expect((await b.get("/network?cols=nonsense")).status).toBe(400);
  });

  it("the settings show the profile from the export and the politics filter", async () => {
    const text = await (await b.get("/settings")).text();
    expect(text).toContain('id="profile-name"');
    expect(text).toContain("from your export");
    expect(text).toContain("partisan: parties");
    expect(text).toContain('id="wipe-form"');
  });

  it("renders German strings from Accept-Language, and the switch wins over it", async () => {
    const de = await browser(h, "de-DE,de;q=0.9,en;q=0.5");
    const text = await (await de.get("/")).text();
    expect(text).toContain('<html lang="de">');
    expect(text).toContain("Horizont-Wert");
    expect(text).toContain("Drei nächste Schritte");
    const network = await (await de.get("/network")).text();
    expect(network).toContain("Zusammensetzung");
    await de.post("/lang", { _csrf: de.csrf, lang: "en", back: "/" });
    expect(await (await de.get("/")).text()).toContain("Three things to do next");
  });
});

describe("feeds", () => {
  it("adds a feed by URL and never shows a stored script unescaped", async () => {
    h.fetcher.on(
      "https://evil.example/feed.xml",
      ok("https://evil.example/feed.xml", Buffer.from(EVIL_RSS)),
    );
    const res = await b.post("/feeds/add", {
      _csrf: b.csrf,
      url: "https://evil.example/feed.xml",
      kind: "media",
    });
    expect(res.status).toBe(200);
    const list = await res.text();
    expect(list).toContain("Subscribed to");
    const id = /href="\/feeds\/(\d+)"/.exec(list)?.[1];
    // The parser keeps a double-escaped title as the text `<script>…`: stored, never run.
    const stored = (await (await b.get(`/api/feeds/${id}/articles`)).json()) as Array<{
      title: string;
    }>;
    expect(stored[0]?.title).toBe('Hello <script>alert("x")</script>');
    const detail = await (await b.get(`/feeds/${id}`)).text();
    for (const page of [list, detail]) {
      expect(page).not.toMatch(/<script>alert|onclick=|onerror=|javascript:/i);
    }
    expect(detail).toContain("Hello &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(detail).toContain("Body");
  });

  it("shows a bad URL as an error on the page", async () => {
    const res = await b.post("/feeds/add", { _csrf: b.csrf, url: "ftp://nope" });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('role="alert"');
  });

  it("imports an uploaded OPML file and exports the subscriptions", async () => {
    const form = new FormData();
    form.set("_csrf", b.csrf);
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>
<outline text="Tech"><outline type="rss" text="A" xmlUrl="https://a.example/feed.xml"/></outline></body></opml>`;
    form.set("file", new File([opml], "subs.opml", { type: "text/x-opml" }));
    const res = await b.post("/feeds/opml", form);
    expect(await res.text()).toContain("1 added");
    const out = await b.get("/feeds/opml");
    expect(out.headers.get("content-disposition")).toContain("attachment");
    expect(await out.text()).toContain('xmlUrl="https://a.example/feed.xml"');
  });

  it("pauses and resumes a feed", async () => {
    const feeds = (await (await b.get("/api/feeds")).json()) as Array<{
      id: number;
      paused: boolean;
    }>;
    const id = feeds[0]?.id;
    expect((await b.post(`/feeds/${id}/pause`, { _csrf: b.csrf })).status).toBe(200);
    const paused = (await (await b.get("/api/feeds")).json()) as Array<{
      id: number;
      paused: boolean;
    }>;
    expect(paused.find((f) => f.id === id)?.paused).toBe(true);
    expect(await (await b.post(`/feeds/${id}/resume`, { _csrf: b.csrf })).text()).toContain(
      "Feed resumed.",
    );
  });
});

describe("data export and wipe", () => {
  it("downloads all data as JSON", async () => {
    const res = await b.get("/settings/export");
    expect(res.headers.get("content-disposition")).toMatch(
      /attachment; filename="tellerrand-export-/,
    );
    const doc = (await res.json()) as { format: string; tables: { contacts: unknown[] } };
    expect(doc.format).toBe("tellerrand-export");
    expect(doc.tables.contacts.length).toBeGreaterThan(100);
  });

  it("wipes only after the confirmation word", async () => {
    const wrong = await b.post("/settings/wipe", { _csrf: b.csrf, confirm: "yes" });
    expect(wrong.status).toBe(400);
    expect(h.wipes).toBe(0);
    const right = await b.post("/settings/wipe", { _csrf: b.csrf, confirm: "delete" });
    expect(await right.text()).toContain("All data deleted.");
    expect(h.wipes).toBe(1);
    expect(await (await b.get("/")).text()).toContain('id="empty"');
    expect((await b.get("/api/report")).status).toBe(404);
  });
});
