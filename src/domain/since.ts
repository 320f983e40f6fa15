import { TellerrandError } from "./errors.js";

const UNIT_MS = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 } as const;

/**
 * `--since` as an ISO time: a span back from now (`36h`, `7d`, `2w`) or a date (`2026-11-01`).
 *
 * @example
 * sinceToIso("7d", new Date("2026-11-08T00:00:00Z")); // "2026-11-01T00:00:00.000Z"
 */
export function sinceToIso(value: string, now: Date): string {
  const span = /^(\d+)\s*([hdw])$/i.exec(value.trim());
  if (span) {
    const unit = (span[2] ?? "d").toLowerCase() as keyof typeof UNIT_MS;
    return new Date(now.getTime() - Number(span[1]) * UNIT_MS[unit]).toISOString();
  }
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) {
    const at = new Date(value);
    if (!Number.isNaN(at.getTime())) return at.toISOString();
  }
  throw new TellerrandError(
    "usage",
    `--since "${value}": use a span like 7d, 36h, 2w or a date like 2026-11-01`,
  );
}
