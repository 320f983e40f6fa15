import { TellerrandError } from "../errors.js";

/**
 * The outbox's states. A draft per network moves draft → approved → scheduled → publishing →
 * published | failed | needs-attention; `cancelled` ends it without posting.
 */
export const OUTBOX_STATES = [
  "draft",
  "approved",
  "scheduled",
  "publishing",
  "published",
  "failed",
  "needs-attention",
  "cancelled",
] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

export type OutboxEvent =
  | "approve" // the person accepts the draft
  | "schedule" // put into a slot (or now)
  | "start" // the runner claims it and is about to send
  | "succeed" // the network confirmed the post
  | "retry-later" // a transient failure: back to scheduled with a later time
  | "fail" // a permanent failure (bad request, retries exhausted)
  | "attention" // unknown outcome or lost connection: a person must look
  | "confirm-published" // the person checked: it was posted
  | "reopen" // the person wants another try after a failure
  | "cancel";

const TRANSITIONS: Readonly<
  Record<OutboxEvent, { from: readonly OutboxState[]; to: OutboxState }>
> = {
  approve: { from: ["draft"], to: "approved" },
  schedule: { from: ["approved", "scheduled"], to: "scheduled" },
  start: { from: ["scheduled"], to: "publishing" },
  succeed: { from: ["publishing"], to: "published" },
  "retry-later": { from: ["publishing"], to: "scheduled" },
  fail: { from: ["publishing"], to: "failed" },
  attention: { from: ["publishing"], to: "needs-attention" },
  "confirm-published": { from: ["needs-attention"], to: "published" },
  reopen: { from: ["failed", "needs-attention"], to: "approved" },
  cancel: {
    from: ["draft", "approved", "scheduled", "failed", "needs-attention"],
    to: "cancelled",
  },
};

/** Whether an event is allowed in a state. */
export function canTransition(state: OutboxState, event: OutboxEvent): boolean {
  return TRANSITIONS[event].from.includes(state);
}

/**
 * The state after an event, or a `usage` error naming what is allowed instead.
 *
 * @example
 * nextState("draft", "approve"); // "approved"
 * nextState("published", "cancel"); // throws: cannot cancel an entry that is published
 */
export function nextState(state: OutboxState, event: OutboxEvent): OutboxState {
  const t = TRANSITIONS[event];
  if (!t.from.includes(state)) {
    throw new TellerrandError(
      "usage",
      `cannot ${event} an entry that is ${state} (only from ${t.from.join(", ")})`,
    );
  }
  return t.to;
}

/** The events allowed from a state (for help texts and the dashboard). */
export function eventsFrom(state: OutboxState): OutboxEvent[] {
  return (Object.keys(TRANSITIONS) as OutboxEvent[]).filter((e) => canTransition(state, e));
}

/**
 * The idempotency key of one draft on one network: stable across retries and restarts, so the
 * network (Mastodon's `Idempotency-Key`, Bluesky's record key) can refuse a second post.
 *
 * @example
 * idempotencyKey(12, "mastodon"); // "tellerrand-12-mastodon"
 */
export function idempotencyKey(draftId: number, network: string): string {
  return `tellerrand-${draftId}-${network}`;
}
