/**
 * The SSRF guard: resolves a host name once, checks every address it resolves to, and returns
 * the one address the request must connect to (so a second, rebinding DNS answer cannot slip in).
 */
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { classifyAddress, METADATA_HOSTNAMES } from "./address.js";
import type { ResolvedAddress, Resolver } from "./types.js";

export interface GuardPolicy {
  allowPrivateNetworks: boolean;
  /** Lower-cased host names / IP literals exempt from the check. */
  allowedHosts: ReadonlySet<string>;
  resolver: Resolver;
}

export type GuardOutcome =
  | { ok: true; target: ResolvedAddress }
  | { ok: false; kind: "blocked" | "network"; message: string };

/** The system resolver, all addresses, in the order the OS prefers. */
export const systemResolver: Resolver = async (hostname) => {
  const found = await lookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

/** `[::1]` → `::1`, `Example.COM.` → `example.com`. */
export function normaliseHostname(hostname: string): string {
  return hostname
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "")
    .toLowerCase();
}

function check(address: string, host: string, policy: GuardPolicy): string | null {
  const cls = classifyAddress(address);
  if (cls === null) return `${host} resolved to ${address}, which is not an IP address`;
  if (cls === "public") return null;
  if (cls !== "metadata" && policy.allowPrivateNetworks) return null;
  const hint =
    cls === "metadata"
      ? "a cloud metadata address is never fetched unless the host is allow-listed"
      : "set feeds.allowPrivateNetworks or allow-list the host to fetch it";
  return `${host} resolves to ${address} (${cls}); ${hint}`;
}

/**
 * Decides whether `hostname` may be fetched and which address to connect to. Every resolved
 * address must pass: one private address among public ones still blocks, because a resolver
 * that mixes them is exactly what a rebinding attack looks like.
 *
 * @example
 * const out = await guardHost("example.com", { allowPrivateNetworks: false, allowedHosts: new Set(), resolver: systemResolver });
 * if (out.ok) connectTo(out.target.address);
 */
export async function guardHost(hostname: string, policy: GuardPolicy): Promise<GuardOutcome> {
  const host = normaliseHostname(hostname);
  const exempt = policy.allowedHosts.has(host);
  if (!exempt && METADATA_HOSTNAMES.has(host)) {
    return { ok: false, kind: "blocked", message: `${host} is a cloud metadata host name` };
  }
  let addresses: ResolvedAddress[];
  const literal = isIP(host);
  if (literal !== 0) {
    addresses = [{ address: host, family: literal === 6 ? 6 : 4 }];
  } else {
    try {
      addresses = await policy.resolver(host);
    } catch (error) {
      const code = (error as { code?: string }).code ?? String(error);
      return { ok: false, kind: "network", message: `DNS lookup of ${host} failed: ${code}` };
    }
  }
  const first = addresses[0];
  if (!first) return { ok: false, kind: "network", message: `DNS lookup of ${host}: no address` };
  if (!exempt) {
    for (const a of addresses) {
      const refusal = check(a.address, host, policy);
      if (refusal) return { ok: false, kind: "blocked", message: refusal };
    }
  }
  return { ok: true, target: first };
}
