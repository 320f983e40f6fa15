/**
 * Pure parsers for every date format seen in LinkedIn exports (EXPORT-FORMATS.md §1.9, §1.11).
 * Nothing here calls `new Date(string)`: each format is matched by an explicit pattern and the
 * parts are range-checked, so `31 Feb 2024` or `13/45/21` are rejected instead of rolled over.
 *
 * Times without a zone are taken as UTC: LinkedIn writes its own timestamps in UTC (the `UTC`
 * suffix of messages/endorsements) and does not say which zone the zone-less ones are in.
 * Two-digit years (`1/8/18`, `18-Jun-24`) pivot at 70: `00`–`69` → 20xx, `70`–`99` → 19xx.
 */

/** A calendar date with an optional wall-clock time (UTC). */
export interface ParsedDate {
  year: number;
  month: number;
  day: number;
  /** Seconds since midnight, or null when the source had no time of day. */
  seconds: number | null;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MON = "([A-Za-z]{3,9})";
const ZONE = "(?:\\s*(?:UTC|GMT|Z))?";

type Builder = (m: RegExpMatchArray) => ParsedDate | null;

/** Each pattern is anchored; the first that matches decides. */
const FORMATS: Array<[RegExp, Builder]> = [
  // 2024-03-20 15:09:26 UTC · 2024-03-17 18:03:34 · 2021-03-25 08:46 UTC · 2022/04/01 11:05:54 UTC
  [
    new RegExp(
      `^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?${ZONE}$`,
    ),
    (m) => build(+g(m, 1), +g(m, 2), +g(m, 3), clock(m[4], m[5], m[6], undefined)),
  ],
  // 1/8/18, 6:14 PM · 12/24/23, 05:28 AM · 11/26/24 01:32 PM UTC · 1/8/2018
  [
    new RegExp(
      `^(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})(?:,?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?)?${ZONE}$`,
    ),
    (m) => usDate(+g(m, 1), +g(m, 2), year(g(m, 3)), clock(m[4], m[5], m[6], m[7])),
  ],
  // 20 Mar 2024 · 18-Jun-24 · 5-Jan-26
  [
    new RegExp(`^(\\d{1,2})[ -]${MON}\\.?[ -](\\d{2}|\\d{4})$`),
    (m) => build(year(g(m, 3)), month(g(m, 2)), +g(m, 1), null),
  ],
  // 16.09.2021 (Danish/German Excel)
  [/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, (m) => build(+g(m, 3), +g(m, 2), +g(m, 1), null)],
  // Apr 3, 2023 · Feb 17, 1998
  [
    new RegExp(`^${MON}\\.? (\\d{1,2}),? (\\d{4})$`),
    (m) => build(+g(m, 3), month(g(m, 1)), +g(m, 2), null),
  ],
  // Wed Mar 13 18:51:14 UTC 2024 (Java Date.toString)
  [
    new RegExp(`^[A-Za-z]{3} ${MON} (\\d{1,2}) (\\d{1,2}):(\\d{2}):(\\d{2}) (?:UTC|GMT) (\\d{4})$`),
    (m) => build(+g(m, 6), month(g(m, 1)), +g(m, 2), clock(m[3], m[4], m[5], undefined)),
  ],
];

function g(m: RegExpMatchArray, i: number): string {
  return m[i] ?? "";
}

function year(text: string): number {
  if (text.length === 4) return Number(text);
  const yy = Number(text);
  return yy < 70 ? 2000 + yy : 1900 + yy;
}

function month(name: string): number {
  return MONTHS[name.toLowerCase().slice(0, name.length > 3 ? 4 : 3)] ?? fullMonth(name);
}

function fullMonth(name: string): number {
  const n = MONTHS[name.toLowerCase().slice(0, 3)];
  // Only accept a long name if it really is that month (`March`, not `Marzipan`).
  const full = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
  ];
  return n !== undefined && full[n - 1] === name.toLowerCase() ? n : 0;
}

/** Seconds since midnight, NaN when out of range, null when there is no time. */
function clock(
  h: string | undefined,
  min: string | undefined,
  s: string | undefined,
  ampm: string | undefined,
): number | null {
  if (h === undefined || min === undefined) return null;
  let hour = Number(h);
  if (ampm !== undefined) {
    if (hour < 1 || hour > 12) return Number.NaN;
    hour = (hour % 12) + (ampm.toLowerCase() === "pm" ? 12 : 0);
  }
  const minute = Number(min);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) return Number.NaN;
  return hour * 3600 + minute * 60 + second;
}

/** US `M/D/Y`, but a first number that cannot be a month means the file was re-saved as D/M/Y. */
function usDate(a: number, b: number, y: number, seconds: number | null): ParsedDate | null {
  return a > 12 && b <= 12 ? build(y, b, a, seconds) : build(y, a, b, seconds);
}

function build(y: number, mo: number, d: number, seconds: number | null): ParsedDate | null {
  if (Number.isNaN(seconds ?? 0) || mo < 1 || mo > 12 || d < 1) return null;
  if (d > daysInMonth(y, mo)) return null;
  return { year: y, month: mo, day: d, seconds };
}

function daysInMonth(y: number, mo: number): number {
  if (mo === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(mo) ? 30 : 31;
}

/**
 * Parses any LinkedIn date or timestamp format into its parts, or null when none matches.
 * @example parseLinkedInDate("1/8/18, 6:14 PM") // { year: 2018, month: 1, day: 8, seconds: 65640 }
 */
export function parseLinkedInDate(text: string): ParsedDate | null {
  const s = text.trim().replace(/\s+/g, " ");
  for (const [pattern, builder] of FORMATS) {
    const m = s.match(pattern);
    if (m !== null) return builder(m);
  }
  return null;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

/**
 * A date as `YYYY-MM-DD` (the time of day, if any, is dropped).
 * @example toDay("15 Mar 2023") // "2023-03-15"
 */
export function toDay(text: string): string | null {
  const p = parseLinkedInDate(text);
  return p === null ? null : `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/**
 * A date as ISO 8601 UTC `YYYY-MM-DDTHH:mm:ssZ`; a date without time becomes midnight UTC.
 * @example toTimestamp("2023-03-15 10:12:00 UTC") // "2023-03-15T10:12:00Z"
 */
export function toTimestamp(text: string): string | null {
  const p = parseLinkedInDate(text);
  if (p === null) return null;
  const sec = p.seconds ?? 0;
  const time = `${pad(Math.floor(sec / 3600))}:${pad(Math.floor(sec / 60) % 60)}:${pad(sec % 60)}`;
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${time}Z`;
}

/**
 * A month-precision date (`Jun 2018` → `2018-06`, `2018` → `2018`), as positions, education and
 * certifications give them. Excel's `Jun-18` is read as `2018-06`; a full date keeps its month.
 * @example toMonth("Jun 2018") // "2018-06"
 */
export function toMonth(text: string): string | null {
  const s = text.trim().replace(/\s+/g, " ");
  const y = s.match(/^(\d{4})$/);
  if (y !== null) return g(y, 1);
  const my = s.match(new RegExp(`^${MON}\\.?[ -](\\d{2}|\\d{4})$`));
  if (my !== null) {
    const mo = month(g(my, 1));
    return mo === 0 ? null : `${pad(year(g(my, 2)), 4)}-${pad(mo)}`;
  }
  const num = s.match(/^(\d{1,2})\/(\d{4})$/);
  if (num !== null) {
    const mo = Number(g(num, 1));
    return mo >= 1 && mo <= 12 ? `${g(num, 2)}-${pad(mo)}` : null;
  }
  return toDay(s)?.slice(0, 7) ?? null;
}
