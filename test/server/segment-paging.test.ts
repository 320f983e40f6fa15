import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, browser, type Harness, harness } from "./harness.js";

let h: Harness;
let b: Browser;
let fn = "";
let col = "";
let total = 0;
beforeAll(async () => {
  h = await harness();
  b = await browser(h);
  const grid = (
    (await (await b.get("/api/network?cols=industry")).json()) as {
      segments: { cells: Record<string, number> };
    }
  ).segments;
  const [key, count] = Object.entries(grid.cells).sort((x, y) => y[1] - x[1])[0] ?? ["", 0];
  [fn = "", col = ""] = key.split("\u0000");
  total = count;
});
afterAll(() => h.close());

interface SegmentBody {
  count: number;
  limit: number;
  offset: number;
  next: string | null;
  contacts: Array<{ id: number; jobFunction: string }>;
}

const query = (extra: Record<string, string> = {}) =>
  new URLSearchParams({ cols: "industry", fn, col, ...extra }).toString();

async function api(extra: Record<string, string> = {}): Promise<SegmentBody> {
  const res = await b.get(`/api/network/segment?${query(extra)}`);
  expect(res.status).toBe(200);
  return (await res.json()) as SegmentBody;
}

describe("/api/network/segment paging", () => {
  it("lists at most 100 by default and always counts the whole segment", async () => {
    expect(total).toBeGreaterThan(4); // the sample's largest segment
    const body = await api();
    expect(body).toMatchObject({ count: total, limit: 100, offset: 0 });
    expect(body.contacts).toHaveLength(Math.min(100, total));
    expect(body.next === null).toBe(total <= 100);
  });

  it("pages with limit and offset in one order, linking to the next page until the end", async () => {
    const whole = await api({ limit: "1000" });
    expect(whole.contacts).toHaveLength(Math.min(1000, total));
    const seen: number[] = [];
    let next: string | null = `/api/network/segment?${query({ limit: "3" })}`;
    while (next !== null) {
      const res = await b.get(next);
      const body = (await res.json()) as SegmentBody;
      expect(body.count).toBe(total);
      expect(body.contacts.length).toBeLessThanOrEqual(3);
      seen.push(...body.contacts.map((c) => c.id));
      next = body.next;
    }
    expect(seen).toEqual(whole.contacts.map((c) => c.id));
    const last = await api({ limit: "3", offset: String(total - 1) });
    expect(last.contacts).toHaveLength(1);
    expect(last.next).toBeNull();
    expect((await api({ offset: String(total + 5) })).contacts).toEqual([]);
  });

  it("refuses a limit outside 1–1000 and an offset that is not a whole number ≥ 0", async () => {
    const bads: Array<Record<string, string>> = [
      { limit: "0" },
      { limit: "1001" },
      { limit: "x" },
      { offset: "-1" },
    ];
    for (const bad of bads) {
      const res = await b.get(`/api/network/segment?${query(bad)}`);
      expect(res.status, JSON.stringify(bad)).toBe(400);
    }
  });
});

describe("/network/segment paging", () => {
  it("shows one page of rows with links to the next and previous pages", async () => {
    const first = await (await b.get(`/network/segment?${query({ limit: "2" })}`)).text();
    expect(first.match(/<tr><td>/g)).toHaveLength(2);
    expect(first).toContain(`Showing 1–2 of ${total}`);
    expect(first).toContain('id="segment-next"');
    expect(first).not.toContain('id="segment-prev"');
    const href = /id="segment-next"/.test(first)
      ? (/href="([^"]+)" rel="next"/.exec(first)?.[1] ?? "").replaceAll("&amp;", "&")
      : "";
    expect(href).toContain("offset=2");
    const second = await (await b.get(href)).text();
    expect(second).toContain(`Showing 3–4 of ${total}`);
    expect(second).toContain('id="segment-prev"');
    const de = await browser(h, "de");
    const german = await (await de.get(`/network/segment?${query({ limit: "2" })}`)).text();
    expect(german).toContain(`1–2 von ${total}`);
    expect((await b.get(`/network/segment?${query({ limit: "5000" })}`)).status).toBe(400);
  });
});
