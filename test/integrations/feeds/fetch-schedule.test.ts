import { describe, expect, it } from "vitest";
import {
  nextCheckAfter,
  nextRetryDelay,
  parseRetryAfter,
} from "../../../src/integrations/feeds/fetch/index.js";

const MIN = 60_000;
const HOUR = 60 * MIN;

describe("parseRetryAfter", () => {
  const now = Date.parse("2015-10-21T07:27:00Z");
  it("reads delta-seconds and HTTP dates", () => {
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
    expect(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now)).toBe(60_000);
  });
  it("never goes negative and rejects what is neither form", () => {
    expect(parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now)).toBe(0);
    for (const bad of [null, undefined, "", "-5", "1.5", "soon"]) {
      expect(parseRetryAfter(bad, now)).toBeNull();
    }
  });
});

describe("nextRetryDelay", () => {
  it("doubles per error between half and the whole ceiling", () => {
    expect(nextRetryDelay(1, () => 0)).toBe(2.5 * MIN);
    expect(nextRetryDelay(1, () => 1)).toBe(5 * MIN);
    expect(nextRetryDelay(2, () => 1)).toBe(10 * MIN);
    expect(nextRetryDelay(3, () => 0.5)).toBe(15 * MIN);
  });
  it("is capped at 24 h and treats counts below 1 as 1", () => {
    expect(nextRetryDelay(50, () => 1)).toBe(24 * HOUR);
    expect(nextRetryDelay(1000, () => 0)).toBe(12 * HOUR);
    expect(nextRetryDelay(0, () => 1)).toBe(5 * MIN);
  });
  it("spreads retries: different random draws give different delays", () => {
    const draws = [0.1, 0.4, 0.9].map((r) => nextRetryDelay(4, () => r));
    expect(new Set(draws).size).toBe(3);
    for (const d of draws) expect(d >= 20 * MIN && d <= 40 * MIN).toBe(true);
  });
});

describe("nextCheckAfter", () => {
  const now = new Date("2025-06-01T12:00:00Z");
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const waitAfter = (dates: Date[]) => nextCheckAfter(dates, now).getTime() - now.getTime();

  it("checks twice per expected post", () => {
    expect(waitAfter([ago(0), ago(4 * HOUR), ago(8 * HOUR)])).toBe(2 * HOUR);
    expect(waitAfter([ago(10 * HOUR), ago(10 * HOUR + 6 * HOUR)])).toBe(3 * HOUR);
  });
  it("is bounded to [15 min, 24 h]", () => {
    expect(waitAfter([ago(0), ago(MIN), ago(2 * MIN)])).toBe(15 * MIN);
    expect(waitAfter([ago(HOUR), ago(10 * 24 * HOUR)])).toBe(24 * HOUR);
  });
  it("gives the maximum to new, silent and undated feeds, and ignores future dates", () => {
    expect(waitAfter([])).toBe(24 * HOUR);
    expect(waitAfter([ago(HOUR)])).toBe(24 * HOUR);
    expect(waitAfter([ago(40 * 24 * HOUR), ago(41 * 24 * HOUR)])).toBe(24 * HOUR);
    expect(waitAfter([new Date(Number.NaN), ago(HOUR)])).toBe(24 * HOUR);
    expect(waitAfter([new Date(now.getTime() + HOUR), ago(0), ago(2 * HOUR)])).toBe(HOUR);
  });
  it("accepts its bounds as options", () => {
    const d = nextCheckAfter([ago(0), ago(MIN)], now, { minMs: MIN, maxMs: 2 * HOUR });
    expect(d.getTime() - now.getTime()).toBe(MIN);
  });
});
