import { createHash } from "node:crypto";
import { TellerrandError } from "../../domain/errors.js";

/** Query parameters that only say where a click came from, never what the page is. */
const TRACKING_EXACT = new Set([
  ...["fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid"],
  ...["mc_cid", "mc_eid", "igshid", "ref_src", "ref_url", "_hsenc", "_hsmi", "mkt_tok"],
  ...["oly_anon_id", "oly_enc_id", "vero_id", "wickedid", "__s", "s_cid", "cmpid", "ncid"],
  ...["sr_share", "spm", "_ga", "_gl", "li_fat_id", "trk", "trkcampaign", "rb_clickid"],
]);
const TRACKING_PREFIXES = ["utm_", "pk_", "mtm_", "hsa_"];

function isTracking(rawKey: string): boolean {
  let key: string;
  try {
    key = decodeURIComponent(rawKey.replace(/\+/g, " ")).toLowerCase();
  } catch {
    key = rawKey.toLowerCase();
  }
  return TRACKING_EXACT.has(key) || TRACKING_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/**
 * The form of an article URL used to recognise the same article across feeds: scheme and host
 * lower-cased, default port dropped, fragment removed, tracking parameters (`utm_*`, `fbclid`,
 * `gclid`, `mc_cid`, …) removed, remaining parameters sorted, an empty `?` dropped. Parameters
 * keep their original encoding, so a URL never changes meaning.
 *
 * @example
 * canonicalUrl("HTTPS://Example.COM:443/a?utm_source=x&b=2&a=1#top"); // "https://example.com/a?a=1&b=2"
 */
export function canonicalUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new TellerrandError("bad-input", `not an absolute URL: ${JSON.stringify(url)}`);
  }
  parsed.hash = "";
  const pairs = parsed.search
    .slice(1)
    .split("&")
    .filter((pair) => pair !== "" && !isTracking(pair.split("=", 1)[0] ?? ""));
  pairs.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  parsed.search = pairs.length > 0 ? `?${pairs.join("&")}` : "";
  return parsed.href;
}

/**
 * A hash of an article's title and text that survives re-formatting (case, punctuation,
 * whitespace, Unicode compatibility forms), to catch the same article under different URLs.
 *
 * @example
 * contentHash("Hello, World", "Some  text.") === contentHash("hello world", "some text"); // true
 */
export function contentHash(title: string | null, text: string | null): string {
  const norm = (value: string | null): string =>
    (value ?? "")
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  return createHash("sha256")
    .update(`${norm(title)}\n${norm(text)}`)
    .digest("hex");
}
