import { randomBytes } from "node:crypto";
import { type App, createApp } from "../../../src/app.js";
import { configSchema } from "../../../src/config/schema.js";
import { SqlAccountStore } from "../../../src/db/account-store.js";
import { SqlOutboxStore } from "../../../src/db/outbox-store.js";
import type { NetworkId } from "../../../src/domain/publishing/networks.js";
import type { ContentSignals } from "../../../src/domain/publishing/routing.js";
import type { PublishingContext } from "../../../src/services/publishing/context.js";
import type { MetadataFetcher, Publisher } from "../../../src/services/publishing/ports.js";
import { keyVault } from "../../../src/services/publishing/vault.js";

/** Keyword signals: enough to drive routing in service tests without loading the models. */
export function keywordSignals(text: string): Promise<ContentSignals> {
  const political = /\b(election|wahl|spd|party)\b/i.test(text);
  const priv = /\b(birthday|geburtstag|family|familie)\b/i.test(text);
  return Promise.resolve({
    political,
    politicalReasons: political ? ["election"] : [],
    private: priv,
    privateReasons: priv ? ["birthday"] : [],
    lang: /\b(der|die|und)\b/i.test(text) ? "de" : "en",
  });
}

export const fakeMetadata: MetadataFetcher = {
  page: async (url) => ({
    url,
    title: "Observability without tears",
    description: "How we cut alert noise by 80%",
    imageUrl: `${url}/card.png`,
    siteName: "Blog",
  }),
  image: async () => ({ bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47]), mimeType: "image/png" }),
};

export interface TestPublishing {
  app: App;
  ctx: PublishingContext;
  clock: { now: Date };
}

export async function testContext(
  publishers: Partial<Record<NetworkId, Publisher>> = {},
): Promise<TestPublishing> {
  const config = configSchema.parse({ dataDir: "/nonexistent" });
  const app = await createApp(config, ":memory:");
  const clock = { now: new Date("2026-03-02T08:00:00.000Z") };
  const p = config.publishing;
  const ctx: PublishingContext = {
    outbox: new SqlOutboxStore(app.db),
    accounts: new SqlAccountStore(app.db),
    vault: keyVault(randomBytes(32)),
    publishers,
    metadata: fakeMetadata,
    articles: { get: async () => undefined },
    signals: keywordSignals,
    policy: {
      autoApprove: p.autoApprove,
      timeZone: p.timeZone,
      networks: p.networks,
      rules: {
        linkedin: p.linkedin,
        x: p.x,
        mastodon: p.mastodon,
        bluesky: p.bluesky,
        facebook: p.facebook,
      },
    },
    now: () => clock.now,
    random: () => 0.5,
  };
  return { app, ctx, clock };
}

export async function connect(
  t: TestPublishing,
  network: NetworkId,
  serviceUrl: string,
  secrets: Record<string, string>,
  handle = "me",
) {
  return t.ctx.accounts.upsert(
    { network, handle, serviceUrl, expiresAt: null },
    t.ctx.vault.seal(secrets),
    t.clock.now.toISOString(),
  );
}
