import type { NetworkId } from "./networks.js";

/** What kind of content a network may carry. */
export const POST_KINDS = ["professional", "private", "any"] as const;
export type PostKind = (typeof POST_KINDS)[number];

/** One network's rule set from the config's `[publishing.<network>]` section. */
export interface NetworkPolicy {
  kinds: PostKind[];
  /** Whether political content may go there (default: nowhere). */
  politics: boolean;
  maxPerDay: number;
  /** Local times of day ("09:00") posts are scheduled into. */
  slots: string[];
}

/** What the text classifiers found in a draft's text and its article. */
export interface ContentSignals {
  political: boolean;
  /** Why it looks political (terms), for the person. */
  politicalReasons: string[];
  private: boolean;
  privateReasons: string[];
  lang: string;
}

export interface RoutingVerdict {
  network: NetworkId;
  /** `blocked`: a rule forbids it; `forced`: a rule forbade it and the person overrode it. */
  status: "allowed" | "blocked" | "forced";
  reasons: string[];
}

function kindOf(signals: ContentSignals): Exclude<PostKind, "any"> {
  return signals.private ? "private" : "professional";
}

/**
 * Checks a draft's content against a network's rules. A violation blocks with its reasons;
 * `force` turns the block into `forced`, keeping the reasons so the override is recorded.
 *
 * @example
 * evaluateRouting("linkedin", { kinds: ["professional"], politics: false, maxPerDay: 2, slots: [] },
 *   { political: false, politicalReasons: [], private: true, privateReasons: ["birthday"], lang: "en" });
 * // { network: "linkedin", status: "blocked", reasons: ["private content (birthday); LinkedIn takes professional only"] }
 */
export function evaluateRouting(
  network: NetworkId,
  policy: NetworkPolicy,
  signals: ContentSignals,
  options: { force?: boolean; label?: string } = {},
): RoutingVerdict {
  const label = options.label ?? network;
  const reasons: string[] = [];
  if (signals.political && !policy.politics) {
    const why = signals.politicalReasons.slice(0, 3).join(", ");
    reasons.push(`political content${why ? ` (${why})` : ""}; ${label} takes no politics`);
  }
  const kind = kindOf(signals);
  if (!policy.kinds.includes("any") && !policy.kinds.includes(kind)) {
    const why = kind === "private" ? signals.privateReasons.slice(0, 3).join(", ") : "";
    reasons.push(
      `${kind} content${why ? ` (${why})` : ""}; ${label} takes ${policy.kinds.join(" or ")} only`,
    );
  }
  if (reasons.length === 0) return { network, status: "allowed", reasons };
  return { network, status: options.force ? "forced" : "blocked", reasons };
}
