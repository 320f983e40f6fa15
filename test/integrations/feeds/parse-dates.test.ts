import { describe, expect, it } from "vitest";
import { parseFeedDate } from "../../../src/integrations/feeds/parse/dates.js";

describe("parseFeedDate", () => {
  it.each([
    // RFC 822 / 2822 with named and numeric zones
    ["Mon, 01 Jan 2024 10:00:00 GMT", "2024-01-01T10:00:00.000Z"],
    ["Mon, 01 Jan 2024 10:00:00 EST", "2024-01-01T15:00:00.000Z"],
    ["Mon, 01 Jul 2024 10:00:00 PDT", "2024-07-01T17:00:00.000Z"],
    ["Mon, 01 Jan 2024 10:00:00 +0130", "2024-01-01T08:30:00.000Z"],
    ["Mon, 01 Jan 2024 10:00:00 -05:00", "2024-01-01T15:00:00.000Z"],
    ["Sat, 15 Jun 2024 22:15:00 CEST", "2024-06-15T20:15:00.000Z"],
    ["Mon, 01 Jan 2024 10:00:00 +0000 (UTC)", "2024-01-01T10:00:00.000Z"],
    // broken variants
    ["Mon, 1 Jan 2024 10:00:00", "2024-01-01T10:00:00.000Z"], // no zone → UTC
    ["Mon, 01 Jan 2024 10:00 +0100", "2024-01-01T09:00:00.000Z"], // no seconds
    ["01 Jan 24 10:00:00 GMT", "2024-01-01T10:00:00.000Z"], // two-digit year, no day name
    ["Thu, 01 Jan 99 00:00:00 GMT", "1999-01-01T00:00:00.000Z"],
    ["Mo, 04 Mär 2024 08:00:00 +0100", "2024-03-04T07:00:00.000Z"], // German names
    ["Dienstag, 1. Oktober 2024 12:00 MESZ", "2024-10-01T10:00:00.000Z"],
    ["Wed, 4 December 2024 10:00:00 Z", "2024-12-04T10:00:00.000Z"],
    ["Mon,  01   Jan 2024  10:00:00  GMT ", "2024-01-01T10:00:00.000Z"],
    ["January 5, 2024 3:04 PM".replace(" PM", ""), "2024-01-05T03:04:00.000Z"],
    ["Jan 5, 2024", "2024-01-05T00:00:00.000Z"],
    // RFC 3339 / ISO 8601
    ["2024-01-01T10:00:00Z", "2024-01-01T10:00:00.000Z"],
    ["2024-01-01T10:00:00.123456+02:00", "2024-01-01T08:00:00.123Z"],
    ["2024-01-01 10:00:00", "2024-01-01T10:00:00.000Z"],
    ["2024-01-01T10:00", "2024-01-01T10:00:00.000Z"],
    ["2024-01-01", "2024-01-01T00:00:00.000Z"],
    ["2024-01-01T10:00:00+0530", "2024-01-01T04:30:00.000Z"],
  ])("%s → %s", (input, expected) => {
    expect(parseFeedDate(input)).toBe(expected);
  });

  it.each([
    [""],
    ["   "],
    ["sometime last week"],
    ["Mon, 31 Feb 2024 10:00:00 GMT"], // no such day
    ["2024-13-01T10:00:00Z"],
    ["Mon, 01 Foo 2024 10:00:00 GMT"],
    ["Mon, 01 Jan 2024 10:00:00 XYZZY"], // unknown zone: unknown instant
    ["Mon, 01 Janitor 2024 10:00:00 GMT"],
  ])("%j → null", (input) => {
    expect(parseFeedDate(input)).toBeNull();
  });

  it("returns null for missing values", () => {
    expect(parseFeedDate(undefined)).toBeNull();
    expect(parseFeedDate(null)).toBeNull();
  });
});
