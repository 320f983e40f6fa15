import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  connectAccount,
  listAccounts,
  removeAccount,
} from "../../../src/services/publishing/accounts.js";
import { fileVault, keyVault } from "../../../src/services/publishing/vault.js";
import { type TestPublishing, testContext } from "./helpers.js";

let t: TestPublishing | undefined;
afterEach(async () => t?.app.close());

describe("vault", () => {
  it("seals and opens; a different key cannot open", () => {
    const v = keyVault(randomBytes(32));
    const sealed = v.seal({ token: "abc" });
    expect(sealed).not.toContain("abc");
    expect(v.open(sealed)).toEqual({ token: "abc" });
    expect(() => keyVault(randomBytes(32)).open(sealed)).toThrow(/cannot decrypt/);
  });

  it("creates its key file owner-only and reuses it", () => {
    const dir = mkdtempSync(join(tmpdir(), "tellerrand-vault-"));
    try {
      const file = join(dir, "k", "secrets.key");
      const sealed = fileVault(file).seal({ a: "b" });
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(Buffer.from(readFileSync(file, "utf8"), "base64")).toHaveLength(32);
      expect(fileVault(file).open(sealed)).toEqual({ a: "b" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("accounts", () => {
  it("stores secrets encrypted, masks them, warns before expiry, removes", async () => {
    t = await testContext();
    const soon = new Date(t.clock.now.getTime() + 5 * 86_400_000).toISOString();
    const a = await connectAccount(t.ctx, {
      network: "linkedin",
      handle: "urn:li:person:1",
      serviceUrl: null,
      secrets: { token: "AQV-very-long-token" },
      expiresAt: soon,
    });
    expect(a.secrets.token).toBe("AQ…en (19 chars)");
    expect(a.warning).toBe("token expires in 5 days: reconnect soon");
    const raw = await t.app.db
      .selectFrom("publishing_accounts")
      .select("secrets")
      .executeTakeFirstOrThrow();
    expect(raw.secrets).not.toContain("AQV-very-long-token");
    await expect(
      connectAccount(t.ctx, {
        network: "mastodon",
        handle: "me",
        serviceUrl: null,
        secrets: { token: "x" },
        expiresAt: null,
      }),
    ).rejects.toThrow(/--instance/);
    await expect(
      connectAccount(t.ctx, {
        network: "bluesky",
        handle: "me",
        serviceUrl: null,
        secrets: {},
        expiresAt: null,
      }),
    ).rejects.toThrow(/appPassword/);
    expect(await listAccounts(t.ctx)).toHaveLength(1);
    await removeAccount(t.ctx, a.id);
    await expect(removeAccount(t.ctx, a.id)).rejects.toThrow(/no account/);
  });
});
