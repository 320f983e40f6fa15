import { afterEach, describe, expect, it } from "vitest";
import { blueskyPublisher } from "../../../src/integrations/publishers/bluesky/index.js";
import { linkedInPublisher } from "../../../src/integrations/publishers/linkedin/index.js";
import { composeDrafts } from "../../../src/services/publishing/compose.js";
import { approveEntry, showEntry } from "../../../src/services/publishing/outbox.js";
import { publishNow, runOutbox } from "../../../src/services/publishing/run.js";
import { type FakeBluesky, startFakeBluesky } from "../../fakes/publishers/bluesky.js";
import { type FakeLinkedIn, startFakeLinkedIn } from "../../fakes/publishers/linkedin.js";
import { connect, type TestPublishing, testContext } from "./helpers.js";

let closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of closers) await c();
  closers = [];
});

async function entryFor(t: TestPublishing, network: "bluesky" | "linkedin", text: string) {
  const r = await composeDrafts(t.ctx, {
    url: "https://blog.example/p",
    text,
    networks: [network],
  });
  const id = r.entries[0]?.entryId as number;
  await approveEntry(t.ctx, id);
  return id;
}

describe("Bluesky on the fake PDS", () => {
  let fake: FakeBluesky;
  async function setup() {
    fake = await startFakeBluesky({ handle: "me.example", appPassword: "abcd-efgh" });
    const t = await testContext({ bluesky: blueskyPublisher() });
    closers.push(
      () => fake.close(),
      () => t.app.close(),
    );
    await connect(t, "bluesky", fake.url, { appPassword: "abcd-efgh" }, "me.example");
    return t;
  }

  it("logs in, uploads the thumbnail, posts with facets and an external card, once", async () => {
    const t = await setup();
    const id = await entryFor(
      t,
      "bluesky",
      "Grüße an @alice.bsky.social und @nobody.bsky.social #SRE 🙂",
    );
    expect((await publishNow(t.ctx, id)).published).toEqual([id]);
    expect(fake.records.size).toBe(1);
    const record = [...fake.records.values()][0] as {
      text: string;
      facets: Array<{
        index: { byteStart: number; byteEnd: number };
        features: Array<{ $type: string; did?: string }>;
      }>;
      embed: { external: { thumb: unknown; title: string } };
    };
    const bytes = Buffer.from(record.text);
    const spans = record.facets.map((f) => [
      bytes.subarray(f.index.byteStart, f.index.byteEnd).toString(),
      f.features[0]?.$type.split("#")[1],
    ]);
    expect(spans).toEqual([
      ["@alice.bsky.social", "mention"],
      ["#SRE", "tag"],
      ["https://blog.example/p", "link"],
    ]);
    expect(record.facets[0]?.features[0]?.did).toBe("did:plc:alice");
    expect(record.embed.external.title).toBe("Observability without tears");
    expect(record.embed.external.thumb).toMatchObject({ $type: "blob", mimeType: "image/png" });
    // A second run, and a reopened retry with the same key, never post twice.
    await runOutbox(t.ctx);
    expect(fake.records.size).toBe(1);
  });

  it("refreshes an expired session and reconciles a crash by looking the record up", async () => {
    const t = await setup();
    const first = await entryFor(t, "bluesky", "first");
    await publishNow(t.ctx, first);
    fake.expireAccess();
    const id = await entryFor(t, "bluesky", "second");
    expect((await publishNow(t.ctx, id)).published).toEqual([id]);
    expect(fake.received.some((r) => r.path.endsWith("refreshSession"))).toBe(true);
    // Crash: the record exists, the outbox still says publishing.
    const third = await entryFor(t, "bluesky", "third");
    await t.ctx.outbox.update(
      third,
      "approved",
      { state: "scheduled", scheduledAt: t.clock.now.toISOString() },
      t.clock.now.toISOString(),
    );
    const real = blueskyPublisher();
    t.ctx.publishers.bluesky = {
      ...real,
      publish: async (req) => {
        await real.publish(req);
        throw new Error("killed");
      },
    };
    // The record went out; the wrapper's throw is caught as a transient failure.
    expect((await runOutbox(t.ctx)).retrying).toEqual([third]);
    expect(fake.records.size).toBe(3);
    // A real kill would have left it in publishing: put it there, as the restart would find it.
    await t.ctx.outbox.update(
      third,
      "scheduled",
      { state: "publishing" },
      t.clock.now.toISOString(),
    );
    t.ctx.publishers.bluesky = real;
    const summary = await runOutbox(t.ctx);
    expect(summary.reconciled).toEqual([{ id: third, outcome: "found" }]);
    expect(fake.records.size).toBe(3);
  });

  it("marks a wrong app password for reconnect", async () => {
    const t = await setup();
    await connect(t, "bluesky", fake.url, { appPassword: "wrong" }, "me.example");
    const id = await entryFor(t, "bluesky", "hello");
    expect((await publishNow(t.ctx, id)).needsAttention).toEqual([id]);
    expect((await showEntry(t.ctx, id)).entry.failureKind).toBe("disconnect");
  });
});

describe("LinkedIn on the fake Posts API", () => {
  let fake: FakeLinkedIn;
  async function setup(secrets: Record<string, string>) {
    fake = await startFakeLinkedIn({ token: "li-token", refreshToken: "li-refresh" });
    const t = await testContext({ linkedin: linkedInPublisher() });
    closers.push(
      () => fake.close(),
      () => t.app.close(),
    );
    await connect(t, "linkedin", fake.url, secrets, "urn:li:person:abc");
    return t;
  }

  it("uploads the thumbnail and posts escaped commentary with an article card", async () => {
    const t = await setup({ token: "li-token" });
    const id = await entryFor(t, "linkedin", "Lessons (part 1) from @work: read it! #SRE #DevOps");
    expect((await publishNow(t.ctx, id)).published).toEqual([id]);
    const post = fake.posts[0] as {
      commentary: string;
      author: string;
      content: { article: Record<string, string> };
    };
    expect(post.commentary).toBe("Lessons \\(part 1\\) from \\@work: read it! #SRE #DevOps");
    expect(post.author).toBe("urn:li:person:abc");
    expect(post.content.article).toEqual({
      source: "https://blog.example/p",
      title: "Observability without tears",
      description: "How we cut alert noise by 80%",
      thumbnail: "urn:li:image:C4D1",
    });
    expect(fake.images.get("urn:li:image:C4D1")?.length).toBe(4);
    const e = (await showEntry(t.ctx, id)).entry;
    expect(e.remoteId).toBe("urn:li:share:7001");
    const r = fake.received.find((q) => q.path === "/rest/posts");
    expect(r?.headers["x-restli-protocol-version"]).toBe("2.0.0");
    expect(r?.headers["linkedin-version"]).toMatch(/^\d{6}$/);
  });

  it("refreshes an expired token, and asks after a crash (no lookup possible)", async () => {
    const t = await setup({
      token: "expired",
      refreshToken: "li-refresh",
      clientId: "c",
      clientSecret: "s",
    });
    const id = await entryFor(t, "linkedin", "hello");
    expect((await publishNow(t.ctx, id)).published).toEqual([id]);
    const second = await entryFor(t, "linkedin", "again");
    await t.ctx.outbox.update(
      second,
      "approved",
      { state: "publishing", attempts: 1 },
      t.clock.now.toISOString(),
    );
    await t.ctx.outbox.startAttempt(second, t.clock.now.toISOString());
    expect((await runOutbox(t.ctx)).needsAttention).toEqual([second]);
    expect(fake.posts).toHaveLength(1);
  });

  it("marks an expired token without refresh token for reconnect", async () => {
    const t = await setup({ token: "expired" });
    const id = await entryFor(t, "linkedin", "hello");
    expect((await publishNow(t.ctx, id)).needsAttention).toEqual([id]);
    expect(fake.posts).toHaveLength(0);
  });
});
