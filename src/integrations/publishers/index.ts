import type { NetworkId } from "../../domain/publishing/networks.js";
import type { Publisher } from "../../services/publishing/ports.js";
import { blueskyPublisher } from "./bluesky/index.js";
import { facebookPagePublisher } from "./facebook/index.js";
import { linkedInPublisher } from "./linkedin/index.js";
import { mastodonPublisher } from "./mastodon/index.js";
import { xPublisher } from "./x/index.js";

export interface PublisherOptions {
  /** `LinkedIn-Version` header (config `publishing.linkedinVersion`). */
  linkedinVersion?: string;
}

/**
 * Every provider, by network. Facebook's provider posts to a Page; without a connected Page the
 * entry gets the hand-over path (text plus share link, confirmed by the person).
 *
 * @example
 * const publishers = allPublishers({ linkedinVersion: "202506" });
 * publishers.mastodon?.publish(request);
 */
export function allPublishers(
  options: PublisherOptions = {},
): Partial<Record<NetworkId, Publisher>> {
  return {
    mastodon: mastodonPublisher(),
    bluesky: blueskyPublisher(),
    linkedin: linkedInPublisher(
      options.linkedinVersion === undefined ? {} : { version: options.linkedinVersion },
    ),
    x: xPublisher(),
    facebook: facebookPagePublisher(),
  };
}
