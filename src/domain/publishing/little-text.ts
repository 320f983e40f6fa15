import twitter from "twitter-text";

/**
 * Characters reserved by LinkedIn's "little" text format (Posts API `commentary`); unescaped,
 * LinkedIn parses them as markup and may cut the post at the first one. Source: Microsoft Learn,
 * "little text format" (linkedin/marketing/community-management/shares/little-text-format).
 */
export const LITTLE_RESERVED = new Set([
  "\\",
  "|",
  "{",
  "}",
  "@",
  "[",
  "]",
  "(",
  ")",
  "<",
  ">",
  "#",
  "*",
  "_",
  "~",
]);

// A hashtag the person means: `#` at the start or after a non-word character, then letters,
// digits or underscores (any script). It stays live, so it is copied unescaped.
const HASHTAG = /(^|[^\p{L}\p{N}_])(#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu;

function escapePlain(text: string): string {
  let out = "";
  for (const ch of text) out += LITTLE_RESERVED.has(ch) ? `\\${ch}` : ch;
  return out;
}

function escapeKeepingHashtags(text: string): string {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(HASHTAG)) {
    const start = (m.index ?? 0) + (m[1] ?? "").length;
    out += escapePlain(text.slice(last, start)) + (m[2] ?? "");
    last = start + (m[2] ?? "").length;
  }
  return out + escapePlain(text.slice(last));
}

/**
 * Escapes plain text for LinkedIn's `commentary` field: every reserved character gets a
 * backslash, except hashtags (kept live) and URLs (kept intact so LinkedIn still links them).
 *
 * @example
 * escapeLittleText("Read (part 1) #DevOps @home"); // "Read \\(part 1\\) #DevOps \\@home"
 */
export function escapeLittleText(text: string): string {
  let out = "";
  let last = 0;
  for (const url of twitter.extractUrlsWithIndices(text)) {
    out += escapeKeepingHashtags(text.slice(last, url.indices[0])) + url.url;
    last = url.indices[1];
  }
  return out + escapeKeepingHashtags(text.slice(last));
}
