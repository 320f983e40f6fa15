/**
 * What the publishing services need from the outside world. Every network's provider
 * implements the one {@link Publisher} interface; the outbox never asks which network it is.
 */

import type { PublishFailure } from "../../domain/publishing/failures.js";
import type { NetworkId } from "../../domain/publishing/networks.js";
import type { OutboxState } from "../../domain/publishing/outbox.js";
import type { NetworkPolicy, PostKind, RoutingVerdict } from "../../domain/publishing/routing.js";

export type DraftSourceKind = "article" | "url" | "text";

export interface NewDraft {
  source: DraftSourceKind;
  articleId: number | null;
  comment: string;
  url: string | null;
  title: string | null;
  description: string | null;
  imageUrl: string | null;
  /** The article's origin (feed kind: own-blog, other-company, …), for the share audit. */
  origin: string | null;
}

export interface DraftRecord extends NewDraft {
  id: number;
  createdAt: string;
}

export interface NewEntry {
  network: NetworkId;
  text: string;
  verdict: RoutingVerdict;
}

export interface OutboxEntry {
  id: number;
  draftId: number;
  network: NetworkId;
  idempotencyKey: string;
  text: string;
  state: OutboxState;
  verdict: RoutingVerdict;
  forced: boolean;
  scheduledAt: string | null;
  attempts: number;
  /** When the first send began; stays fixed so derived keys (Bluesky rkey) stay stable. */
  sendStartedAt: string | null;
  remoteId: string | null;
  remoteUrl: string | null;
  failureKind: string | null;
  lastError: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export type EntryPatch = Partial<
  Pick<
    OutboxEntry,
    | "state"
    | "text"
    | "scheduledAt"
    | "attempts"
    | "sendStartedAt"
    | "remoteId"
    | "remoteUrl"
    | "failureKind"
    | "lastError"
    | "publishedAt"
  >
>;

export interface AttemptRecord {
  id: number;
  entryId: number;
  startedAt: string;
  finishedAt: string | null;
  outcome: string | null;
  httpStatus: number | null;
  message: string | null;
}

export interface OutboxRepository {
  createDraft(draft: NewDraft, entries: NewEntry[], now: string): Promise<DraftRecord>;
  getDraft(id: number): Promise<DraftRecord | undefined>;
  getEntry(id: number): Promise<OutboxEntry | undefined>;
  listEntries(filter?: {
    state?: OutboxState;
    network?: NetworkId;
    draftId?: number;
  }): Promise<OutboxEntry[]>;
  /** Compare-and-set on the state: false when another runner changed it first. */
  update(id: number, expected: OutboxState, patch: EntryPatch, now: string): Promise<boolean>;
  /** Scheduled entries whose time has come, oldest first. */
  due(now: string): Promise<OutboxEntry[]>;
  /** Times (scheduled or published) already taken on a network. */
  takenTimes(network: NetworkId): Promise<string[]>;
  startAttempt(entryId: number, now: string): Promise<number>;
  finishAttempt(
    id: number,
    now: string,
    outcome: string,
    detail: { httpStatus?: number; message?: string },
  ): Promise<void>;
  attempts(entryId: number): Promise<AttemptRecord[]>;
}

/** Secrets of one account (tokens, app password, session); encrypted at rest. */
export type Secrets = Record<string, string>;

export interface AccountRecord {
  id: number;
  network: NetworkId;
  handle: string;
  /** Instance or service base URL (Mastodon instance, Bluesky PDS, API base for tests). */
  serviceUrl: string | null;
  expiresAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface AccountRepository {
  upsert(
    account: {
      network: NetworkId;
      handle: string;
      serviceUrl: string | null;
      expiresAt: string | null;
    },
    secretsCipher: string,
    now: string,
  ): Promise<AccountRecord>;
  list(): Promise<AccountRecord[]>;
  get(id: number): Promise<AccountRecord | undefined>;
  /** The account used for a network (the most recently updated one). */
  forNetwork(network: NetworkId): Promise<AccountRecord | undefined>;
  secrets(id: number): Promise<string>;
  updateSecrets(
    id: number,
    secretsCipher: string,
    expiresAt: string | null,
    now: string,
  ): Promise<void>;
  remove(id: number): Promise<boolean>;
}

/** An account with its decrypted secrets, as a provider receives it. */
export interface AccountCredentials {
  handle: string;
  serviceUrl: string | null;
  secrets: Secrets;
}

export interface CardImage {
  bytes: Buffer;
  mimeType: string;
}

export interface LinkCard {
  url: string;
  title: string;
  description: string;
  /** Fetched by us for networks that do not fetch previews themselves. */
  image: CardImage | null;
}

export interface PublishRequest {
  account: AccountCredentials;
  /** The text as composed (providers apply the network's escaping). */
  text: string;
  link: LinkCard | null;
  /** Stable per (draft, network): a retry must never post twice. */
  idempotencyKey: string;
  /** When the first send began (ISO); stable across retries. */
  firstAttemptAt: string;
  lang: string | null;
}

export type PublishResult =
  | { status: "published"; remoteId: string; url: string | null }
  | { status: "failed"; failure: PublishFailure };

/** What a provider can tell after a crash between sending and recording. */
export type ReconcileResult =
  | { status: "found"; remoteId: string; url: string | null }
  | { status: "absent" }
  | { status: "unknown"; reason: string };

export interface Publisher {
  /** Account-specific limits (e.g. a Mastodon instance's `max_characters`). */
  limits(account: AccountCredentials): Promise<{ maxLength?: number }>;
  publish(request: PublishRequest): Promise<PublishResult>;
  /**
   * Called for an entry found in `publishing` after a restart: find out whether the post went
   * out. `lastAttemptAt` is when the interrupted send began.
   */
  reconcile(request: PublishRequest, lastAttemptAt: string, now: Date): Promise<ReconcileResult>;
  /** New secrets after an expired token, or the failure (usually `disconnect`). */
  refresh(
    account: AccountCredentials,
  ): Promise<{ secrets: Secrets; expiresAt: string | null } | { failure: PublishFailure }>;
  /** How to connect the account by OAuth 2 (authorization code, PKCE), where the network has it. */
  oauth?: OAuthSpec;
  /**
   * Checks a token login before it is stored (Mastodon's verify_credentials, Bluesky's
   * createSession): who the account is and secrets to keep, or the network's refusal.
   */
  verify?(
    account: AccountCredentials,
  ): Promise<{ handle: string; secrets: Secrets } | { failure: PublishFailure }>;
}

/** A network's OAuth 2 endpoints and rules, read by the one generic loopback flow. */
export interface OAuthSpec {
  authorizeUrl: string;
  tokenUrl: string;
  scopes: string[];
  /** PKCE S256 always (X), or only for a client without secret (LinkedIn native apps). */
  pkce: "always" | "without-secret";
  /** How a client secret reaches the token endpoint: HTTP Basic (X) or form fields (LinkedIn). */
  clientAuth: "basic" | "body";
  /** The API base stored with the account (null: the network's default). */
  serviceUrl: string | null;
  /** Who the token belongs to: the account handle and secrets to keep (e.g. X's user id). */
  identify(accessToken: string): Promise<{ handle: string; secrets: Secrets }>;
}

/** What a finished OAuth flow hands to `connectAccount`. */
export interface OAuthGrant {
  handle: string;
  serviceUrl: string | null;
  secrets: Secrets;
  expiresAt: string | null;
}

export interface PageMetadata {
  url: string;
  title: string | null;
  description: string | null;
  imageUrl: string | null;
  siteName: string | null;
}

/** Open Graph / Twitter Card metadata and card images, fetched with the feed fetcher's safety. */
export interface MetadataFetcher {
  page(url: string): Promise<PageMetadata>;
  image(url: string): Promise<CardImage | null>;
}

/** The article fields composing reads from the feed store. */
export interface ArticleSource {
  id: number;
  url: string | null;
  title: string | null;
  summaryText: string | null;
  contentText: string | null;
  imageUrl: string | null;
  kind: string | null;
}

export interface PublishingPolicy {
  autoApprove: boolean;
  timeZone: string;
  /** Networks a compose targets when none is named. */
  networks: NetworkId[];
  rules: Record<NetworkId, NetworkPolicy>;
}

export type { NetworkPolicy, PostKind };
