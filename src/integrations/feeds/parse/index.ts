import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { type AnyFeed, parseFeed as parseWithFeedsmith } from "feedsmith";
import { TellerrandError } from "../../../domain/errors.js";
import type { FeedFormat, ParsedFeed } from "../../../domain/feeds/model.js";
import { decodeFeedBytes } from "./decode.js";
import { mapAtom } from "./map-atom.js";
import { mapJson } from "./map-json.js";
import { mapRdf, mapRss } from "./map-rss.js";
import { stripDoctype } from "./xml-safety.js";

export { parseFeedDate } from "./dates.js";
export { decodeFeedBytes } from "./decode.js";
export { stripDoctype } from "./xml-safety.js";

/** Where the feed came from and how the server labelled it. */
export interface ParseFeedOptions {
  /** The feed's URL: the base for relative links and the name in error messages. */
  url: string;
  /** The HTTP `Content-Type`, whose `charset` decides the encoding when there is no BOM. */
  contentType?: string | null;
}

/**
 * Parses RSS 0.9x/1.0/2.0, Atom 0.3/1.0 or JSON Feed 1.0/1.1 bytes into our feed model.
 * Never expands DTD entities (the DTD is removed before parsing), resolves every link to an
 * absolute URL, normalises dates to ISO UTC and sanitises HTML bodies.
 *
 * @throws TellerrandError("bad-input") naming the URL when the bytes are not a feed.
 * @example
 * const feed = parseFeed(body, { url: "https://blog.example/feed.xml", contentType: "application/rss+xml" });
 * feed.items[0]?.published; // "2024-01-01T10:00:00.000Z"
 */
export function parseFeed(bytes: Buffer, options: ParseFeedOptions): ParsedFeed {
  const decoded = decodeFeedBytes(bytes, options.contentType);
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  const start = text.trimStart();
  if (start.startsWith("{")) return parseJsonFeed(start, options.url);
  const xml = stripDoctype(text);
  let parsed: AnyFeed<string>;
  try {
    parsed = parseWithFeedsmith<string>(xml);
  } catch (error) {
    throw notAFeed(options.url, error);
  }
  const format = xmlFormat(parsed.format, xml);
  switch (parsed.format) {
    case "rss":
      return mapRss(parsed.feed, format, options.url);
    case "rdf":
      return mapRdf(parsed.feed, format, options.url);
    case "atom":
      return mapAtom(parsed.feed, format, options.url);
    default:
      throw notAFeed(options.url, new Error(`unexpected ${parsed.format} document`));
  }
}

/**
 * Reads and parses a feed file; for `tellerrand feeds parse FILE --json`.
 *
 * @example
 * const feed = await parseFeedFile("feed.xml", "https://blog.example/feed.xml");
 */
export async function parseFeedFile(path: string, url?: string): Promise<ParsedFeed> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new TellerrandError("not-found", `cannot read feed file ${path}`, {
      file: path,
      cause: error,
    });
  }
  return parseFeed(bytes, { url: url ?? pathToFileURL(path).href });
}

function parseJsonFeed(text: string, url: string): ParsedFeed {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw notAFeed(url, error);
  }
  let parsed: AnyFeed<string>;
  try {
    parsed = parseWithFeedsmith<string>(raw);
  } catch (error) {
    throw notAFeed(url, error);
  }
  if (parsed.format !== "json") throw notAFeed(url, new Error("JSON without a JSON Feed version"));
  return mapJson(parsed.feed, raw, url);
}

/** feedsmith says rss/rdf/atom; the version is in the root element and its namespaces. */
function xmlFormat(kind: "rss" | "rdf" | "atom" | "json", xml: string): FeedFormat {
  const head = xml.slice(0, 4096);
  if (kind === "rdf") return /purl\.org\/rss\/1\.0/i.test(head) ? "rss1.0" : "rss0.9x";
  if (kind === "atom") {
    return /purl\.org\/atom\/ns#|<feed\b[^>]*\bversion\s*=\s*["']0\.3/i.test(head)
      ? "atom0.3"
      : "atom1.0";
  }
  return /<rss\b[^>]*\bversion\s*=\s*["']0\.9/i.test(head) ? "rss0.9x" : "rss2.0";
}

function notAFeed(url: string, cause: unknown): TellerrandError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new TellerrandError("bad-input", `${url} is not an RSS, Atom or JSON feed (${reason})`, {
    file: url,
    cause,
  });
}
