import { join } from "node:path";
import type { App } from "../../app.js";
import { SqlAccountStore } from "../../db/account-store.js";
import { articleSource, SqlOutboxStore } from "../../db/outbox-store.js";
import type { ContentSignals } from "../../domain/publishing/routing.js";
import { createFetcher } from "../../integrations/feeds/fetch/index.js";
import { openGraphFetcher } from "../../integrations/opengraph/index.js";
import { allPublishers } from "../../integrations/publishers/index.js";
import type { TextAnalyzer } from "../../text/analyze.js";
import type { PublishingContext } from "./context.js";
import type { PublishingPolicy } from "./ports.js";
import { fileVault, keyVault, type Vault } from "./vault.js";

/** The `[publishing]` config section as the services read it. */
export function policyFrom(config: App["config"]): PublishingPolicy {
  const p = config.publishing;
  return {
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
  };
}

/** Where the secrets key lives: beside the database, in its own owner-only file. */
export function keyFile(dataDir: string): string {
  return join(dataDir, "secrets.key");
}

/**
 * The vault: the key from `secretsKey` (env `TELLERRAND_SECRETS_KEY`, base64 of 32 bytes) when
 * set, else the owner-only key file beside the database.
 */
export function vaultFrom(config: Pick<App["config"], "secretsKey" | "dataDir">): Vault {
  if (config.secretsKey !== "") return keyVault(Buffer.from(config.secretsKey.trim(), "base64"));
  return fileVault(keyFile(config.dataDir));
}

/**
 * The publishing composition root over an open app: SQL stores, file vault, real providers,
 * Open Graph over the feed fetcher, the text models loaded on first use.
 *
 * @example
 * const ctx = publishingContext(app, VERSION);
 * await runOutbox(ctx);
 */
export function publishingContext(
  app: Pick<App, "db" | "config">,
  version: string,
  overrides: Partial<PublishingContext> = {},
): PublishingContext {
  const feeds = app.config.feeds;
  const fetcher = createFetcher({
    version,
    allowPrivateNetworks: feeds.allowPrivateNetworks,
    allowedHosts: feeds.allowedHosts,
    connectTimeoutMs: feeds.connectTimeoutMs,
    maxRedirects: feeds.maxRedirects,
    totalTimeoutMs: feeds.timeoutMs,
    maxBodyBytes: feeds.maxBodyBytes,
  });
  let analyzer: Promise<TextAnalyzer> | undefined;
  const signals = async (text: string): Promise<ContentSignals> => {
    analyzer ??= import("../../text/analyze.js").then((m) =>
      m.createTextAnalyzer({
        strictness: app.config.politics.strictness,
        keepWords: app.config.politics.keepWords,
        blockWords: app.config.politics.blockWords,
      }),
    );
    const a = (await analyzer)(text);
    return {
      political: a.isPolitical,
      politicalReasons: a.politicalReasons.map((r) => r.term),
      private: a.isPrivate,
      privateReasons: a.privateReasons.map((r) => r.term),
      lang: a.lang,
    };
  };
  return {
    outbox: new SqlOutboxStore(app.db),
    accounts: new SqlAccountStore(app.db),
    vault: vaultFrom(app.config),
    publishers: allPublishers({ linkedinVersion: app.config.publishing.linkedinVersion }),
    metadata: openGraphFetcher(fetcher),
    articles: { get: (id) => articleSource(app.db, id) },
    signals,
    policy: policyFrom(app.config),
    now: () => new Date(),
    random: Math.random,
    ...overrides,
  };
}
