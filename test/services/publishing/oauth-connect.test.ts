import { afterEach, describe, expect, it } from "vitest";
import { linkedInPublisher } from "../../../src/integrations/publishers/linkedin/index.js";
import { listenForCode, runOAuthFlow } from "../../../src/integrations/publishers/oauth.js";
import { xPublisher } from "../../../src/integrations/publishers/x/index.js";
import { connectWithOAuth } from "../../../src/services/publishing/accounts.js";
import { composeDrafts } from "../../../src/services/publishing/compose.js";
import { approveEntry, showEntry } from "../../../src/services/publishing/outbox.js";
import { publishNow } from "../../../src/services/publishing/run.js";
import { startFakeLinkedIn } from "../../fakes/publishers/linkedin.js";
import { startFakeX } from "../../fakes/publishers/x.js";
import { type TestPublishing, testContext } from "./helpers.js";

const closers: Array<() => Promise<void>> = [];
let t: TestPublishing | undefined;
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
  await t?.app.close();
});

/** The "browser": opens the authorize URL; the fake logs in and redirects to the loopback. */
const browser = (seen: string[]) => (url: string) => {
  seen.push(url);
  void fetch(url).then((r) => r.text());
};

describe("OAuth 2 connect (authorization code, PKCE, loopback redirect)", () => {
  it("connects X as a public client with PKCE, then publishes and refreshes an expired token", async () => {
    const fake = await startFakeX({ token: "none-yet", clientId: "x-client" });
    closers.push(() => fake.close());
    const x = xPublisher({ api: fake.url, authorizeUrl: fake.authorizeUrl });
    t = await testContext({ x });
    const seen: string[] = [];
    const view = await connectWithOAuth(t.ctx, "x", (spec) =>
      runOAuthFlow(
        spec,
        { clientId: "x-client", clientSecret: null },
        { port: 0, show: browser(seen) },
      ),
    );
    const authorize = new URL(seen[0] ?? "");
    expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorize.searchParams.get("scope")).toBe(
      "tweet.read tweet.write users.read offline.access",
    );
    expect(authorize.searchParams.get("redirect_uri")).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/callback$/,
    );
    expect(view).toMatchObject({ network: "x", handle: "@me_dev", serviceUrl: fake.url });
    expect(Object.keys(view.secrets).sort()).toEqual([
      "clientId",
      "refreshToken",
      "token",
      "userId",
    ]);
    expect(JSON.stringify(view.secrets)).not.toContain(fake.token); // masked
    const r = await composeDrafts(t.ctx, {
      text: "Shipping day for the new parser",
      networks: ["x"],
    });
    const id = r.entries[0]?.entryId as number;
    await approveEntry(t.ctx, id);
    fake.token = "expired-elsewhere"; // the two-hour access token ran out
    expect((await publishNow(t.ctx, id)).published).toEqual([id]);
    expect(fake.tweets).toHaveLength(1);
    const account = await t.ctx.accounts.forNetwork("x");
    const secrets = t.ctx.vault.open(await t.ctx.accounts.secrets(account?.id as number));
    expect(secrets).toMatchObject({ token: fake.token, refreshToken: fake.refreshToken });
    expect((await showEntry(t.ctx, id)).entry.state).toBe("published");
  });

  it("connects LinkedIn as a confidential client (secret in the form, no PKCE) and learns the member URN", async () => {
    const fake = await startFakeLinkedIn({
      token: "none-yet",
      oauthClient: { clientId: "li-client", clientSecret: "li-secret" },
    });
    closers.push(() => fake.close());
    const li = linkedInPublisher({ api: fake.url, oauthBase: fake.url });
    t = await testContext({ linkedin: li });
    const seen: string[] = [];
    const view = await connectWithOAuth(t.ctx, "linkedin", (spec) =>
      runOAuthFlow(
        spec,
        { clientId: "li-client", clientSecret: "li-secret" },
        { port: 0, show: browser(seen) },
      ),
    );
    expect(new URL(seen[0] ?? "").searchParams.has("code_challenge")).toBe(false);
    expect(view).toMatchObject({ handle: "urn:li:person:abc123" });
    expect(Date.parse(view.expiresAt ?? "") - Date.now()).toBeGreaterThan(59 * 86_400_000);
    const form = new URLSearchParams(
      fake.received.find((q) => q.path === "/oauth/v2/accessToken")?.body.toString() ?? "",
    );
    expect(form.get("client_secret")).toBe("li-secret");
    expect(form.get("grant_type")).toBe("authorization_code");
  });

  it("refuses a redirect with the wrong state, and one carrying an error", async () => {
    const a = await listenForCode(0, "expected", 5000);
    const refused = expect(a.code).rejects.toThrow(/state does not match/);
    const res = await fetch(`${a.redirectUri}?code=c&state=forged`);
    expect(res.status).toBe(400);
    await refused;
    const b = await listenForCode(0, "s", 5000);
    const denied = expect(b.code).rejects.toThrow(/access_denied/);
    await fetch(`${b.redirectUri}?error=access_denied&error_description=no&state=s`);
    await denied;
  });

  it("fails the exchange when the PKCE verifier does not match", async () => {
    const fake = await startFakeX({ token: "t", clientId: "x-client" });
    closers.push(() => fake.close());
    const spec = xPublisher({ api: fake.url, authorizeUrl: fake.authorizeUrl }).oauth;
    if (spec === undefined) throw new Error("X has OAuth");
    // A spec that drops the challenge from the authorize URL: the fake then refuses the verifier.
    const tampered = { ...spec, authorizeUrl: `${fake.url}/i/oauth2/authorize?x=1` };
    const flow = runOAuthFlow(
      tampered,
      { clientId: "x-client", clientSecret: null },
      {
        port: 0,
        show: (url) => {
          const u = new URL(url);
          u.searchParams.set("code_challenge", "not-the-challenge");
          void fetch(u).then((r) => r.text());
        },
      },
    );
    await expect(flow).rejects.toThrow(/invalid_grant/);
  });
});
