/**
 * Pure generation: from options to the list of files (name, fixed head, lazy rows). No I/O here;
 * `write.ts` turns the list into a ZIP.
 */
import { TellerrandError } from "../../../../domain/errors.js";
import type { SampleContext, SampleFile } from "./context.js";
import { makeStrangers, planConversations } from "./conversations.js";
import { DAY, isoDay, parseDay } from "./dates.js";
import { activityFiles } from "./files-activity.js";
import { messagesFile } from "./files-messages.js";
import { networkFiles } from "./files-network.js";
import { profileFiles } from "./files-profile.js";
import { buildUniverse, DEFAULT_AS_OF, TIMELINE_END, TIMELINE_START } from "./model.js";

/** LinkedIn's cap on first-degree connections. */
export const MAX_CONNECTIONS = 30_000;
/** Upper bound we support for messages (memory: one number per message for the plan). */
export const MAX_MESSAGES = 1_000_000;

export interface GenerateOptions {
  connections: number;
  messages: number;
  seed: number;
  /** `YYYY-MM-DD`, default 2026-11-20 (the end of the synthetic timeline). */
  asOf?: string;
}

function checkCount(name: string, value: number, max: number): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    const cap = name === "connections" ? " (LinkedIn's limit)" : "";
    throw new TellerrandError(
      "usage",
      `${name} must be an integer from 0 to ${max}${cap}, got ${value}`,
    );
  }
}

/** Validates the options and returns the export day as a day number. */
export function checkOptions(options: GenerateOptions): number {
  checkCount("connections", options.connections, MAX_CONNECTIONS);
  checkCount("messages", options.messages, MAX_MESSAGES);
  if (!Number.isSafeInteger(options.seed)) {
    throw new TellerrandError("usage", `seed must be an integer, got ${options.seed}`);
  }
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  const day = parseDay(asOf);
  if (day === undefined || day <= TIMELINE_START || day > TIMELINE_END) {
    throw new TellerrandError(
      "usage",
      `asOf must be a date YYYY-MM-DD after ${isoDay(TIMELINE_START)} and not after ${DEFAULT_AS_OF}, got "${asOf}"`,
    );
  }
  return day;
}

/** Builds the context (universe viewed at `asOf`); deterministic in the options. */
export function buildContext(options: GenerateOptions): SampleContext {
  const asOfDay = checkOptions(options);
  const { seed, connections, messages } = options;
  const universe = buildUniverse(seed, connections);
  const strangers = makeStrangers(seed, Math.max(3, Math.round(connections * 0.03)));
  const conversations = planConversations(seed, universe.contacts, strangers, messages);
  return { seed, universe, strangers, conversations, asOfDay, asOfEnd: (asOfDay + 1) * DAY };
}

/** The export's files in archive order. */
export function sampleFiles(ctx: SampleContext): SampleFile[] {
  const [connections, ...network] = networkFiles(ctx);
  const files = [...profileFiles(ctx), ...network, messagesFile(ctx), ...activityFiles(ctx)];
  return connections ? [connections, ...files] : files;
}
