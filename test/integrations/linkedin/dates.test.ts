import { describe, expect, it } from "vitest";
import {
  parseLinkedInDate,
  toDay,
  toMonth,
  toTimestamp,
} from "../../../src/integrations/importers/linkedin/dates.js";

describe("LinkedIn date formats", () => {
  it.each([
    ["20 Mar 2024", "2024-03-20T00:00:00Z"],
    ["07 Mar 2020", "2020-03-07T00:00:00Z"],
    ["18-Jun-24", "2024-06-18T00:00:00Z"],
    ["5-Jan-26", "2026-01-05T00:00:00Z"],
    ["16.09.2021", "2021-09-16T00:00:00Z"],
    ["1/8/18, 6:14 PM", "2018-01-08T18:14:00Z"],
    ["10/16/18, 8:36 AM", "2018-10-16T08:36:00Z"],
    ["12/24/23, 05:28 AM", "2023-12-24T05:28:00Z"],
    ["12/24/23, 12:05 AM", "2023-12-24T00:05:00Z"],
    ["12/24/23, 12:05 PM", "2023-12-24T12:05:00Z"],
    ["11/26/24 01:32 PM UTC", "2024-11-26T13:32:00Z"],
    ["2024-03-17 18:03:34", "2024-03-17T18:03:34Z"],
    ["2023-03-15 10:12:00 UTC", "2023-03-15T10:12:00Z"],
    ["2022/04/01 11:05:54 UTC", "2022-04-01T11:05:54Z"],
    ["2017/06/08 08:15:44 UTC", "2017-06-08T08:15:44Z"],
    ["Wed Mar 13 18:51:14 UTC 2024", "2024-03-13T18:51:14Z"],
    ["2021-03-25 08:46 UTC", "2021-03-25T08:46:00Z"],
    ["Apr 3, 2023", "2023-04-03T00:00:00Z"],
    ["Feb 17, 1998", "1998-02-17T00:00:00Z"],
    ["  15 Mar 2023 ", "2023-03-15T00:00:00Z"],
  ])("reads %s", (text, iso) => {
    expect(toTimestamp(text)).toBe(iso);
  });

  it("gives days for Connections", () => {
    expect(toDay("15 Mar 2023")).toBe("2023-03-15");
    expect(toDay("2023-03-15 10:12:00 UTC")).toBe("2023-03-15");
    expect(toDay("1/8/18, 6:14 PM")).toBe("2018-01-08");
  });

  it("reads a first number over 12 as a day (D/M/Y re-save)", () => {
    expect(toDay("18/06/2024")).toBe("2024-06-18");
  });

  it("pivots two-digit years at 70", () => {
    expect(parseLinkedInDate("1-Jan-69")?.year).toBe(2069);
    expect(parseLinkedInDate("1-Jan-70")?.year).toBe(1970);
  });

  it.each([
    "31 Feb 2024",
    "29 Feb 2023",
    "13/13/21, 1:00 PM",
    "1/8/18, 13:14 PM",
    "2024-03-17 25:00:00",
    "20 Foo 2024",
    "Marzipan 3, 2023",
    "yesterday",
    "",
    "2024-03-17 18:03:34 PST",
  ])("rejects %j", (text) => {
    expect(toTimestamp(text)).toBeNull();
  });

  it("accepts 29 Feb in leap years only", () => {
    expect(toDay("29 Feb 2024")).toBe("2024-02-29");
    expect(toDay("29 Feb 1900")).toBeNull();
    expect(toDay("29 Feb 2000")).toBe("2000-02-29");
  });

  it("reads month-precision dates", () => {
    expect(toMonth("Jun 2018")).toBe("2018-06");
    expect(toMonth("June 2018")).toBe("2018-06");
    expect(toMonth("2018")).toBe("2018");
    expect(toMonth("Dec 2021")).toBe("2021-12");
    expect(toMonth("Jun-18")).toBe("2018-06");
    expect(toMonth("06/2018")).toBe("2018-06");
    expect(toMonth("Foo 2018")).toBeNull();
    expect(toMonth("13/2018")).toBeNull();
  });
});
