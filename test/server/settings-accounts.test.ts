import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { blueskyPublisher } from "../../src/integrations/publishers/bluesky/index.js";
import { mastodonPublisher } from "../../src/integrations/publishers/mastodon/index.js";
import { xPublisher } from "../../src/integrations/publishers/x/index.js";
import type { PublishingContext } from "../../src/services/publishing/context.js";
import { keyVault } from "../../src/services/publishing/vault.js";
import { publishingContext } from "../../src/services/publishing/wiring.js";
import { type FakeBluesky, startFakeBluesky } from "../fakes/publishers/bluesky.js";
import { type FakeMastodon, startFakeMastodon } from "../fakes/publishers/mastodon.js";
import { type FakeX, startFakeX } from "../fakes/publishers/x.js";
import { fakeMetadata, keywordSignals } from "../services/publishing/helpers.js";
import { type Browser, browser, type Harness, harness } from "./harness.js";

const TOKEN = "mastodon-token-0123456789";
const APP_PASSWORD = "abcd-efgh-ijkl-mnop";
let h: Harness;
let b: Browser;
let ctx: PublishingContext;
let mastodon: FakeMastodon;
let bluesky: FakeBluesky;
let x: FakeX;
/** The OAuth client id the config names for X ("" = not configured). */
let xClientId = "x-client";

beforeAll(async () => {
  mastodon = await startFakeMastodon({ token: TOKEN });
  bluesky = await startFakeBluesky({ handle: "me.bsky.social", appPassword: APP_PASSWORD });
  x = await startFakeX({ token: "none-yet", clientId: "x-client" });
  h = await harness({ sample: false });
  // The real providers, pointed at the loopback fakes; X's OAuth client from the config, and
  // the redirect listener on any free loopback port.
  const base = h.deps.app;
  const app = (): App => {
    const a = base();
    const publishing = { ...a.config.publishing, xClientId, oauthRedirectPort: 0 };
    return { ...a, config: { ...a.config, publishing } };
  };
  h.deps.app = app;
  ctx = publishingContext(app(), "test", {
    signals: keywordSignals,
    metadata: fakeMetadata,
    vault: keyVault(Buffer.alloc(32, 9)),
    publishers: {
      mastodon: mastodonPublisher(),
      bluesky: blueskyPublisher(),
      x: xPublisher({ api: x.url, authorizeUrl: x.authorizeUrl }),
    },
  });
  h.deps.publishing = () => ctx;
  b = await browser(h);
});
afterAll(async () => {
  await h.close();
  await Promise.all([mastodon.close(), bluesky.close(), x.close()]);
});
beforeEach(async () => {
  for (const a of await ctx.accounts.list()) await ctx.accounts.remove(a.id);
  xClientId = "x-client";
});

const connect = (fields: Record<string, string>) =>
  b.post("/settings/accounts/connect", { _csrf: b.csrf, ...fields });

describe("connecting an account from the Settings page", () => {
  it("offers a labelled form per network with password inputs and autocomplete off", async () => {
    const text = await (await b.get("/settings")).text();
    expect(text).toContain("No account connected yet: connect one below.");
    for (const n of ["mastodon", "bluesky", "facebook", "linkedin", "x"]) {
      expect(text).toContain(`id="connect-${n}"`);
    }
    expect(text).toContain('<label for="connect-mastodon-token">Access token</label>');
    expect(text).toMatch(
      /<input type="password" id="connect-mastodon-token" name="token" value="" autocomplete="off" required>/,
    );
    expect(text).toMatch(/<input type="password" id="connect-bluesky-appPassword"/);
    expect(text).toMatch(/<input type="url" id="connect-mastodon-instance"/);
    expect(text).toContain('action="/settings/accounts/oauth/x"');
  });

  it("connects Mastodon after verify_credentials, lists it without the token, disconnects it", async () => {
    const res = await connect({ network: "mastodon", instance: `${mastodon.url}/`, token: TOKEN });
    expect(res.status).toBe(200);
    const text = await res.text();
    const handle = `@me@${new URL(mastodon.url).host}`;
    expect(text).toContain(`Mastodon account ${handle} connected.`);
    expect(text).not.toContain(TOKEN);
    const [a] = await ctx.accounts.list();
    expect(a).toMatchObject({ network: "mastodon", handle, serviceUrl: mastodon.url });
    expect(ctx.vault.open(await ctx.accounts.secrets(a?.id ?? 0))).toEqual({ token: TOKEN });
    expect(text).toContain(`id="account-${a?.id}"`);
    const gone = await b.post(`/settings/accounts/${a?.id}/remove`, { _csrf: b.csrf });
    expect(await gone.text()).not.toContain(`id="account-${a?.id}"`);
    expect(await ctx.accounts.list()).toEqual([]);
  });

  it("refuses a wrong token with 400 and the network's words, stores nothing, echoes no secret", async () => {
    const wrong = "wrong-token-secret-987654";
    const res = await connect({ network: "mastodon", instance: mastodon.url, token: wrong });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toContain(
      "Not connected: Mastodon refused the login: HTTP 401: The access token is invalid",
    );
    expect(text).not.toContain(wrong);
    expect(text).toContain(`value="${mastodon.url}"`); // the instance is kept for a second try
    expect(await ctx.accounts.list()).toEqual([]);
  });

  it("connects Bluesky by handle and app password (createSession), refuses a wrong password", async () => {
    const bad = await connect({
      network: "bluesky",
      handle: "me.bsky.social",
      appPassword: "wrong-wrong-wrong",
      service: bluesky.url,
    });
    expect(bad.status).toBe(400);
    const badText = await bad.text();
    expect(badText).toContain("AuthenticationRequired: Invalid identifier or password");
    expect(badText).not.toContain("wrong-wrong-wrong");
    expect(badText).toContain('value="me.bsky.social"');
    expect(await ctx.accounts.list()).toEqual([]);
    const res = await connect({
      network: "bluesky",
      handle: "me.bsky.social",
      appPassword: APP_PASSWORD,
      service: bluesky.url,
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain("Bluesky account me.bsky.social connected.");
    expect(text).not.toContain(APP_PASSWORD);
    const [a] = await ctx.accounts.list();
    const secrets = ctx.vault.open(await ctx.accounts.secrets(a?.id ?? 0));
    expect(secrets).toMatchObject({ appPassword: APP_PASSWORD, did: "did:plc:fake123" });
    expect(secrets.accessJwt).toMatch(/^access-/); // the session is kept for the first post
  });

  it("refuses a form without the CSRF field (403), a missing secret and a non-http URL (400)", async () => {
    const res = await b.post("/settings/accounts/connect", {
      network: "mastodon",
      instance: mastodon.url,
      token: TOKEN,
    });
    expect(res.status).toBe(403);
    expect((await connect({ network: "mastodon", instance: mastodon.url })).status).toBe(400);
    const file = await connect({
      network: "mastodon",
      instance: "file:///etc/passwd",
      token: TOKEN,
    });
    expect(file.status).toBe(400);
    expect(await file.text()).toContain("is not an http(s) URL");
    const creds = await connect({
      network: "mastodon",
      instance: "https://me:hunter2secret@social.example",
      token: TOKEN,
    });
    expect(creds.status).toBe(400);
    expect(await creds.text()).not.toContain("hunter2secret");
    expect(await ctx.accounts.list()).toEqual([]);
  });

  it("renders the forms in German", async () => {
    const de = await browser(h, "de");
    const text = await (await de.get("/settings")).text();
    expect(text).toContain("Konto verbinden");
    expect(text).toContain("Mastodon verbinden");
  });
});

describe("POST /api/settings/accounts", () => {
  it("connects by JSON (201, masked) and answers a refusal with 400 and the reason", async () => {
    const ok = await b.postJson("/api/settings/accounts", {
      network: "mastodon",
      instance: mastodon.url,
      token: TOKEN,
    });
    expect(ok.status).toBe(201);
    const body = (await ok.json()) as { account: { handle: string; secrets: { token: string } } };
    expect(body.account.secrets.token).not.toContain(TOKEN);
    expect(body.account.handle).toMatch(/^@me@127\.0\.0\.1:/);
    const bad = await b.postJson("/api/settings/accounts", {
      network: "mastodon",
      instance: mastodon.url,
      token: "nope",
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain("The access token is invalid");
    expect(await ctx.accounts.list()).toHaveLength(1);
  });
});

describe("OAuth login from the page (loopback redirect, as the CLI)", () => {
  it("starts the login, shows the provider's URL, and lists the account once the redirect lands", async () => {
    const res = await b.post("/settings/accounts/oauth/x", { _csrf: b.csrf });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain("Waiting for the X login to finish");
    const href = /id="oauth-x-waiting"[\s\S]*?<a href="([^"]+)"/.exec(text)?.[1] ?? "";
    const loginUrl = href.replaceAll("&amp;", "&");
    expect(loginUrl.startsWith(x.authorizeUrl)).toBe(true);
    expect(new URL(loginUrl).searchParams.get("code_challenge_method")).toBe("S256");
    // The person's browser: the fake logs in and redirects to the loopback listener.
    await (await fetch(loginUrl)).text();
    for (let i = 0; i < 100 && (await ctx.accounts.list()).length === 0; i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    const after = await (await b.get("/settings")).text();
    expect(after).toContain("@me_dev");
    expect(after).not.toContain("Waiting for the X login");
    expect(after).not.toContain(x.token);
  });

  it("without a client id the button is disabled and a start is refused with the config key", async () => {
    xClientId = "";
    const text = await (await b.get("/settings")).text();
    expect(text).toContain("Set publishing.xClientId");
    const res = await b.post("/settings/accounts/oauth/x", { _csrf: b.csrf });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("set publishing.xClientId");
  });
});
