import type { NetworkId } from "../../domain/publishing/networks.js";
import type { ContentSignals } from "../../domain/publishing/routing.js";
import type {
  AccountRepository,
  ArticleSource,
  MetadataFetcher,
  OutboxRepository,
  Publisher,
  PublishingPolicy,
} from "./ports.js";
import type { Vault } from "./vault.js";

/** Everything the publishing use cases work with, injected so tests can fake the outside. */
export interface PublishingContext {
  outbox: OutboxRepository;
  accounts: AccountRepository;
  vault: Vault;
  /** One provider per network that has an API; a network without one gets a hand-over. */
  publishers: Partial<Record<NetworkId, Publisher>>;
  metadata: MetadataFetcher;
  articles: { get(id: number): Promise<ArticleSource | undefined> };
  /** Classifies a text (politics, private, language) with the text models. */
  signals(text: string): Promise<ContentSignals>;
  policy: PublishingPolicy;
  now(): Date;
  random(): number;
}
