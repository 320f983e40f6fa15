/**
 * What each network allows, as data: generic code reads these specs and never branches on a
 * network's name. A later network is one more entry here plus a provider.
 */

export const NETWORKS = ["linkedin", "x", "mastodon", "bluesky", "facebook"] as const;
export type NetworkId = (typeof NETWORKS)[number];

export function isNetwork(value: string): value is NetworkId {
  return (NETWORKS as readonly string[]).includes(value);
}

/** How a network measures text length (see counters.ts for each method). */
export type CountingMethod =
  | "utf16" // UTF-16 code units, as JavaScript's `length` (LinkedIn, Facebook)
  | "twitter-weighted" // twitter-text's weighted length, every URL 23 (X)
  | "graphemes-url23" // grapheme clusters, every URL 23, remote mentions by user part (Mastodon)
  | "graphemes-and-bytes"; // grapheme clusters and UTF-8 bytes, both capped (Bluesky)

/** How the shared article appears in a post. */
export type CardMode =
  | "upload-thumbnail" // we send title, description and an uploaded thumbnail (LinkedIn, Bluesky)
  | "network-fetches" // the network builds the preview from the link itself (X, Mastodon)
  | "share-link"; // no API: a share link for the person to post by hand (Facebook profile)

export interface NetworkSpec {
  id: NetworkId;
  label: string;
  counting: CountingMethod;
  /** Main length limit in the counting method's unit (the instance may override Mastodon's). */
  maxLength: number;
  /** Second limit in UTF-8 bytes, where the network has one. */
  maxBytes: number | null;
  /** Whether the article URL goes into the text (else only into the card). */
  linkInText: boolean;
  card: CardMode;
  /** Escaping the text needs before it is sent (LinkedIn's "little" text format). */
  escape: "little" | "none";
  /** Whether Tellerrand can publish through an API (Facebook: Pages only). */
  hasApi: boolean;
  /**
   * Prefix of a share link the person opens to post by hand (the article URL, encoded, follows),
   * for accounts without an API (a Facebook profile); null where there is none.
   */
  shareUrl: string | null;
}

export const NETWORK_SPECS: Readonly<Record<NetworkId, NetworkSpec>> = {
  linkedin: {
    id: "linkedin",
    label: "LinkedIn",
    counting: "utf16",
    maxLength: 3000,
    maxBytes: null,
    linkInText: false,
    card: "upload-thumbnail",
    escape: "little",
    hasApi: true,
    shareUrl: null,
  },
  x: {
    id: "x",
    label: "X",
    counting: "twitter-weighted",
    maxLength: 280,
    maxBytes: null,
    linkInText: true,
    card: "network-fetches",
    escape: "none",
    hasApi: true,
    shareUrl: null,
  },
  mastodon: {
    id: "mastodon",
    label: "Mastodon",
    counting: "graphemes-url23",
    maxLength: 500,
    maxBytes: null,
    linkInText: true,
    card: "network-fetches",
    escape: "none",
    hasApi: true,
    shareUrl: null,
  },
  bluesky: {
    id: "bluesky",
    label: "Bluesky",
    counting: "graphemes-and-bytes",
    maxLength: 300,
    maxBytes: 3000,
    linkInText: true,
    card: "upload-thumbnail",
    escape: "none",
    hasApi: true,
    shareUrl: null,
  },
  facebook: {
    id: "facebook",
    label: "Facebook",
    counting: "utf16",
    maxLength: 63_206,
    maxBytes: null,
    linkInText: false,
    card: "share-link",
    escape: "none",
    hasApi: true,
    shareUrl: "https://www.facebook.com/sharer/sharer.php?u=",
  },
};

/**
 * The spec of a network, with an account-specific limit (e.g. a Mastodon instance's
 * `max_characters`) when one is known.
 *
 * @example
 * specFor("mastodon", { maxLength: 1000 }).maxLength; // 1000
 */
export function specFor(network: NetworkId, override: { maxLength?: number } = {}): NetworkSpec {
  const spec = NETWORK_SPECS[network];
  return override.maxLength === undefined ? spec : { ...spec, maxLength: override.maxLength };
}
