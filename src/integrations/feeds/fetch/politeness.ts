/**
 * Politeness towards servers: a global and a per-host concurrency limit (FIFO queues), a
 * minimum delay between the starts of two requests to one host, and a per-host "do not ask
 * before" time set from Retry-After.
 */
import type { Clock } from "./types.js";

/** A counting semaphore with a FIFO queue. */
export class Semaphore {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  async acquire(): Promise<void> {
    if (this.active < this.limit) {
      this.active++;
      return;
    }
    // The slot is handed over by release(), so `active` stays counted for the new owner.
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** Nothing holds or waits for a slot. */
  get idle(): boolean {
    return this.active === 0 && this.waiting.length === 0;
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active--;
  }
}

interface HostState {
  slots: Semaphore;
  /** Earliest start of the next request (last start + delay). */
  nextStart: number;
  /** Set from Retry-After: the host is not asked before this time. */
  blockedUntil: number;
}

/** New hosts between two prunes of idle host state. */
export const PRUNE_EVERY = 64;

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface PolitenessOptions {
  maxConcurrency: number;
  maxPerHost: number;
  perHostDelayMs: number;
  clock: Clock;
}

/** Hands out permission to send one request to a host, and takes it back. */
export class Politeness {
  private readonly global: Semaphore;
  private readonly hosts = new Map<string, HostState>();
  private newHosts = 0;

  constructor(private readonly options: PolitenessOptions) {
    this.global = new Semaphore(options.maxConcurrency);
  }

  /** Hosts with state, for tests and diagnostics. */
  get trackedHosts(): number {
    return this.hosts.size;
  }

  private state(host: string): HostState {
    let s = this.hosts.get(host);
    if (!s) {
      this.prune();
      s = { slots: new Semaphore(this.options.maxPerHost), nextStart: 0, blockedUntil: 0 };
      this.hosts.set(host, s);
    }
    return s;
  }

  /**
   * Forgets hosts that are idle: no request in flight or queued, their delay and any Retry-After
   * over. Such state means nothing any more, and a long-running process that meets thousands of
   * hosts would otherwise keep every one of them. Runs when a new host appears, at most once
   * per `PRUNE_EVERY` new hosts, so its cost stays proportional to the growth.
   */
  private prune(): void {
    if (++this.newHosts % PRUNE_EVERY !== 0) return;
    const now = this.options.clock.now();
    for (const [host, s] of this.hosts) {
      if (s.slots.idle && s.nextStart <= now && s.blockedUntil <= now) this.hosts.delete(host);
    }
  }

  /** Milliseconds the host asked us to stay away for, or 0. */
  blockedFor(host: string): number {
    const s = this.hosts.get(host);
    return s ? Math.max(0, s.blockedUntil - this.options.clock.now()) : 0;
  }

  /** Records a Retry-After: the host is not asked again before `now + ms`. */
  blockFor(host: string, ms: number): void {
    const s = this.state(host);
    s.blockedUntil = Math.max(s.blockedUntil, this.options.clock.now() + ms);
  }

  /**
   * Waits for a host slot, then the host's delay, then a global slot, and returns the release
   * function. The host slot comes first so that a queue of requests to one slow host cannot
   * occupy every global slot while other hosts wait.
   */
  async acquire(host: string): Promise<() => void> {
    const { clock, perHostDelayMs } = this.options;
    const s = this.state(host);
    await s.slots.acquire();
    for (;;) {
      const wait = s.nextStart - clock.now();
      if (wait > 0) await clock.sleep(wait);
      await this.global.acquire();
      // Another request to this host may have started while we waited for the global slot.
      if (clock.now() >= s.nextStart) break;
      this.global.release();
    }
    s.nextStart = clock.now() + perHostDelayMs;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.global.release();
      s.slots.release();
    };
  }
}
