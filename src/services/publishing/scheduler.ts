import type { PublishingContext } from "./context.js";
import { type RunSummary, runOutbox } from "./run.js";

export interface OutboxScheduler {
  /** Stops the timer and waits for a pass that is still running. */
  stop(): Promise<void>;
}

/**
 * `serve`'s scheduler loop: one {@link runOutbox} pass right away and then every `intervalMs`
 * (a minute by default). Passes never overlap (a slow network just skips a tick), the context is
 * built per pass (the data folder may have been wiped and reopened in between), and a failed
 * pass is reported and the loop goes on. The timer does not keep the process alive.
 *
 * @example
 * const s = startOutboxScheduler(() => publishingContext(app, VERSION), { intervalMs: 60_000 });
 * await s.stop();
 */
export function startOutboxScheduler(
  context: () => PublishingContext | Promise<PublishingContext>,
  options: {
    intervalMs?: number;
    onRun?: (summary: RunSummary) => void;
    onError?: (error: unknown) => void;
  } = {},
): OutboxScheduler {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (running !== null || stopped) return;
    running = (async () => {
      try {
        const summary = await runOutbox(await context());
        options.onRun?.(summary);
      } catch (error) {
        options.onError?.(error);
      } finally {
        running = null;
      }
    })();
  };
  const timer = setInterval(tick, options.intervalMs ?? 60_000);
  timer.unref();
  tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
