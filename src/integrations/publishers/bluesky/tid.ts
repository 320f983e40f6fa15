import { createHash } from "node:crypto";

const ALPHABET = "234567abcdefghijklmnopqrstuvwxyz";

/**
 * An atproto TID (timestamp identifier, the record key type of `app.bsky.feed.post`): 53 bits
 * of microseconds since the epoch and a 10-bit clock id, base32-sortable, 13 characters.
 * Derived from the first send time and the idempotency key, so every retry of one outbox entry
 * writes to the same record key and the PDS cannot hold two copies.
 *
 * @example
 * recordKey("2026-03-02T08:00:00.000Z", "tellerrand-1-bluesky").length; // 13
 */
export function recordKey(firstAttemptAt: string, idempotencyKey: string): string {
  const micros = BigInt(Date.parse(firstAttemptAt)) * 1000n;
  const clock = BigInt(createHash("sha256").update(idempotencyKey).digest().readUInt16BE(0) % 1024);
  let n = (micros << 10n) | clock;
  let out = "";
  for (let i = 0; i < 13; i += 1) {
    out = ALPHABET[Number(n & 31n)] + out;
    n >>= 5n;
  }
  return out;
}
