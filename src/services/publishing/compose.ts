import { TellerrandError } from "../../domain/errors.js";
import { countText, type TextCount } from "../../domain/publishing/counters.js";
import { type DraftSource, draftText } from "../../domain/publishing/draft-text.js";
import { NETWORK_SPECS, type NetworkId, specFor } from "../../domain/publishing/networks.js";
import {
  type ContentSignals,
  evaluateRouting,
  type RoutingVerdict,
} from "../../domain/publishing/routing.js";
import type { PublishingContext } from "./context.js";
import type { DraftRecord, NewDraft } from "./ports.js";

export interface ComposeInput {
  /** A stored article's id. */
  articleId?: number;
  /** Any web page: its Open Graph / Twitter Card tags give title, description and image. */
  url?: string;
  /** The person's comment, or the whole post when there is no article. */
  text?: string;
  networks?: NetworkId[];
  /** Override routing blocks; recorded on each entry. */
  force?: boolean;
  /** false: only show what would be composed. Default true. */
  store?: boolean;
}

export interface ComposedEntry {
  network: NetworkId;
  text: string;
  count: TextCount;
  verdict: RoutingVerdict;
  /** For networks without an API: the link the person shares by hand. */
  shareUrl: string | null;
  entryId: number | null;
}

export interface ComposeResult {
  draft: DraftRecord | null;
  source: DraftSource;
  signals: ContentSignals;
  entries: ComposedEntry[];
}

async function sourceOf(ctx: PublishingContext, input: ComposeInput): Promise<NewDraft> {
  const comment = input.text ?? "";
  if (input.articleId !== undefined) {
    const a = await ctx.articles.get(input.articleId);
    if (a === undefined) throw new TellerrandError("not-found", `no article #${input.articleId}`);
    return {
      source: "article",
      articleId: a.id,
      comment,
      url: a.url,
      title: a.title,
      description: a.summaryText,
      imageUrl: a.imageUrl,
      origin: a.kind,
    };
  }
  if (input.url !== undefined) {
    const page = await ctx.metadata.page(input.url);
    return {
      source: "url",
      articleId: null,
      comment,
      url: page.url,
      title: page.title,
      description: page.description,
      imageUrl: page.imageUrl,
      origin: null,
    };
  }
  if (comment.trim() === "")
    throw new TellerrandError("usage", "compose needs a URL, --article ID or --text");
  return {
    source: "text",
    articleId: null,
    comment,
    url: null,
    title: null,
    description: null,
    imageUrl: null,
    origin: null,
  };
}

/** Merges the signals of the post text and of the article it shares: either can block. */
function merge(a: ContentSignals, b: ContentSignals | null): ContentSignals {
  if (b === null) return a;
  return {
    political: a.political || b.political,
    politicalReasons: [...new Set([...a.politicalReasons, ...b.politicalReasons])],
    private: a.private || b.private,
    privateReasons: [...new Set([...a.privateReasons, ...b.privateReasons])],
    lang: a.lang,
  };
}

async function maxLengthFor(
  ctx: PublishingContext,
  network: NetworkId,
): Promise<number | undefined> {
  const publisher = ctx.publishers[network];
  const account = await ctx.accounts.forNetwork(network);
  if (publisher === undefined || account === undefined) return undefined;
  try {
    const secrets = ctx.vault.open(await ctx.accounts.secrets(account.id));
    return (
      await publisher.limits({ handle: account.handle, serviceUrl: account.serviceUrl, secrets })
    ).maxLength;
  } catch {
    return undefined; // the default limit is safe: instances only raise it
  }
}

/** A share link for posting by hand (Facebook's sharer: a personal profile has no API). */
function shareLink(network: NetworkId, url: string | null): string | null {
  const prefix = NETWORK_SPECS[network].shareUrl;
  return prefix === null || url === null ? null : `${prefix}${encodeURIComponent(url)}`;
}

/**
 * Composes one draft per network from an article, a URL or free text, counts each against its
 * network's limits, checks each against the routing rules and (unless `store: false`) stores
 * the draft with one outbox entry per network in state `draft`.
 *
 * @example
 * const r = await composeDrafts(ctx, { url: "https://blog.example/post", networks: ["mastodon"] });
 * r.entries[0]?.count.remaining;
 */
export async function composeDrafts(
  ctx: PublishingContext,
  input: ComposeInput,
): Promise<ComposeResult> {
  const draft = await sourceOf(ctx, input);
  const networks = input.networks ?? ctx.policy.networks;
  const articleText = [draft.title, draft.description].filter(Boolean).join("\n");
  const articleSignals = articleText === "" ? null : await ctx.signals(articleText);
  const entries: ComposedEntry[] = [];
  let signals: ContentSignals | null = null;
  for (const network of networks) {
    const maxLength = await maxLengthFor(ctx, network);
    const spec = specFor(network, maxLength === undefined ? {} : { maxLength });
    const text = draftText(spec, draft);
    const textSignals = merge(
      await ctx.signals(draft.comment.trim() === "" ? text : draft.comment),
      articleSignals,
    );
    signals ??= textSignals;
    const verdict = evaluateRouting(network, ctx.policy.rules[network], textSignals, {
      label: spec.label,
      ...(input.force === undefined ? {} : { force: input.force }),
    });
    const count = countText(spec, text);
    if (!count.ok)
      verdict.reasons.push(
        `too long for ${spec.label}: ${count.used}/${count.limit} ${count.unit}`,
      );
    if (!count.ok && verdict.status === "allowed") verdict.status = "blocked";
    entries.push({
      network,
      text,
      count,
      verdict,
      shareUrl: shareLink(network, draft.url),
      entryId: null,
    });
  }
  const result: ComposeResult = {
    draft: null,
    source: draft,
    signals: signals ?? (await ctx.signals(draft.comment)),
    entries,
  };
  if (input.store === false) return result;
  result.draft = await ctx.outbox.createDraft(draft, entries, ctx.now().toISOString());
  const stored = await ctx.outbox.listEntries({ draftId: result.draft.id });
  for (const e of entries) e.entryId = stored.find((s) => s.network === e.network)?.id ?? null;
  return result;
}
