import { describe, expect, it } from "vitest";
import {
  classifyStatus,
  MAX_ATTEMPTS,
  retryDelayMs,
} from "../../../src/domain/publishing/failures.js";
import {
  canTransition,
  eventsFrom,
  idempotencyKey,
  nextState,
  OUTBOX_STATES,
  type OutboxEvent,
} from "../../../src/domain/publishing/outbox.js";
import { nextFreeSlot, parseSlot } from "../../../src/domain/publishing/slots.js";

describe("outbox state machine", () => {
  const allowed: Array<[string, OutboxEvent, string]> = [
    ["draft", "approve", "approved"],
    ["approved", "schedule", "scheduled"],
    ["scheduled", "schedule", "scheduled"],
    ["scheduled", "start", "publishing"],
    ["publishing", "succeed", "published"],
    ["publishing", "retry-later", "scheduled"],
    ["publishing", "fail", "failed"],
    ["publishing", "attention", "needs-attention"],
    ["needs-attention", "confirm-published", "published"],
    ["failed", "reopen", "approved"],
    ["needs-attention", "reopen", "approved"],
    ["draft", "cancel", "cancelled"],
    ["scheduled", "cancel", "cancelled"],
  ];
  it.each(allowed)("%s --%s--> %s", (from, event, to) => {
    expect(nextState(from as never, event)).toBe(to);
  });

  it("refuses everything else, naming where it is allowed", () => {
    let refused = 0;
    for (const s of OUTBOX_STATES) {
      for (const e of [
        "approve",
        "schedule",
        "start",
        "succeed",
        "retry-later",
        "fail",
        "attention",
        "confirm-published",
        "reopen",
        "cancel",
      ] as const) {
        if (
          allowed.some(([f, ev]) => f === s && ev === e) ||
          (e === "cancel" && ["approved", "failed", "needs-attention"].includes(s))
        )
          continue;
        expect(canTransition(s, e)).toBe(false);
        expect(() => nextState(s, e)).toThrow(/cannot/);
        refused += 1;
      }
    }
    expect(refused).toBeGreaterThan(50);
    expect(eventsFrom("published")).toEqual([]);
    expect(eventsFrom("publishing")).toEqual(["succeed", "retry-later", "fail", "attention"]);
  });

  it("has one stable idempotency key per draft and network", () => {
    expect(idempotencyKey(7, "mastodon")).toBe(idempotencyKey(7, "mastodon"));
    expect(idempotencyKey(7, "mastodon")).not.toBe(idempotencyKey(7, "bluesky"));
  });
});

describe("failure classes", () => {
  it("sorts statuses", () => {
    expect([500, 502, 503, 408, 429].map((s) => classifyStatus(s))).toEqual(Array(5).fill("retry"));
    expect(classifyStatus(401)).toBe("disconnect");
    expect(classifyStatus(401, { tokenExpired: true })).toBe("refresh-token");
    expect(classifyStatus(403)).toBe("disconnect");
    expect([400, 404, 413, 422].map((s) => classifyStatus(s))).toEqual(
      Array(4).fill("bad-request"),
    );
  });

  it("backs off exponentially with jitter, honouring Retry-After", () => {
    expect(retryDelayMs(1, undefined, () => 0.5)).toBe(60_000);
    expect(retryDelayMs(3, undefined, () => 0.5)).toBe(240_000);
    expect(retryDelayMs(1, undefined, () => 0)).toBe(48_000);
    expect(retryDelayMs(1, 900_000, () => 0.5)).toBe(900_000);
    expect(retryDelayMs(30, undefined, () => 0.5)).toBe(6 * 3600_000);
    expect(MAX_ATTEMPTS).toBe(6);
  });
});

describe("slots", () => {
  const base = { slots: ["12:30", "09:00"], maxPerDay: 2, timeZone: "Europe/Berlin" };
  it("finds the next slot in the person's time zone", () => {
    // 07:00 UTC = 08:00 in Berlin (winter): next slot 09:00 Berlin = 08:00 UTC.
    expect(
      nextFreeSlot({ ...base, taken: [], now: new Date("2026-01-05T07:00:00Z") }).toISOString(),
    ).toBe("2026-01-05T08:00:00.000Z");
    // Summer time: 09:00 Berlin = 07:00 UTC.
    expect(
      nextFreeSlot({ ...base, taken: [], now: new Date("2026-07-01T05:00:00Z") }).toISOString(),
    ).toBe("2026-07-01T07:00:00.000Z");
  });

  it("skips taken slots and full days", () => {
    const now = new Date("2026-01-05T07:00:00Z");
    expect(nextFreeSlot({ ...base, taken: ["2026-01-05T08:00:00.000Z"], now }).toISOString()).toBe(
      "2026-01-05T11:30:00.000Z",
    );
    const full = ["2026-01-05T08:00:00.000Z", "2026-01-05T11:30:00.000Z"];
    expect(nextFreeSlot({ ...base, taken: full, now }).toISOString()).toBe(
      "2026-01-06T08:00:00.000Z",
    );
    expect(
      nextFreeSlot({
        ...base,
        maxPerDay: 1,
        taken: ["2026-01-05T08:00:00.000Z"],
        now,
      }).toISOString(),
    ).toBe("2026-01-06T08:00:00.000Z");
  });

  it("with no slots, goes now when the day has room", () => {
    const now = new Date("2026-01-05T07:00:00Z");
    expect(nextFreeSlot({ slots: [], maxPerDay: 1, timeZone: "UTC", taken: [], now })).toEqual(now);
  });

  it("rejects a malformed slot", () => {
    expect(() => parseSlot("9am")).toThrow(/not HH:MM/);
  });
});
