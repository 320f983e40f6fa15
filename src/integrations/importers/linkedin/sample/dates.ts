/**
 * Time arithmetic on plain numbers (UTC days and seconds since the Unix epoch) and the date
 * formats a 2024–2026 LinkedIn export uses, one formatter per format (EXPORT-FORMATS.md §1.9).
 */

export const DAY = 86_400;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** `YYYY-MM-DD` → day number (days since 1970-01-01, UTC); undefined when not a real date. */
export function parseDay(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const d = new Date(ms);
  if (d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return undefined;
  return ms / 1000 / DAY;
}

/** Day number of the 1st of January of `year`. */
export const yearStart = (year: number): number => Date.UTC(year, 0, 1) / 1000 / DAY;
/** Day number of the 1st of `month` (1–12) in `year`. */
export const monthStart = (year: number, month: number): number =>
  Date.UTC(year, month - 1, 1) / 1000 / DAY;

export const yearOf = (day: number): number => new Date(day * DAY * 1000).getUTCFullYear();

function utc(seconds: number): Date {
  return new Date(seconds * 1000);
}

/** `YYYY-MM-DD` */
export function isoDay(day: number): string {
  const d = utc(day * DAY);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Connections: `07 Feb 2026` (zero-padded day, English month). */
export function connectedOn(day: number): string {
  const d = utc(day * DAY);
  return `${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** Shares, Comments, Reactions: `2025-07-01 14:33:22`. */
export function isoSeconds(seconds: number): string {
  const d = utc(seconds);
  return `${isoDay(Math.floor(seconds / DAY))} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** messages.csv: `2024-03-20 15:09:26 UTC`. */
export const messageDate = (seconds: number): string => `${isoSeconds(seconds)} UTC`;

/** Endorsements: `2022/04/01 11:05:54 UTC`. */
export const slashDate = (seconds: number): string =>
  `${isoSeconds(seconds).replaceAll("-", "/")} UTC`;

function clock12(d: Date, padHour: boolean): string {
  const h = d.getUTCHours() % 12 === 0 ? 12 : d.getUTCHours() % 12;
  const ampm = d.getUTCHours() < 12 ? "AM" : "PM";
  return `${padHour ? pad(h) : h}:${pad(d.getUTCMinutes())} ${ampm}`;
}

function shortUs(d: Date): string {
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${pad(d.getUTCFullYear() % 100)}`;
}

/** Invitations, Email Addresses, Registration: `1/8/18, 6:14 PM`. */
export const usDateTime = (seconds: number): string =>
  `${shortUs(utc(seconds))}, ${clock12(utc(seconds), false)}`;

/** Recommendations: `12/24/23, 05:28 AM` (zero-padded hour). */
export function recommendationDate(seconds: number): string {
  const d = utc(seconds);
  return `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${pad(d.getUTCFullYear() % 100)}, ${clock12(d, true)}`;
}

/** Company Follows: `Wed Mar 13 18:51:14 UTC 2024` (Java `Date.toString()`). */
export function javaDate(seconds: number): string {
  const d = utc(seconds);
  const time = isoSeconds(seconds).slice(11);
  return `${WEEKDAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${time} UTC ${d.getUTCFullYear()}`;
}

/** Positions, Certifications: `Jun 2018`. */
export function monthYear(day: number): string {
  const d = utc(day * DAY);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** Profile 2024 birth date: `Mar 7` (no year). */
export function monthDay(month: number, dayOfMonth: number): string {
  return `${MONTHS[month - 1]} ${dayOfMonth}`;
}
