import { fastFeedDate } from "./dates-fast.js";
import { NAMED_ZONES } from "./zones.js";

/**
 * Reads the dates feeds actually contain and returns ISO 8601 in UTC, or null when the text is
 * not a date we can read with confidence (a wrong date sorts an article wrongly forever).
 * Accepted: RFC 3339 / ISO 8601 (also with a space, without seconds, or date only), RFC 822/2822
 * (named zones like EST or PDT, numeric offsets, two-digit years, missing seconds, missing day
 * name, German or English month and day names), and `Month D, YYYY`. A missing zone means UTC.
 *
 * @example
 * parseFeedDate("Mon, 1 Jan 2024 10:00:00 PST"); // "2024-01-01T18:00:00.000Z"
 * parseFeedDate("2024-01-01T10:00:00+02:00");    // "2024-01-01T08:00:00.000Z"
 * parseFeedDate("gestern");                      // null
 */
export function parseFeedDate(raw: string | null | undefined): string | null {
  if (typeof raw !== "string") return null;
  return fastFeedDate(raw) ?? parseFeedDateGeneral(raw);
}

/**
 * The general reader alone, without the fast path for the common shapes (`dates-fast.ts`);
 * exported so that tests can check both agree.
 *
 * @example
 * parseFeedDateGeneral("Mon, 01 Jan 2024 10:00:00 GMT"); // "2024-01-01T10:00:00.000Z"
 */
export function parseFeedDateGeneral(raw: string): string | null {
  const text = raw
    .replace(/\([^)]*\)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!text) return null;
  return fromIso(text) ?? fromRfc822(text) ?? fromMonthFirst(text);
}

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)? ?(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

function fromIso(text: string): string | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const ms = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
  return build(
    Number(y),
    Number(mo),
    Number(d),
    Number(h ?? 0),
    Number(mi ?? 0),
    Number(s ?? 0),
    ms,
    zoneOffset(zone),
  );
}

const RFC822 =
  /^(?:[\p{L}.]+,? )?(\d{1,2})(?:\.)? ([\p{L}.]+) (\d{2}|\d{4})(?:,? (\d{1,2}):(\d{2})(?::(\d{2}))?)?(?: ?([+-]\d{2}:?\d{2}|[A-Za-z]{1,5}))?$/u;

function fromRfc822(text: string): string | null {
  const m = RFC822.exec(text);
  if (!m) return null;
  const [, d, mon, y, h, mi, s, zone] = m;
  const month = monthNumber(mon ?? "");
  if (month === null) return null;
  const offset = zoneOffset(zone);
  if (offset === null) return null;
  return build(
    fullYear(y ?? ""),
    month,
    Number(d),
    Number(h ?? 0),
    Number(mi ?? 0),
    Number(s ?? 0),
    0,
    offset,
  );
}

const MONTH_FIRST =
  /^(?:[\p{L}]+,? )?([\p{L}.]+) (\d{1,2}),? (\d{4})(?:,? (\d{1,2}):(\d{2})(?::(\d{2}))?)?(?: ?([+-]\d{2}:?\d{2}|[A-Za-z]{1,5}))?$/u;

function fromMonthFirst(text: string): string | null {
  const m = MONTH_FIRST.exec(text);
  if (!m) return null;
  const [, mon, d, y, h, mi, s, zone] = m;
  const month = monthNumber(mon ?? "");
  const offset = zoneOffset(zone);
  if (month === null || offset === null) return null;
  return build(
    Number(y),
    month,
    Number(d),
    Number(h ?? 0),
    Number(mi ?? 0),
    Number(s ?? 0),
    0,
    offset,
  );
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  mär: 3,
  mrz: 3,
  apr: 4,
  may: 5,
  mai: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  okt: 10,
  nov: 11,
  dec: 12,
  dez: 12,
};

function monthNumber(name: string): number | null {
  const key = name.toLowerCase().replace(/\./g, "");
  const exact = MONTHS[key.slice(0, 3)];
  if (exact === undefined) return null;
  // Accept "Jan", "January", "Januar", "Sept", but not unrelated words starting alike.
  return key.length <= 4 ||
    /^(january|januar|february|februar|march|märz|april|june|juni|july|juli|august|september|october|oktober|november|december|dezember)$/.test(
      key,
    )
    ? exact
    : null;
}

/** RFC 2822 §4.3: two-digit years 00–49 are 20xx, 50–99 are 19xx. */
function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

/** Offset in minutes east of UTC; no zone means UTC; an unknown name makes the date unreadable. */
function zoneOffset(zone: string | undefined): number | null {
  if (!zone) return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    return numeric[1] === "-" ? -minutes : minutes;
  }
  const upper = zone.toUpperCase();
  const named = NAMED_ZONES.get(upper);
  if (named !== undefined) return named;
  // RFC 2822 military zones are ambiguous in practice; the RFC says to read them as -0000.
  return /^[A-IK-Z]$/.test(upper) ? 0 : null;
}

function build(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
  offset: number | null,
): string | null {
  if (offset === null || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60)
    return null;
  const time = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms);
  // Rejects impossible days (31 April) that Date.UTC would roll over into the next month.
  if (d > 28 && new Date(Date.UTC(y, mo - 1, d)).getUTCDate() !== d) return null;
  return new Date(time - offset * 60_000).toISOString();
}
