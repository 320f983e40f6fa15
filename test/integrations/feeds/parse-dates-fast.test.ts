import { describe, expect, it } from "vitest";
import {
  parseFeedDate,
  parseFeedDateGeneral,
} from "../../../src/integrations/feeds/parse/dates.js";
import { fastFeedDate, isoFromEpoch } from "../../../src/integrations/feeds/parse/dates-fast.js";
import { mulberry32 as random } from "../../../src/integrations/importers/linkedin/sample/prng.js";

describe("date fast path", () => {
  it("reads the common RFC 822 and RFC 3339 shapes without the general reader", () => {
    const cases: Array<[string, string]> = [
      ["Mon, 01 Jan 2024 10:00:00 GMT", "2024-01-01T10:00:00.000Z"],
      ["Mon, 1 Jan 2024 10:00:00 PST", "2024-01-01T18:00:00.000Z"],
      ["Tue 7 Dec 2010 01:30:00 GMT", "2010-12-07T01:30:00.000Z"],
      ["01 Jan 2024 10:00:00 +0530", "2024-01-01T04:30:00.000Z"],
      ["Sun, 31 Dec 2023 23:30:00 -0100", "2024-01-01T00:30:00.000Z"],
      ["Thu, 29 Feb 2024 12:00:00 UT", "2024-02-29T12:00:00.000Z"],
      ["2024-01-01T10:00:00Z", "2024-01-01T10:00:00.000Z"],
      ["2024-01-01T10:00:00+02:00", "2024-01-01T08:00:00.000Z"],
      ["2019-01-02T03:04:05.123-05:00", "2019-01-02T08:04:05.123Z"],
      ["2019-01-02T03:04:05.1Z", "2019-01-02T03:04:05.100Z"],
      ["2019-01-02T03:04:05.123456789Z", "2019-01-02T03:04:05.123Z"],
      ["2019-12-31T23:59:59.9999Z", "2020-01-01T00:00:00.000Z"], // rounds up, as before
    ];
    for (const [text, iso] of cases) {
      expect(fastFeedDate(text), text).toBe(iso);
      expect(parseFeedDate(text), text).toBe(iso);
      expect(parseFeedDateGeneral(text), text).toBe(iso);
    }
  });

  it("hands odd dates to the general reader, which gives the same answers as before", () => {
    const odd = [
      "Mon,  01 Jan 2024 10:00:00 GMT", // double space
      " Mon, 01 Jan 2024 10:00:00 GMT", // leading space
      "Tues, 01 Jan 2024 10:00:00 GMT", // four-letter day name
      "Mon, 01 January 2024 10:00:00 GMT", // full month name
      "Mon, 01 Jan 24 10:00:00 GMT", // two-digit year
      "Mon, 01 Jan 2024 10:00 GMT", // no seconds
      "Mon, 01 Jan 2024 10:00:00", // no zone
      "Mon, 01 Jan 2024 10:00:00 +05:30", // RFC 3339 style offset
      "Mon, 01 Jan 2024 10:00:00 A", // military zone
      "Mon, 01 Jan 2024 10:00:00 XYZ", // unknown zone
      "Mon, 01 Jan 2024 10:00:00 GMT (UTC)", // comment
      "Mo, 01 Mär 2024 10:00:00 +0100", // German
      "123, 01 Jan 2024 10:00:00 GMT", // not a day name
      "2024-01-01t10:00:00z", // lower case
      "2024-01-01 10:00:00Z", // space separator
      "2024-01-01T10:00Z", // no seconds
      "2024-01-01", // date only
      "2024-01-01T10:00:00+0200", // offset without colon
      "2024-01-01T10:00:00", // no zone
      "2024-01-01T10:00:00.Z", // empty fraction
      "2024-01-01T10:00:00.1234567890Z", // ten fraction digits
      "0099-01-01T10:00:00Z", // two-digit year written with four: Date.UTC reads 1999
      "9999-12-31T23:00:00-05:00", // would leave four-digit years
      "January 5, 2024",
      "gestern",
      "",
    ];
    for (const text of odd) {
      expect(fastFeedDate(text), text).toBeUndefined();
      expect(parseFeedDate(text), text).toBe(parseFeedDateGeneral(text));
    }
    expect(parseFeedDate("0099-01-01T10:00:00Z")).toBe("1999-01-01T10:00:00.000Z");
  });

  it("rejects impossible dates and times, as the general reader does", () => {
    for (const text of [
      "Fri, 31 Apr 2024 10:00:00 GMT",
      "Thu, 29 Feb 2023 10:00:00 GMT",
      "Mon, 00 Jan 2024 10:00:00 GMT",
      "Mon, 01 Jan 2024 25:00:00 GMT",
      "Mon, 01 Jan 2024 10:60:00 GMT",
      "2024-13-01T10:00:00Z",
      "2024-02-30T10:00:00Z",
      "2023-02-29T10:00:00Z",
    ]) {
      expect(parseFeedDate(text), text).toBeNull();
      expect(parseFeedDateGeneral(text), text).toBeNull();
    }
    // Hour 24 rolls over and second 60 reads as 59 in both readers.
    expect(parseFeedDate("2024-01-01T24:00:00Z")).toBe("2024-01-02T00:00:00.000Z");
    expect(parseFeedDate("Mon, 01 Jan 2024 23:59:60 GMT")).toBe("2024-01-01T23:59:59.000Z");
    expect(parseFeedDateGeneral("Mon, 01 Jan 2024 23:59:60 GMT")).toBe("2024-01-01T23:59:59.000Z");
  });

  it("agrees with the general reader on 10,000 random dates in the fast shapes", () => {
    const next = random(7);
    const int = (max: number) => Math.floor(next() * max);
    const pad = (n: number, width = 2) => String(n).padStart(width, "0");
    const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct"];
    months.push("Nov", "Dec", "Foo");
    const zones = ["GMT", "UT", "UTC", "Z", "EST", "PDT", "CEST", "BST", "XYZ", "+0000", "-0930"];
    zones.push("+1400", "+99:9", "-2359");
    let fast = 0;
    const disagreements: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const year = 1000 + int(9100);
      const time = `${pad(int(26))}:${pad(int(62))}:${pad(int(62))}`;
      const day = 1 + int(32);
      let text: string;
      if (next() < 0.5) {
        const dayText = next() < 0.5 ? String(day) : pad(day);
        const name = ["Mon, ", "Tue ", "", "Wed,", "12, "][int(5)];
        text = `${name}${dayText} ${months[int(months.length)]} ${year} ${time} ${zones[int(zones.length)]}`;
      } else {
        const fraction = next() < 0.5 ? "" : `.${String(int(1e6)).slice(0, 1 + int(6))}`;
        const zone =
          next() < 0.3 ? "Z" : `${next() < 0.5 ? "+" : "-"}${pad(int(24))}:${pad(int(60))}`;
        text = `${year}-${pad(1 + int(13))}-${pad(day)}T${time}${fraction}${zone}`;
      }
      if (fastFeedDate(text) !== undefined) fast++;
      if (parseFeedDate(text) !== parseFeedDateGeneral(text)) disagreements.push(text);
    }
    expect(disagreements).toEqual([]);
    expect(fast).toBeGreaterThan(2500);
  });

  it("isoFromEpoch formats like Date#toISOString for years 1000 to 9999", () => {
    const next = random(11);
    const low = Date.UTC(1000, 0, 1);
    const high = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
    const disagreements: number[] = [];
    for (let i = 0; i < 10_000; i++) {
      const time = Math.floor(low + next() * (high - low));
      if (isoFromEpoch(time) !== new Date(time).toISOString()) disagreements.push(time);
    }
    expect(disagreements).toEqual([]);
    expect(isoFromEpoch(0)).toBe("1970-01-01T00:00:00.000Z");
    expect(isoFromEpoch(Date.UTC(2000, 1, 29, 1, 2, 3, 4))).toBe("2000-02-29T01:02:03.004Z");
  });
});
