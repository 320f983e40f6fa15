import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, browser, type Harness, harness } from "./harness.js";

let h: Harness;
let b: Browser;
beforeAll(async () => {
  h = await harness();
  b = await browser(h);
});
afterAll(() => h.close());

describe("security headers", () => {
  it("sends a strict CSP and the other headers on pages, the login and the API", async () => {
    for (const res of [await b.get("/"), await h.request("/login"), await b.get("/api/feeds")]) {
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toContain("unsafe-inline");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    }
  });

  it("pages carry no inline script, style or event handler", async () => {
    for (const path of ["/", "/network", "/feeds", "/settings", "/login"]) {
      const text = await (await b.get(path)).text();
      expect(text, path).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
      expect(text, path).not.toMatch(/<style|\sstyle=/i);
      expect(text, path).not.toMatch(/\son[a-z]+=/i);
    }
  });

  it("serves the stylesheet and script as files", async () => {
    const css = await h.request("/static/app.css");
    expect(css.headers.get("content-type")).toContain("text/css");
    const js = await h.request("/static/app.js");
    expect(js.headers.get("content-type")).toContain("text/javascript");
  });

  it("refuses a foreign Host header (DNS rebinding)", async () => {
    const guarded = await harness({
      sample: false,
      dashboard: { allowedHosts: ["127.0.0.1:4280"] },
    });
    try {
      expect((await guarded.request("/login", { headers: { host: "evil.example" } })).status).toBe(
        421,
      );
      expect(
        (await guarded.request("/login", { headers: { host: "127.0.0.1:4280" } })).status,
      ).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});

describe("CSRF", () => {
  it("refuses a form POST without the token, with a wrong one, or from another origin", async () => {
    const body = { url: "https://blog.example/feed.xml" };
    expect((await b.post("/feeds/add", body)).status).toBe(403);
    expect((await b.post("/feeds/add", { ...body, _csrf: "x".repeat(43) })).status).toBe(403);
    const foreign = await b.post(
      "/feeds/add",
      { ...body, _csrf: b.csrf },
      { origin: "https://evil.example", host: "localhost" },
    );
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).toContain("The form has expired");
    expect(h.fetcher.requests).toHaveLength(0);
  });

  it("refuses an API POST without the header and a POST without the cookie", async () => {
    const res = await b.post("/logout", {});
    expect(res.status).toBe(403);
    const bare = await h.request("/lang", {
      method: "POST",
      body: new URLSearchParams({ lang: "de" }),
    });
    expect(bare.status).toBe(403);
  });

  it("accepts the token from the form", async () => {
    const res = await b.post("/lang", { _csrf: b.csrf, lang: "de", back: "/feeds" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/feeds");
    const offsite = await b.post("/lang", { _csrf: b.csrf, lang: "en", back: "//evil.example/" });
    expect(offsite.headers.get("location")).toBe("/");
  });
});
