import { afterEach, describe, expect, it } from "vitest";
import { mastodonPublisher } from "../../../src/integrations/publishers/mastodon/index.js";
import { composeDrafts } from "../../../src/services/publishing/compose.js";
import {
  approveEntry,
  cancelEntry,
  confirmPublished,
  reopenEntry,
  scheduleEntry,
  showEntry,
} from "../../../src/services/publishing/outbox.js";
import type { Publisher } from "../../../src/services/publishing/ports.js";
import { publishNow, runOutbox } from "../../../src/services/publishing/run.js";
import { type FakeMastodon, startFakeMastodon } from "../../fakes/publishers/mastodon.js";
import { connect, type TestPublishing, testContext } from "./helpers.js";

let fake: FakeMastodon;
let t: TestPublishing;
afterEach(async () => {
  await fake?.close();
  await t?.app.close();
});

async function setup(publisher: Publisher = mastodonPublisher(), maxCharacters = 500) {
  fake = await startFakeMastodon({ token: "tok", maxCharacters });
  t = await testContext({ mastodon: publisher });
  await connect(t, "mastodon", fake.url, { token: "tok" });
}

async function approvedEntry(text = "Worth reading") {
  const r = await composeDrafts(t.ctx, {
    url: "https://blog.example/p",
    text,
    networks: ["mastodon"],
  });
  const id = r.entries[0]?.entryId as number;
  await approveEntry(t.ctx, id);
  return id;
}

describe("outbox on the fake Mastodon", () => {
  it("takes a draft from an article to published, in its slot, once", async () => {
    await setup(mastodonPublisher(), 1000);
    const r = await composeDrafts(t.ctx, { url: "https://blog.example/p", networks: ["mastodon"] });
    const entry = r.entries[0];
    expect(entry?.count.limit).toBe(1000); // from /api/v2/instance
    expect(entry?.text).toBe("Observability without tears\n\nhttps://blog.example/p");
    const id = entry?.entryId as number;
    await approveEntry(t.ctx, id);
    const scheduled = await scheduleEntry(t.ctx, id);
    expect(scheduled.scheduledAt).toBe("2026-03-02T08:30:00.000Z");
    expect((await runOutbox(t.ctx)).published).toEqual([]); // not due yet
    t.clock.now = new Date("2026-03-02T08:31:00.000Z");
    expect((await runOutbox(t.ctx)).published).toEqual([id]);
    expect((await runOutbox(t.ctx)).published).toEqual([]);
    expect(fake.statuses).toHaveLength(1);
    const detail = await showEntry(t.ctx, id);
    expect(detail.entry.state).toBe("published");
    expect(detail.entry.remoteId).toBe("100");
    const post = fake.received.find((q) => q.path === "/api/v1/statuses");
    expect(post?.headers["idempotency-key"]).toBe(`tellerrand-${detail.draft?.id}-mastodon`);
    expect(post?.headers.authorization).toBe("Bearer tok");
  });

  it("reconciles a crash between sending and recording without a second post", async () => {
    await setup();
    const real = mastodonPublisher();
    let crash = true;
    const crashing: Publisher = {
      ...real,
      async publish(req) {
        const r = await real.publish(req);
        if (crash) throw new Error("process killed"); // the post went out; the record did not
        return r;
      },
    };
    t.ctx.publishers.mastodon = crashing;
    const id = await approvedEntry();
    // The throw is caught as a transient failure: the entry is retried, with the same key.
    await publishNow(t.ctx, id);
    expect((await showEntry(t.ctx, id)).entry.state).toBe("scheduled");
    crash = false;
    t.clock.now = new Date(t.clock.now.getTime() + 5 * 60_000);
    expect((await runOutbox(t.ctx)).published).toEqual([id]);
    expect(fake.statuses).toHaveLength(1);
  });

  it("reconciles an entry left in publishing by a killed process", async () => {
    await setup();
    const id = await approvedEntry();
    const entry = (await showEntry(t.ctx, id)).entry;
    // Simulate the crash: claimed, attempt started, request sent, nothing recorded.
    await t.ctx.outbox.update(
      id,
      "approved",
      { state: "publishing", sendStartedAt: t.clock.now.toISOString(), attempts: 1 },
      t.clock.now.toISOString(),
    );
    await t.ctx.outbox.startAttempt(id, t.clock.now.toISOString());
    await mastodonPublisher().publish({
      account: { handle: "me", serviceUrl: fake.url, secrets: { token: "tok" } },
      text: entry.text,
      link: null,
      idempotencyKey: entry.idempotencyKey,
      firstAttemptAt: t.clock.now.toISOString(),
      lang: null,
    });
    const summary = await runOutbox(t.ctx);
    expect(summary.reconciled).toEqual([{ id, outcome: "found" }]);
    expect((await showEntry(t.ctx, id)).entry.state).toBe("published");
    expect(fake.statuses).toHaveLength(1);
  });

  it("asks the person when the idempotency window has passed", async () => {
    await setup();
    const id = await approvedEntry();
    await t.ctx.outbox.update(
      id,
      "approved",
      { state: "publishing", attempts: 1 },
      t.clock.now.toISOString(),
    );
    await t.ctx.outbox.startAttempt(id, t.clock.now.toISOString());
    t.clock.now = new Date(t.clock.now.getTime() + 2 * 3600_000);
    const summary = await runOutbox(t.ctx);
    expect(summary.needsAttention).toEqual([id]);
    expect(fake.statuses).toHaveLength(0);
    const after = await confirmPublished(t.ctx, id, "https://fake/@me/1");
    expect(after.state).toBe("published");
  });

  it("retries a 429 after its rate-limit reset, then posts", async () => {
    await setup();
    fake.script("/api/v1/statuses", {
      status: 429,
      headers: { "x-ratelimit-reset": new Date(Date.now() + 600_000).toISOString() },
      body: { error: "Too many requests" },
    });
    const id = await approvedEntry();
    const s = await publishNow(t.ctx, id);
    expect(s.retrying).toEqual([id]);
    const e = (await showEntry(t.ctx, id)).entry;
    expect(e.failureKind).toBe("retry");
    expect(Date.parse(e.scheduledAt ?? "") - t.clock.now.getTime()).toBeGreaterThanOrEqual(590_000);
    t.clock.now = new Date(Date.parse(e.scheduledAt ?? ""));
    expect((await runOutbox(t.ctx)).published).toEqual([id]);
    expect(fake.statuses).toHaveLength(1);
  });

  it("fails a bad request with the network's message, and marks a revoked token for reconnect", async () => {
    await setup(mastodonPublisher(), 500);
    const id = await approvedEntry();
    fake.script("/api/v1/statuses", {
      status: 422,
      body: { error: "Validation failed: Text character limit of 500 exceeded" },
    });
    expect((await publishNow(t.ctx, id)).failed).toEqual([id]);
    const failed = (await showEntry(t.ctx, id)).entry;
    expect(failed.failureKind).toBe("bad-request");
    expect(failed.lastError).toContain("character limit of 500");
    await reopenEntry(t.ctx, id);
    await connect(t, "mastodon", fake.url, { token: "revoked" });
    expect((await publishNow(t.ctx, id)).needsAttention).toEqual([id]);
    expect((await showEntry(t.ctx, id)).entry.failureKind).toBe("disconnect");
    expect(fake.statuses).toHaveLength(0);
  });

  it("gives up after the retry budget", async () => {
    await setup();
    const id = await approvedEntry();
    for (let i = 0; i < 6; i += 1)
      fake.script("/api/v1/statuses", { status: 503, body: { error: "down" } });
    let s = await publishNow(t.ctx, id);
    for (let i = 0; i < 6 && s.failed.length === 0; i += 1) {
      t.clock.now = new Date(t.clock.now.getTime() + 7 * 3600_000);
      s = await runOutbox(t.ctx);
    }
    expect(s.failed).toEqual([id]);
    expect((await showEntry(t.ctx, id)).attempts).toHaveLength(6);
  });

  it("refuses to approve a blocked draft and cancels it", async () => {
    await setup();
    const r = await composeDrafts(t.ctx, {
      text: "Happy birthday to my family!",
      networks: ["mastodon", "linkedin"],
    });
    const li = r.entries.find((e) => e.network === "linkedin");
    expect(li?.verdict.status).toBe("blocked");
    await expect(approveEntry(t.ctx, li?.entryId as number)).rejects.toThrow(
      /blocked: private content/,
    );
    expect((await cancelEntry(t.ctx, li?.entryId as number)).state).toBe("cancelled");
    await expect(cancelEntry(t.ctx, li?.entryId as number)).rejects.toThrow(/cannot cancel/);
  });
});
