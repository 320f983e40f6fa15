import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { TellerrandError } from "../../domain/errors.js";
import type { Secrets } from "./ports.js";

/** Encrypts account secrets (AES-256-GCM) before they reach the database. */
export interface Vault {
  seal(secrets: Secrets): string;
  open(cipher: string): Secrets;
}

/**
 * A vault over a 32-byte key. The stored form is `v1.<iv>.<tag>.<ciphertext>` in base64url.
 *
 * @example
 * const vault = keyVault(randomBytes(32));
 * vault.open(vault.seal({ token: "t" })).token; // "t"
 */
export function keyVault(key: Buffer): Vault {
  if (key.length !== 32) throw new TellerrandError("config", "the secrets key must be 32 bytes");
  return {
    seal(secrets) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      const body = Buffer.concat([cipher.update(JSON.stringify(secrets), "utf8"), cipher.final()]);
      return ["v1", iv, cipher.getAuthTag(), body]
        .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
        .join(".");
    },
    open(sealed) {
      const [version, iv, tag, body] = sealed.split(".");
      if (version !== "v1" || iv === undefined || tag === undefined || body === undefined) {
        throw new TellerrandError("bad-input", "stored account secrets are not in the v1 format");
      }
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
        decipher.setAuthTag(Buffer.from(tag, "base64url"));
        const text = Buffer.concat([
          decipher.update(Buffer.from(body, "base64url")),
          decipher.final(),
        ]);
        return JSON.parse(text.toString("utf8")) as Secrets;
      } catch (error) {
        throw new TellerrandError(
          "config",
          "cannot decrypt account secrets: wrong or changed key file",
          { cause: error },
        );
      }
    },
  };
}

/**
 * The vault whose key lives in its own file (created with owner-only permissions on first use),
 * kept apart from the database so a copied database alone reveals no token.
 */
export function fileVault(keyFile: string): Vault {
  // Read (or created) on first use, so a run that touches no account leaves no key file behind.
  let vault: Vault | undefined;
  const load = (): Vault => {
    if (vault !== undefined) return vault;
    if (!existsSync(keyFile)) {
      mkdirSync(dirname(keyFile), { recursive: true });
      writeFileSync(keyFile, randomBytes(32).toString("base64"), { mode: 0o600, flag: "wx" });
    }
    if (process.platform !== "win32" && (statSync(keyFile).mode & 0o077) !== 0) {
      chmodSync(keyFile, 0o600);
    }
    vault = keyVault(Buffer.from(readFileSync(keyFile, "utf8").trim(), "base64"));
    return vault;
  };
  return { seal: (secrets) => load().seal(secrets), open: (cipher) => load().open(cipher) };
}

/** `abcd…wxyz`-style mask for showing that a secret is set without showing it. */
export function maskSecret(value: string): string {
  return value.length <= 8
    ? "********"
    : `${value.slice(0, 2)}…${value.slice(-2)} (${value.length} chars)`;
}
