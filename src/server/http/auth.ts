import { newSecret, sameSecret } from "./secrets.js";

export interface AuthOptions {
  /** The one-time login token printed by `tellerrand serve`. */
  loginToken: string;
  /** Password for further logins (empty: only the one-time token). */
  password: string;
  /** Sessions end after this long without a request (default 12 h). */
  idleMs?: number;
  /** Failed logins allowed per minute before answering 429 (default 10). */
  maxFailuresPerMinute?: number;
  now?: () => number;
}

export type LoginOutcome =
  | { ok: true; sessionId: string }
  | { ok: false; reason: "wrong" | "used" | "throttled" };

/**
 * Logins and sessions of the dashboard, in memory (a restart logs everyone out). The one-time
 * token is consumed by its first successful use; tokens and passwords are compared in constant
 * time; failures are throttled so a password cannot be guessed quickly over the network.
 *
 * @example
 * const auth = new Auth({ loginToken: newSecret(), password: "" });
 * const r = auth.redeemToken(tokenFromUrl); // { ok: true, sessionId } once, then "used"
 */
export class Auth {
  private loginToken: string | null;
  private readonly sessions = new Map<string, number>();
  private failures: number[] = [];
  private readonly idleMs: number;
  private readonly maxFailures: number;
  private readonly now: () => number;

  constructor(private readonly options: AuthOptions) {
    this.loginToken = options.loginToken;
    this.idleMs = options.idleMs ?? 12 * 3600_000;
    this.maxFailures = options.maxFailuresPerMinute ?? 10;
    this.now = options.now ?? Date.now;
  }

  get passwordEnabled(): boolean {
    return this.options.password !== "";
  }

  redeemToken(given: string): LoginOutcome {
    if (this.throttled()) return { ok: false, reason: "throttled" };
    if (this.loginToken === null) {
      // Still constant time against the original, so "used" and "wrong" cost the same.
      const used = sameSecret(given, this.options.loginToken);
      this.fail();
      return { ok: false, reason: used ? "used" : "wrong" };
    }
    if (!sameSecret(given, this.loginToken)) return this.fail();
    this.loginToken = null;
    return { ok: true, sessionId: this.open() };
  }

  checkPassword(given: string): LoginOutcome {
    if (this.throttled()) return { ok: false, reason: "throttled" };
    if (!this.passwordEnabled || !sameSecret(given, this.options.password)) return this.fail();
    return { ok: true, sessionId: this.open() };
  }

  /** Whether the session is open; touching it extends its idle time. */
  touch(sessionId: string | undefined): boolean {
    if (sessionId === undefined) return false;
    const last = this.sessions.get(sessionId);
    const now = this.now();
    if (last === undefined || now - last > this.idleMs) {
      this.sessions.delete(sessionId);
      return false;
    }
    this.sessions.set(sessionId, now);
    return true;
  }

  logout(sessionId: string | undefined): void {
    if (sessionId !== undefined) this.sessions.delete(sessionId);
  }

  private open(): string {
    const id = newSecret();
    this.sessions.set(id, this.now());
    return id;
  }

  private fail(): LoginOutcome {
    this.failures.push(this.now());
    return { ok: false, reason: "wrong" };
  }

  private throttled(): boolean {
    const since = this.now() - 60_000;
    this.failures = this.failures.filter((t) => t > since);
    return this.failures.length >= this.maxFailures;
  }
}
