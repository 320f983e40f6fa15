import { afterEach, describe, expect, it } from "vitest";
import { facebookPagePublisher } from "../../../src/integrations/publishers/facebook/index.js";
import { xPublisher } from "../../../src/integrations/publishers/x/index.js";
import { composeDrafts } from "../../../src/services/publishing/compose.js";
import { approveEntry, showEntry } from "../../../src/services/publishing/outbox.js";
import type { Publisher } from "../../../src/services/publishing/ports.js";
import { publishNow, runOutbox } from "../../../src/services/publishing/run.js";
import { type FakeFacebook, startFakeFacebook } from "../../fakes/publishers/facebook.js";
import { type FakeX, startFakeX } from "../../fakes/publishers/x.js";
import { connect, type TestPublishing, testContext } from "./helpers.js";

const closers: Array<() => Promise<void>> = [];
let t: TestPublishing;
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
  await t.app.close();
});

async function xSetup(publisher: Publisher = xPublisher()): Promise<FakeX> {
  const fake = await startFakeX({ token: "tok" });
  closers.push(() => fake.close());
  t = await testContext({ x: publisher });
  t.clock.now = new Date(); // the fake stamps posts with the real clock
  await connect(t, "x", fake.url, { token: "tok", userId: "2244994945" }, "@me_dev");
  return fake;
}

async function approved(network: "x" | "facebook", text: string): Promise<number> {
  const r = await composeDrafts(t.ctx, {
    url: "https://blog.example.com/p",
    text,
    networks: [network],
  });
  const id = r.entries[0]?.entryId as number;
  await approveEntry(t.ctx, id);
  return id;
}

/** Marks an entry as claimed and sent by a process that died before recording the outcome. */
async function killedWhileSending(id: number): Promise<void> {
  const now = t.clock.now.toISOString();
  await t.ctx.outbox.update(
    id,
    "approved",
    { state: "publishing", sendStartedAt: now, attempts: 1 },
    now,
  );
  await t.ctx.outbox.startAttempt(id, now);
}

describe("outbox on the fake X", () => {
  it("goes from an article to published once, even when the record of a send was lost", async () => {
    const real = xPublisher();
    let crash = true;
    const fake = await xSetup({
      ...real,
      async publish(req) {
        const r = await real.publish(req);
        if (crash) throw new Error("process killed"); // sent, but never recorded
        return r;
      },
    });
    const id = await approved("x", "Worth reading on cost control");
    await publishNow(t.ctx, id);
    expect((await showEntry(t.ctx, id)).entry.state).toBe("scheduled");
    crash = false;
    t.clock.now = new Date(t.clock.now.getTime() + 5 * 60_000);
    expect((await runOutbox(t.ctx)).published).toEqual([id]); // 403 duplicate → found → published
    expect(fake.tweets).toHaveLength(1);
    expect((await showEntry(t.ctx, id)).entry.remoteId).toBe(fake.tweets[0]?.id);
  });

  it("reconciles a killed process by the timeline, and asks when the timeline cannot be read", async () => {
    const fake = await xSetup();
    const sent = await approved("x", "First of two");
    await killedWhileSending(sent);
    const entry = (await showEntry(t.ctx, sent)).entry;
    await xPublisher().publish({
      account: { handle: "@me_dev", serviceUrl: fake.url, secrets: { token: "tok" } },
      text: entry.text,
      link: null,
      idempotencyKey: entry.idempotencyKey,
      firstAttemptAt: t.clock.now.toISOString(),
      lang: null,
    });
    const lost = await approved("x", "Second of two");
    await killedWhileSending(lost);
    const first = await runOutbox(t.ctx);
    expect(first.reconciled).toEqual([
      { id: sent, outcome: "found" },
      { id: lost, outcome: "absent" },
    ]);
    expect(first.published).toEqual([lost]); // absent → scheduled at once → sent
    expect(fake.tweets).toHaveLength(2);

    fake.timelineForbidden = true;
    const third = await approved("x", "Third, on the free tier");
    await killedWhileSending(third);
    expect((await runOutbox(t.ctx)).needsAttention).toEqual([third]);
    expect((await showEntry(t.ctx, third)).entry.lastError).toContain("outbox confirm");
    expect(fake.tweets).toHaveLength(2);
  });
});

describe("outbox on Facebook", () => {
  let fb: FakeFacebook;
  it("hands a profile post over with the share link, and posts to a connected Page", async () => {
    t = await testContext({ facebook: facebookPagePublisher() });
    const r = await composeDrafts(t.ctx, {
      url: "https://blog.example.com/p",
      text: "Geburtstag in der Familie",
      networks: ["facebook"],
    });
    expect(r.entries[0]?.shareUrl).toBe(
      "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fblog.example.com%2Fp",
    );
    const id = r.entries[0]?.entryId as number;
    await approveEntry(t.ctx, id);
    expect((await publishNow(t.ctx, id)).needsAttention).toEqual([id]);
    expect((await showEntry(t.ctx, id)).entry.lastError).toMatch(/post it by hand/);

    fb = await startFakeFacebook({ pageId: "1234", pageToken: "pt" });
    closers.push(() => fb.close());
    await connect(t, "facebook", fb.url, { token: "pt" }, "1234");
    const page = await approved("facebook", "Fotos vom Familienfest der Familie");
    expect((await publishNow(t.ctx, page)).published).toEqual([page]);
    expect(fb.posts).toEqual([
      expect.objectContaining({
        message: "Fotos vom Familienfest der Familie",
        link: "https://blog.example.com/p",
      }),
    ]);
  });
});
