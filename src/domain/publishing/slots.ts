import { TellerrandError } from "../errors.js";

/** Offset of a time zone from UTC at an instant, in ms (positive east of Greenwich). */
function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second"),
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The UTC instant of a wall-clock time in a zone (DST gaps resolve forward). */
export function zonedTime(
  y: number,
  m: number,
  d: number,
  hh: number,
  mm: number,
  tz: string,
): number {
  const guess = Date.UTC(y, m - 1, d, hh, mm);
  const first = guess - zoneOffsetMs(guess, tz);
  return guess - zoneOffsetMs(first, tz);
}

/** The local calendar day (y, m, d) of an instant in a zone. */
function localDay(instant: number, tz: string): [number, number, number] {
  const local = new Date(instant + zoneOffsetMs(instant, tz));
  return [local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate()];
}

/** Parses "HH:MM" slot strings; names the bad one. */
export function parseSlot(slot: string): [number, number] {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(slot.trim());
  if (m === null) throw new TellerrandError("config", `publishing slot "${slot}" is not HH:MM`);
  return [Number(m[1]), Number(m[2])];
}

export interface SlotRequest {
  slots: readonly string[];
  maxPerDay: number;
  timeZone: string;
  /** Times already taken on this network (scheduled or published), ISO strings. */
  taken: readonly string[];
  now: Date;
  /** How many days ahead to look. Default 60. */
  horizonDays?: number;
}

/**
 * The network's next free slot: the first slot time from now on, on a day that has fewer than
 * `maxPerDay` posts, not already taken. With no slots configured, any time of day is a slot
 * (so "now" when today still has room).
 *
 * @example
 * nextFreeSlot({ slots: ["09:00"], maxPerDay: 1, timeZone: "UTC", taken: [], now: new Date("2026-01-05T10:00:00Z") });
 * // 2026-01-06T09:00:00.000Z
 */
export function nextFreeSlot(req: SlotRequest): Date {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: req.timeZone });
  } catch {
    throw new TellerrandError(
      "config",
      `publishing.timeZone "${req.timeZone}" is not an IANA time zone`,
    );
  }
  const times = req.slots.map(parseSlot).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const taken = req.taken.map((t) => Date.parse(t));
  const now = req.now.getTime();
  const perDay = new Map<string, number>();
  for (const t of taken) {
    const key = localDay(t, req.timeZone).join("-");
    perDay.set(key, (perDay.get(key) ?? 0) + 1);
  }
  const [y, m, d] = localDay(now, req.timeZone);
  for (let offset = 0; offset < (req.horizonDays ?? 60); offset += 1) {
    const noon = zonedTime(y, m, d + offset, 12, 0, req.timeZone);
    const day = localDay(noon, req.timeZone);
    if ((perDay.get(day.join("-")) ?? 0) >= req.maxPerDay) continue;
    if (times.length === 0)
      return new Date(offset === 0 ? now : zonedTime(...day, 0, 0, req.timeZone));
    for (const [hh, mm] of times) {
      const at = zonedTime(...day, hh, mm, req.timeZone);
      if (at >= now && !taken.some((t) => Math.abs(t - at) < 60_000)) return new Date(at);
    }
  }
  throw new TellerrandError("usage", `no free slot in the next ${req.horizonDays ?? 60} days`);
}
