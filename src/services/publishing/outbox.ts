import { TellerrandError } from "../../domain/errors.js";
import { nextState, type OutboxEvent } from "../../domain/publishing/outbox.js";
import { nextFreeSlot } from "../../domain/publishing/slots.js";
import type { PublishingContext } from "./context.js";
import type { AttemptRecord, DraftRecord, EntryPatch, OutboxEntry } from "./ports.js";

/** An entry by id, or a `not-found` error naming it. */
export async function entryOrThrow(ctx: PublishingContext, id: number): Promise<OutboxEntry> {
  const entry = await ctx.outbox.getEntry(id);
  if (entry === undefined) throw new TellerrandError("not-found", `no outbox entry #${id}`);
  return entry;
}

/** Applies one event with a compare-and-set; a concurrent change is reported, not overwritten. */
export async function transition(
  ctx: PublishingContext,
  entry: OutboxEntry,
  event: OutboxEvent,
  patch: EntryPatch = {},
): Promise<OutboxEntry> {
  const state = nextState(entry.state, event);
  const ok = await ctx.outbox.update(
    entry.id,
    entry.state,
    { ...patch, state },
    ctx.now().toISOString(),
  );
  if (!ok)
    throw new TellerrandError("usage", `outbox entry #${entry.id} changed meanwhile; look again`);
  return entryOrThrow(ctx, entry.id);
}

/**
 * Approves a draft entry. A routing block stops it (with its reasons) unless it was composed
 * with `--force`.
 *
 * @example
 * await approveEntry(ctx, 3);
 */
export async function approveEntry(ctx: PublishingContext, id: number): Promise<OutboxEntry> {
  const entry = await entryOrThrow(ctx, id);
  if (entry.verdict.status === "blocked") {
    throw new TellerrandError(
      "usage",
      `outbox entry #${id} (${entry.network}) is blocked: ${entry.verdict.reasons.join("; ")} (compose again with --force to override)`,
    );
  }
  return transition(ctx, entry, "approve");
}

/** The next free slot of the entry's network (config slots, max per day, time zone). */
export async function nextSlotFor(ctx: PublishingContext, entry: OutboxEntry): Promise<Date> {
  const rules = ctx.policy.rules[entry.network];
  return nextFreeSlot({
    slots: rules.slots,
    maxPerDay: rules.maxPerDay,
    timeZone: ctx.policy.timeZone,
    taken: await ctx.outbox.takenTimes(entry.network),
    now: ctx.now(),
  });
}

/** Schedules an approved entry at a given time, or into its network's next free slot. */
export async function scheduleEntry(
  ctx: PublishingContext,
  id: number,
  at?: Date,
): Promise<OutboxEntry> {
  const entry = await entryOrThrow(ctx, id);
  if (at !== undefined && Number.isNaN(at.getTime()))
    throw new TellerrandError("usage", "--at is not a valid time");
  const when = at ?? (await nextSlotFor(ctx, entry));
  return transition(ctx, entry, "schedule", { scheduledAt: when.toISOString() });
}

/** Cancels an entry that has not gone out. */
export async function cancelEntry(ctx: PublishingContext, id: number): Promise<OutboxEntry> {
  return transition(ctx, await entryOrThrow(ctx, id), "cancel");
}

/** The person checked a needs-attention entry on the network: it was posted. */
export async function confirmPublished(
  ctx: PublishingContext,
  id: number,
  url?: string,
): Promise<OutboxEntry> {
  return transition(ctx, await entryOrThrow(ctx, id), "confirm-published", {
    publishedAt: ctx.now().toISOString(),
    ...(url === undefined ? {} : { remoteUrl: url }),
  });
}

/** The person wants another try after a failure or a needs-attention. */
export async function reopenEntry(ctx: PublishingContext, id: number): Promise<OutboxEntry> {
  return transition(ctx, await entryOrThrow(ctx, id), "reopen", {
    failureKind: null,
    lastError: null,
  });
}

export interface EntryDetail {
  entry: OutboxEntry;
  draft: DraftRecord | undefined;
  attempts: AttemptRecord[];
}

/** One entry with its draft and every attempt (for `outbox show`). */
export async function showEntry(ctx: PublishingContext, id: number): Promise<EntryDetail> {
  const entry = await entryOrThrow(ctx, id);
  return {
    entry,
    draft: await ctx.outbox.getDraft(entry.draftId),
    attempts: await ctx.outbox.attempts(id),
  };
}
