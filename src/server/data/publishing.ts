import type { App } from "../../app.js";
import { countText, type TextCount } from "../../domain/publishing/counters.js";
import { type NetworkId, specFor } from "../../domain/publishing/networks.js";
import type { PublishingContext } from "../../services/publishing/context.js";
import { publishingContext } from "../../services/publishing/wiring.js";
import type { ServerDeps } from "../env.js";

/** One context per open store: it loads the text models on first use and keeps them. */
const contexts = new WeakMap<App, PublishingContext>();

/**
 * The publishing context for this request: the injected one, else the real wiring over the
 * current app (built once per store; a wipe opens a new store and so a new context).
 *
 * @example
 * const ctx = publishingFor(c.var.deps); await approveEntry(ctx, 3);
 */
export function publishingFor(deps: ServerDeps): PublishingContext {
  if (deps.publishing !== undefined) return deps.publishing();
  const app = deps.app();
  let ctx = contexts.get(app);
  if (ctx === undefined) {
    ctx = publishingContext(app, deps.version);
    contexts.set(app, ctx);
  }
  return ctx;
}

/** How a typed text fits each network: what the live counters show. */
export interface LiveCount {
  network: NetworkId;
  label: string;
  count: TextCount;
}

/**
 * Counts the text the person types as each network will (with the link where the network puts
 * it into the text), against the network's default limit. Compose counts again with the
 * connected account's own limit and cuts what does not fit: that count is the one stored.
 *
 * @example
 * liveCounts(["x"], "Hello", null)[0]?.count.remaining; // 275
 */
export function liveCounts(
  networks: readonly NetworkId[],
  text: string,
  url: string | null,
): LiveCount[] {
  const body = text.trim().normalize("NFC");
  return networks.map((network) => {
    const spec = specFor(network);
    const full =
      spec.linkInText && url !== null && url !== ""
        ? body === ""
          ? url
          : `${body}\n\n${url}`
        : body;
    return { network, label: spec.label, count: countText(spec, full) };
  });
}
