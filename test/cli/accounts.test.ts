import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeMastodon, startFakeMastodon } from "../fakes/publishers/mastodon.js";
import { runCli } from "./run.js";

let dir: string;
let mastodon: FakeMastodon;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tellerrand-accounts-"));
  mastodon = await startFakeMastodon({ token: "tok-from-argv" });
});
afterAll(async () => {
  await mastodon.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("tellerrand accounts connect", () => {
  it("asks for the OAuth client id before starting a LinkedIn or X login", async () => {
    for (const network of ["x", "linkedin"]) {
      const r = await runCli(["-d", dir, "accounts", "connect", network]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain(`publishing.${network}ClientId`);
    }
  });

  it("warns that --token lands in shell history, and seals with TELLERRAND_SECRETS_KEY", async () => {
    const key = randomBytes(32).toString("base64");
    const env = { TELLERRAND_SECRETS_KEY: key };
    const args = ["accounts", "connect", "mastodon", "--handle", "@me", "--instance", mastodon.url];
    const r = await runCli(["-d", dir, ...args, "--token", "tok-from-argv"], env);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("shell history");
    expect(existsSync(join(dir, "secrets.key"))).toBe(false); // the key came from the env
    const listed = await runCli(["-d", dir, "accounts", "list", "--json"], env);
    expect(JSON.parse(listed.stdout)[0].secrets.token).toBe("to…gv (13 chars)");
    const wrongKey = await runCli(["-d", dir, "accounts", "list", "--json"], {
      TELLERRAND_SECRETS_KEY: randomBytes(32).toString("base64"),
    });
    expect(JSON.parse(wrongKey.stdout)[0].warning).toMatch(/cannot decrypt/);
    const shown = await runCli(["-d", dir, "config", "show"], env);
    expect(shown.stdout).not.toContain(key);
  });
});
