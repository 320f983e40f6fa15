import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A fresh random secret, URL-safe (32 bytes of entropy). */
export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * Compares two secrets in constant time: both are hashed first, so neither the content nor the
 * length of the expected value leaks through timing.
 *
 * @example
 * sameSecret("abc", "abc") // true
 */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given, "utf8").digest();
  const b = createHash("sha256").update(expected, "utf8").digest();
  return timingSafeEqual(a, b);
}
