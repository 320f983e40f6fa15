import { describe, expect, it } from "vitest";
import {
  classifyShare,
  emptyCounts,
  readingBubble,
  registrableName,
  shareBalance,
  shareTimeline,
} from "../../../src/domain/audit/index.js";

const ctx = {
  hosts: [
    { host: "blog.me.dev", kind: "own-blog" as const, orgKey: null },
    { host: "engineering.acme.com", kind: "own-employer" as const, orgKey: "acme" },
    { host: "tech.example.org", kind: "other-company" as const, orgKey: "example" },
    { host: "news.example.net", kind: "media" as const, orgKey: null },
    { host: "jane.example.io", kind: "person" as const, orgKey: null },
    { host: "acme-careers.io", kind: "other-company" as const, orgKey: "acme" },
  ],
  ownEmployerKeys: new Set(["acme", "deutsche telekom"]),
};

describe("share classification by whose link it is", () => {
  it.each([
    ["https://blog.me.dev/2024/post", "own-blog"],
    ["https://engineering.acme.com/x", "own-employer"],
    ["https://www.acme.com/press", "own-employer"],
    ["https://acme-careers.io/jobs", "own-employer"],
    ["https://telekom.com/x", "other-company"],
    ["https://www.deutschetelekom.com/x", "own-employer"],
    ["https://tech.example.org/post", "other-company"],
    ["https://news.example.net/a", "media"],
    ["https://www.heise.de/news/1", "media"],
    ["https://www.linkedin.com/pulse/x", "other"],
    ["https://jane.example.io/p", "other"],
    ["https://unknown-startup.ai/blog", "other-company"],
    [null, "other"],
    ["not a url", "other"],
  ])("%s → %s", (url, expected) => {
    expect(classifyShare(url, ctx).class).toBe(expected);
  });

  it("marks default guesses as assumed and explains each class", () => {
    expect(classifyShare("https://unknown-startup.ai/blog", ctx)).toMatchObject({ assumed: true });
    expect(classifyShare("https://engineering.acme.com/x", ctx).why).toMatch(/own-employer feed/);
    expect(registrableName("shop.example.co.uk")).toBe("example");
  });

  it("counts per month and compares with the target", () => {
    const t = shareTimeline([
      { at: "2024-02-01T00:00:00Z", class: "media" },
      { at: "2024-01-31T00:00:00Z", class: "own-employer" },
      { at: "2024-01-02T00:00:00Z", class: "own-employer" },
    ]);
    expect(t.map((m) => [m.month, m.total, m.counts["own-employer"]])).toEqual([
      ["2024-01", 2, 2],
      ["2024-02", 1, 0],
    ]);
    const b = shareBalance(
      { ...emptyCounts(), "own-employer": 3, media: 1 },
      { ...emptyCounts(), "own-employer": 1, media: 3 },
    );
    expect(b.byClass["own-employer"]).toEqual({ actual: 0.75, target: 0.25, diff: 0.5 });
    expect(b.distance).toBeCloseTo(0.5, 9);
    expect(shareBalance(emptyCounts(), emptyCounts()).distance).toBeNull();
  });
});

describe("reading bubble", () => {
  const field = (t: string) =>
    ({ ml: "data", dbs: "data", k8s: "cloud", seo: "marketing" })[t] ?? null;
  const item = (month: string, topics: Record<string, number>) => ({
    at: `${month}-10T00:00:00Z`,
    topics: new Map(Object.entries(topics)),
  });

  it("measures effective topics per month, each article weighing once", () => {
    const b = readingBubble(
      [item("2024-01", { ml: 1, k8s: 1 }), item("2024-01", { seo: 5 })],
      field,
    );
    const m = b.months[0];
    expect(m?.articles).toBe(2);
    expect(m?.mix).toEqual([
      { topic: "marketing", share: 0.5 },
      { topic: "cloud", share: 0.25 },
      { topic: "data", share: 0.25 },
    ]);
    expect(m?.effectiveTopics).toBeCloseTo(
      Math.exp(-(0.5 * Math.log(0.5) + 0.5 * Math.log(0.25))),
      9,
    );
    expect(m?.topShare).toBe(0.5);
  });

  it("flags narrowing when the last month falls below 80% of the months before", () => {
    const wide = ["2024-01", "2024-02", "2024-03"].flatMap((m) => [
      item(m, { ml: 1 }),
      item(m, { k8s: 1 }),
      item(m, { seo: 1 }),
    ]);
    const narrow = readingBubble(
      [...wide, item("2024-04", { ml: 1 }), item("2024-04", { dbs: 1 })],
      field,
    );
    expect(narrow.narrowing).toBe(true);
    expect(narrow.trendPerMonth).toBeLessThan(0);
    expect(readingBubble(wide, field).narrowing).toBe(false);
    expect(readingBubble([], field)).toEqual({ months: [], narrowing: false, trendPerMonth: null });
  });
});
