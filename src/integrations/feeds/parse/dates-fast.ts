/**
 * Fast path for the two date shapes that make up nearly all feed dates:
 *  - RFC 822 as RSS writers print it: `Mon, 01 Jan 2024 10:00:00 GMT` (three-letter day name
 *    with or without comma, or none; one- or two-digit day, English month abbreviation,
 *    four-digit year, seconds present, zone `GMT`/`UT`/`UTC`/`Z`, a US or European zone
 *    abbreviation, or `+hhmm`/`-hhmm`);
 *  - RFC 3339 as Atom writers print it: `2024-01-01T10:00:00Z`, `…00.123+02:00`.
 * Read with char codes and turned into ISO text by arithmetic: no regex, no Date objects.
 * Anything else (or anything out of range) returns undefined and takes the general path in
 * `dates.ts`, which gives the same answer for every input accepted here (see the tests).
 */

import { NAMED_ZONES } from "./zones.js";

const MONTHS = new Map<string, number>(
  ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].map(
    (month, i) => [month, i + 1],
  ),
);

/** An ISO 8601 UTC string for a date read by the fast path, or undefined to use the general one. */
export function fastFeedDate(text: string): string | undefined {
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57 && text.charCodeAt(4) === 45) return fromRfc3339(text);
  return fromRfc822(text);
}

/** Value of `count` ASCII digits at `at`, or -1. */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return -1; // also NaN past the end
    value = value * 10 + c;
  }
  return value;
}

/** `YYYY-MM-DDTHH:MM:SS[.f+](Z|±HH:MM)` */
function fromRfc3339(text: string): string | undefined {
  if (text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84) return undefined;
  if (text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return undefined;
  let at = 19;
  let ms = 0;
  if (text.charCodeAt(at) === 46) {
    const start = ++at;
    while (at < text.length && text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57) at++;
    if (at === start || at - start > 9) return undefined;
    ms = Math.round(Number(`0.${text.slice(start, at)}`) * 1000);
  }
  const offset = rfc3339Zone(text, at);
  if (offset === undefined) return undefined;
  return isoString(
    digits(text, 0, 4),
    digits(text, 5, 2),
    digits(text, 8, 2),
    digits(text, 11, 2),
    digits(text, 14, 2),
    digits(text, 17, 2),
    ms,
    offset,
  );
}

function rfc3339Zone(text: string, at: number): number | undefined {
  const rest = text.length - at;
  if (rest === 1 && text.charCodeAt(at) === 90) return 0;
  const sign = text.charCodeAt(at);
  if (rest !== 6 || (sign !== 43 && sign !== 45) || text.charCodeAt(at + 3) !== 58)
    return undefined;
  const hours = digits(text, at + 1, 2);
  const minutes = digits(text, at + 4, 2);
  if (hours < 0 || minutes < 0) return undefined;
  return (sign === 45 ? -1 : 1) * (hours * 60 + minutes);
}

/** `[Ddd[,] ]D[D] Mon YYYY HH:MM:SS ZONE` */
function fromRfc822(text: string): string | undefined {
  let at = 0;
  if (isLetter(text, 0)) {
    // A day name: "Mon, " or "Mon ".
    if (!isLetter(text, 1) || !isLetter(text, 2)) return undefined;
    at = text.charCodeAt(3) === 44 ? 4 : 3;
    if (text.charCodeAt(at) !== 32) return undefined;
    at++;
  }
  const dayDigits = text.charCodeAt(at + 1) === 32 ? 1 : 2;
  const day = digits(text, at, dayDigits);
  at += dayDigits + 1;
  const month = MONTHS.get(text.slice(at, at + 3));
  if (day < 0 || text.charCodeAt(at - 1) !== 32) return undefined;
  if (month === undefined || text.charCodeAt(at + 3) !== 32) return undefined;
  at += 4;
  if (text.charCodeAt(at + 4) !== 32 || text.charCodeAt(at + 7) !== 58) return undefined;
  if (text.charCodeAt(at + 10) !== 58 || text.charCodeAt(at + 13) !== 32) return undefined;
  const offset = rfc822Zone(text.slice(at + 14));
  if (offset === undefined) return undefined;
  return isoString(
    digits(text, at, 4),
    month,
    day,
    digits(text, at + 5, 2),
    digits(text, at + 8, 2),
    digits(text, at + 11, 2),
    0,
    offset,
  );
}

function isLetter(text: string, at: number): boolean {
  const c = text.charCodeAt(at) | 32;
  return c >= 97 && c <= 122;
}

function rfc822Zone(zone: string): number | undefined {
  const sign = zone.charCodeAt(0);
  if (sign !== 43 && sign !== 45) return NAMED_ZONES.get(zone);
  const hours = digits(zone, 1, 2);
  const minutes = digits(zone, 3, 2);
  if (zone.length !== 5 || hours < 0 || minutes < 0) return undefined;
  return (sign === 45 ? -1 : 1) * (hours * 60 + minutes);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The same checks as the general path (month, day of that month, hour ≤ 24, minute ≤ 59,
 * second ≤ 60 read as 59), then epoch milliseconds by the civil-calendar formula and ISO text.
 * Years are limited to 1001–9998 so that the result always has four digits.
 */
function isoString(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
  offset: number,
): string | undefined {
  if (y < 1001 || y > 9998 || mo < 1 || mo > 12 || d < 1 || h < 0 || mi < 0 || s < 0) {
    return undefined;
  }
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const monthDays = mo === 2 && leap ? 29 : (DAYS_IN_MONTH[mo - 1] ?? 0);
  if (d > monthDays || h > 24 || mi > 59 || s > 60) return undefined;
  const seconds = ((h * 60 + mi - offset) * 60 + Math.min(s, 59)) * 1000;
  return isoFromEpoch(daysFromCivil(y, mo, d) * 86_400_000 + seconds + ms);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`). */
function daysFromCivil(y: number, m: number, d: number): number {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** `Date#toISOString` for years 1000–9999, without a Date (several times cheaper in V8). */
export function isoFromEpoch(time: number): string {
  const days = Math.floor(time / 86_400_000);
  let rest = time - days * 86_400_000;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const mi = Math.floor(rest / 60_000);
  rest -= mi * 60_000;
  const s = Math.floor(rest / 1000);
  const ms = rest - s * 1000;
  return `${y}-${two(m)}-${two(d)}T${two(h)}:${two(mi)}:${two(s)}.${ms < 100 ? (ms < 10 ? "00" : "0") : ""}${ms}Z`;
}

function two(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}
