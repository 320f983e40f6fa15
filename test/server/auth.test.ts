import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Auth } from "../../src/server/http/auth.js";
import { sameSecret } from "../../src/server/http/secrets.js";
import { browser, type Harness, harness, PASSWORD, setCookies, TOKEN } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await harness({ sample: false });
});
afterAll(() => h.close());

describe("without a session", () => {
  it("redirects pages to the login and answers the API with 401", async () => {
    const page = await h.request("/network");
    expect(page.status).toBe(302);
    expect(page.headers.get("location")).toBe("/login");
    const api = await h.request("/api/report");
    expect(api.status).toBe(401);
    expect(await api.json()).toEqual({
      error: { code: "unauthenticated", message: "Log in first." },
    });
  });

  it("refuses a forged session cookie", async () => {
    const res = await h.request("/api/feeds", {
      headers: { cookie: `tr_session=${"x".repeat(43)}` },
    });
    expect(res.status).toBe(401);
  });
});

describe("the one-time token", () => {
  it("refuses a wrong token without opening a session", async () => {
    const res = await h.request(`/login?token=${"u".repeat(43)}`);
    expect(res.status).toBe(401);
    expect(setCookies(res).tr_session).toBeUndefined();
    expect(await res.text()).toContain("That login link or password is wrong.");
  });

  it("opens a session once, with a strict HttpOnly cookie, and is refused the second time", async () => {
    const first = await h.request(`/login?token=${TOKEN}`);
    expect(first.status).toBe(303);
    expect(first.headers.get("location")).toBe("/");
    const line = first.headers.getSetCookie().find((l) => l.startsWith("tr_session="));
    expect(line).toMatch(/HttpOnly/);
    expect(line).toMatch(/SameSite=Strict/);
    expect(line).toMatch(/Path=\//);
    const session = setCookies(first).tr_session;
    const api = await h.request("/api/feeds", { headers: { cookie: `tr_session=${session}` } });
    expect(api.status).toBe(200);

    const again = await h.request(`/login?token=${TOKEN}`);
    expect(again.status).toBe(401);
    expect(setCookies(again).tr_session).toBeUndefined();
    expect(await again.text()).toContain("has been used already");
  });
});

describe("password and logout", () => {
  it("logs in with the password and out again", async () => {
    const b = await browser(h);
    expect((await b.get("/api/feeds")).status).toBe(200);
    const out = await b.post("/logout", { _csrf: b.csrf });
    expect(out.status).toBe(303);
    expect((await b.get("/api/feeds")).status).toBe(401);
  });

  it("throttles guessing after ten failures a minute", () => {
    let now = 0;
    const auth = new Auth({ loginToken: TOKEN, password: PASSWORD, now: () => now });
    for (let i = 0; i < 10; i++)
      expect(auth.checkPassword("guess")).toEqual({ ok: false, reason: "wrong" });
    expect(auth.checkPassword(PASSWORD)).toEqual({ ok: false, reason: "throttled" });
    now += 61_000;
    expect(auth.checkPassword(PASSWORD).ok).toBe(true);
  });

  it("ends idle sessions", () => {
    let now = 0;
    const auth = new Auth({ loginToken: TOKEN, password: "", idleMs: 1000, now: () => now });
    const r = auth.redeemToken(TOKEN);
    if (!r.ok) throw new Error("login failed");
    expect(auth.touch(r.sessionId)).toBe(true);
    now += 1001;
    expect(auth.touch(r.sessionId)).toBe(false);
    expect(auth.checkPassword("")).toEqual({ ok: false, reason: "wrong" });
  });

  it("compares secrets of any length", () => {
    expect(sameSecret("abc", "abc")).toBe(true);
    expect(sameSecret("abc", "abcd")).toBe(false);
    expect(sameSecret("", "x")).toBe(false);
  });
});
