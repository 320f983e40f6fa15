import {
  MAX_ATTEMPTS,
  type PublishFailure,
  retryDelayMs,
} from "../../domain/publishing/failures.js";
import { NETWORK_SPECS } from "../../domain/publishing/networks.js";
import type { PublishingContext } from "./context.js";
import { entryOrThrow, transition } from "./outbox.js";
import type {
  AccountRecord,
  LinkCard,
  OutboxEntry,
  PublishRequest,
  PublishResult,
} from "./ports.js";

export interface RunSummary {
  reconciled: Array<{ id: number; outcome: "found" | "absent" | "unknown" }>;
  published: number[];
  retrying: number[];
  failed: number[];
  needsAttention: number[];
}

async function linkCard(ctx: PublishingContext, entry: OutboxEntry): Promise<LinkCard | null> {
  const draft = await ctx.outbox.getDraft(entry.draftId);
  if (draft === undefined || draft.url === null) return null;
  const wantsImage =
    NETWORK_SPECS[entry.network].card === "upload-thumbnail" && draft.imageUrl !== null;
  // A missing thumbnail must not stop the post: the card goes out without one.
  const image = wantsImage
    ? await ctx.metadata.image(draft.imageUrl as string).catch(() => null)
    : null;
  return {
    url: draft.url,
    title: draft.title ?? draft.url,
    description: draft.description ?? "",
    image,
  };
}

async function requestFor(
  ctx: PublishingContext,
  entry: OutboxEntry,
  account: AccountRecord,
): Promise<PublishRequest> {
  return {
    account: {
      handle: account.handle,
      serviceUrl: account.serviceUrl,
      secrets: ctx.vault.open(await ctx.accounts.secrets(account.id)),
    },
    text: entry.text,
    link: await linkCard(ctx, entry),
    idempotencyKey: entry.idempotencyKey,
    firstAttemptAt: entry.sendStartedAt ?? ctx.now().toISOString(),
    lang: (await ctx.signals(entry.text)).lang || null,
  };
}

/** Sends once; on an expired token refreshes the account and sends once more. */
async function sendWithRefresh(
  ctx: PublishingContext,
  entry: OutboxEntry,
  account: AccountRecord,
  request: PublishRequest,
): Promise<PublishResult> {
  const publisher = ctx.publishers[entry.network];
  if (publisher === undefined) throw new Error("unreachable: checked by the caller");
  const send = (r: PublishRequest) =>
    publisher.publish(r).catch(
      (error: unknown): PublishResult => ({
        status: "failed",
        failure: { kind: "retry", message: error instanceof Error ? error.message : String(error) },
      }),
    );
  const first = await send(request);
  if (first.status !== "failed" || first.failure.kind !== "refresh-token") return first;
  const refreshed = await publisher.refresh(request.account);
  if ("failure" in refreshed) return { status: "failed", failure: refreshed.failure };
  await ctx.accounts.updateSecrets(
    account.id,
    ctx.vault.seal(refreshed.secrets),
    refreshed.expiresAt,
    ctx.now().toISOString(),
  );
  const second = await send({
    ...request,
    account: { ...request.account, secrets: refreshed.secrets },
  });
  // A token that is refused right after a refresh means the authorisation itself is gone.
  if (second.status === "failed" && second.failure.kind === "refresh-token") {
    return { status: "failed", failure: { ...second.failure, kind: "disconnect" } };
  }
  return second;
}

async function settle(
  ctx: PublishingContext,
  entry: OutboxEntry,
  result: PublishResult,
  summary: RunSummary,
): Promise<void> {
  const now = ctx.now();
  if (result.status === "published") {
    await transition(ctx, entry, "succeed", {
      remoteId: result.remoteId,
      remoteUrl: result.url,
      publishedAt: now.toISOString(),
      failureKind: null,
      lastError: null,
    });
    summary.published.push(entry.id);
    return;
  }
  const f: PublishFailure = result.failure;
  const attempts = entry.attempts;
  const base = { failureKind: f.kind, lastError: f.message };
  if (f.kind === "retry" && attempts < MAX_ATTEMPTS) {
    const wait = retryDelayMs(attempts, f.retryAfterMs, ctx.random);
    await transition(ctx, entry, "retry-later", {
      ...base,
      scheduledAt: new Date(now.getTime() + wait).toISOString(),
    });
    summary.retrying.push(entry.id);
  } else if (f.kind === "disconnect" || f.kind === "refresh-token") {
    await transition(ctx, entry, "attention", {
      ...base,
      lastError: `reconnect the account: ${f.message}`,
    });
    summary.needsAttention.push(entry.id);
  } else {
    await transition(ctx, entry, "fail", base);
    summary.failed.push(entry.id);
  }
}

/**
 * Publishes one scheduled entry: claims it (scheduled → publishing, compare-and-set, the first
 * send time kept), records an attempt, sends through the network's provider and settles the
 * outcome by failure class. A crash after sending leaves it in `publishing` for
 * {@link reconcileStuck}.
 */
export async function publishEntry(
  ctx: PublishingContext,
  id: number,
  summary: RunSummary,
): Promise<void> {
  const entry = await entryOrThrow(ctx, id);
  const now = ctx.now().toISOString();
  const claimed = await transition(ctx, entry, "start", {
    sendStartedAt: entry.sendStartedAt ?? now,
    attempts: entry.attempts + 1,
  });
  const account = await ctx.accounts.forNetwork(entry.network);
  const publisher = ctx.publishers[entry.network];
  if (publisher === undefined || account === undefined) {
    const spec = NETWORK_SPECS[entry.network];
    // No API account but a share link (a Facebook profile): the person posts it by hand.
    const byHand = publisher === undefined || spec.shareUrl !== null;
    const why = byHand
      ? `${spec.label}: post it by hand (compose shows the share link), then \`outbox confirm ${id}\``
      : `no ${spec.label} account connected (accounts connect ${entry.network})`;
    await transition(ctx, claimed, "attention", { failureKind: "disconnect", lastError: why });
    summary.needsAttention.push(id);
    return;
  }
  let request: PublishRequest;
  try {
    request = await requestFor(ctx, claimed, account);
  } catch (error) {
    // Nothing was sent: the secrets cannot be read (key file changed) or similar.
    const why = `cannot prepare the post: ${error instanceof Error ? error.message : String(error)}`;
    await transition(ctx, claimed, "attention", { failureKind: "disconnect", lastError: why });
    summary.needsAttention.push(id);
    return;
  }
  const attemptId = await ctx.outbox.startAttempt(id, now);
  const result = await sendWithRefresh(ctx, claimed, account, request);
  await ctx.outbox.finishAttempt(
    attemptId,
    ctx.now().toISOString(),
    result.status === "published" ? "published" : result.failure.kind,
    {
      ...(result.status === "failed" && result.failure.httpStatus !== undefined
        ? { httpStatus: result.failure.httpStatus }
        : {}),
      message: result.status === "published" ? result.remoteId : result.failure.message,
    },
  );
  await settle(ctx, claimed, result, summary);
}

/**
 * Entries left in `publishing` by a crash: the provider finds out whether the post went out.
 * Found → published; absent → scheduled again at once; unknown → needs-attention (ask).
 */
export async function reconcileStuck(ctx: PublishingContext, summary: RunSummary): Promise<void> {
  for (const entry of await ctx.outbox.listEntries({ state: "publishing" })) {
    const account = await ctx.accounts.forNetwork(entry.network);
    const publisher = ctx.publishers[entry.network];
    const attempts = await ctx.outbox.attempts(entry.id);
    const last = attempts.at(-1);
    const now = ctx.now();
    let outcome: "found" | "absent" | "unknown" = "unknown";
    let reason = "no provider or account to ask";
    if (publisher !== undefined && account !== undefined && last !== undefined) {
      const r = await requestFor(ctx, entry, account)
        .then((request) => publisher.reconcile(request, last.startedAt, now))
        .catch(
          (e: unknown) =>
            ({ status: "unknown", reason: e instanceof Error ? e.message : String(e) }) as const,
        );
      outcome = r.status;
      if (r.status === "found") {
        await ctx.outbox.finishAttempt(last.id, now.toISOString(), "reconciled", {
          message: r.remoteId,
        });
        await transition(ctx, entry, "succeed", {
          remoteId: r.remoteId,
          remoteUrl: r.url,
          publishedAt: now.toISOString(),
        });
      } else if (r.status === "absent") {
        await ctx.outbox.finishAttempt(last.id, now.toISOString(), "absent", {
          message: "not on the network",
        });
        await transition(ctx, entry, "retry-later", { scheduledAt: now.toISOString() });
      } else reason = r.reason;
    } else if (last === undefined) {
      outcome = "absent"; // claimed but never sent: safe to schedule again
      await transition(ctx, entry, "retry-later", { scheduledAt: now.toISOString() });
    }
    if (outcome === "unknown") {
      if (last !== undefined)
        await ctx.outbox.finishAttempt(last.id, now.toISOString(), "unknown", { message: reason });
      await transition(ctx, entry, "attention", {
        failureKind: "unknown",
        lastError: `interrupted while sending; check ${entry.network} and run \`outbox confirm ${entry.id}\` or \`outbox reopen ${entry.id}\`: ${reason}`,
      });
      summary.needsAttention.push(entry.id);
    }
    summary.reconciled.push({ id: entry.id, outcome });
  }
}

/**
 * One pass of the outbox: reconcile interrupted sends, then publish every due entry. The
 * one-shot `tellerrand outbox run`; `serve`'s scheduler loop calls it on a timer.
 *
 * @example
 * const summary = await runOutbox(ctx);
 */
export async function runOutbox(ctx: PublishingContext): Promise<RunSummary> {
  const summary: RunSummary = {
    reconciled: [],
    published: [],
    retrying: [],
    failed: [],
    needsAttention: [],
  };
  await reconcileStuck(ctx, summary);
  for (const entry of await ctx.outbox.due(ctx.now().toISOString())) {
    await publishEntry(ctx, entry.id, summary);
  }
  return summary;
}

/** Publishes one approved or scheduled entry now (`outbox publish ID`). */
export async function publishNow(ctx: PublishingContext, id: number): Promise<RunSummary> {
  const summary: RunSummary = {
    reconciled: [],
    published: [],
    retrying: [],
    failed: [],
    needsAttention: [],
  };
  const entry = await entryOrThrow(ctx, id);
  await transition(ctx, entry, "schedule", { scheduledAt: ctx.now().toISOString() });
  await publishEntry(ctx, id, summary);
  return summary;
}
