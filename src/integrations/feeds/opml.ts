import iconv from "iconv-lite";
import { TellerrandError } from "../../domain/errors.js";

/** One feed of an OPML file. Folders it sits in and its `category` values become tags. */
export interface OpmlFeed {
  url: string;
  title: string | null;
  siteUrl: string | null;
  tags: string[];
  /** Tellerrand's own attributes (`tellerrand:kind`, `tellerrand:org`), when exported by us. */
  kind: string | null;
  org: string | null;
}

export interface OpmlDocument {
  title: string | null;
  feeds: OpmlFeed[];
  /** Outlines that were not usable feeds, with their line. */
  skipped: Array<{ line: number; reason: string }>;
}

const NS = "urn:tellerrand:opml";
const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>|<\?[\s\S]*?\?>|<(\/?)([A-Za-z_][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
const ATTR = /([^\s"'=<>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * Reads an OPML subscription list. A hand-written tokenizer: OPML needs elements and
 * attributes only, and a DOCTYPE is skipped, never expanded (no external or custom entities).
 *
 * @example
 * const doc = parseOpml(readFileSync("subs.opml"), "subs.opml");
 * doc.feeds[0]?.url;
 */
export function parseOpml(bytes: Buffer, file = "OPML"): OpmlDocument {
  const text = decode(bytes);
  if (!/<opml[\s>]/i.test(text)) {
    throw new TellerrandError("bad-input", `${file}: not an OPML file (no <opml> element)`, {
      file,
    });
  }
  const doc: OpmlDocument = { title: null, feeds: [], skipped: [] };
  // One entry per open <outline>: the folder name it adds, or null for a feed outline.
  const stack: Array<string | null> = [];
  let inTitle = -1;
  for (const m of text.matchAll(TOKEN)) {
    const [, closing, rawName, rawAttrs, selfClosing] = m;
    if (rawName === undefined) continue;
    const name = rawName.toLowerCase();
    if (name === "title" && stack.length === 0) {
      if (closing) doc.title ||= decodeEntities(text.slice(inTitle, m.index).trim()) || null;
      else inTitle = m.index + m[0].length;
      continue;
    }
    if (name !== "outline") continue;
    if (closing) {
      stack.pop();
      continue;
    }
    const attrs = attributes(rawAttrs ?? "");
    const folder = outline(attrs, stack, doc, lineAt(text, m.index));
    if (!selfClosing) stack.push(folder);
  }
  return doc;
}

function outline(
  attrs: Map<string, string>,
  stack: Array<string | null>,
  doc: OpmlDocument,
  line: number,
): string | null {
  const label = attrs.get("title") || attrs.get("text") || null;
  const xmlUrl = attrs.get("xmlurl")?.trim();
  if (xmlUrl === undefined || xmlUrl === "") {
    if (attrs.get("type")?.toLowerCase() === "rss") {
      doc.skipped.push({ line, reason: `feed outline "${label ?? "?"}" has no xmlUrl` });
    }
    return label;
  }
  if (!/^https?:\/\//i.test(xmlUrl) || !URL.canParse(xmlUrl)) {
    doc.skipped.push({ line, reason: `xmlUrl "${xmlUrl}" is not an http(s) URL` });
    return null;
  }
  const folders = stack.filter((s): s is string => s !== null);
  const categories = (attrs.get("category") ?? "")
    .split(",")
    .map((c) => c.trim().replace(/^\/+/, ""))
    .filter((c) => c !== "");
  doc.feeds.push({
    url: xmlUrl,
    title: label,
    siteUrl: attrs.get("htmlurl") || null,
    tags: [...new Set([...folders, ...categories])],
    kind: attrs.get("tellerrand:kind") ?? null,
    org: attrs.get("tellerrand:org") ?? null,
  });
  return null;
}

/** A feed to write into OPML. */
export interface OpmlExportFeed {
  url: string;
  title: string | null;
  siteUrl: string | null;
  tags: string[];
  kind: string;
  org: string | null;
}

/**
 * Writes OPML 2.0: each feed under a folder named after its first tag (alphabetically), all
 * tags also in `category`, kind and organisation in Tellerrand's own namespace, so an export
 * imports back to the same subscriptions.
 *
 * @example
 * const xml = writeOpml("My feeds", [{ url: "https://a.example/feed", title: "A", siteUrl: null, tags: ["eng"], kind: "media", org: null }]);
 */
export function writeOpml(title: string, feeds: readonly OpmlExportFeed[]): string {
  const byFolder = new Map<string, OpmlExportFeed[]>();
  for (const feed of feeds) {
    const folder = [...feed.tags].sort()[0] ?? "";
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), feed]);
  }
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<opml version="2.0" xmlns:tellerrand="${NS}">`,
    "  <head>",
    `    <title>${escapeXml(title)}</title>`,
    `    <dateCreated>${new Date().toUTCString()}</dateCreated>`,
    "  </head>",
    "  <body>",
  ];
  for (const feed of byFolder.get("") ?? []) lines.push(`    ${feedOutline(feed)}`);
  for (const [folder, members] of [...byFolder].sort(([a], [b]) => a.localeCompare(b))) {
    if (folder === "") continue;
    lines.push(`    <outline text="${escapeXml(folder)}" title="${escapeXml(folder)}">`);
    for (const feed of members) lines.push(`      ${feedOutline(feed)}`);
    lines.push("    </outline>");
  }
  lines.push("  </body>", "</opml>", "");
  return lines.join("\n");
}

function feedOutline(feed: OpmlExportFeed): string {
  const label = feed.title ?? feed.url;
  const attrs: Array<[string, string]> = [
    ["type", "rss"],
    ["text", label],
    ["title", label],
    ["xmlUrl", feed.url],
  ];
  if (feed.siteUrl) attrs.push(["htmlUrl", feed.siteUrl]);
  if (feed.tags.length > 0) attrs.push(["category", feed.tags.map((t) => `/${t}`).join(",")]);
  attrs.push(["tellerrand:kind", feed.kind]);
  if (feed.org) attrs.push(["tellerrand:org", feed.org]);
  return `<outline ${attrs.map(([k, v]) => `${k}="${escapeXml(v)}"`).join(" ")}/>`;
}

function escapeXml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/[\s\S]/g, (c) => (isXmlChar(c) ? c : ""));
}

/** XML 1.0 forbids C0 controls other than tab, newline and carriage return, even escaped. */
function isXmlChar(c: string): boolean {
  const code = c.charCodeAt(0);
  return code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function decode(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return bytes.subarray(3).toString("utf8");
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(bytes.subarray(2), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(bytes.subarray(2), "utf-16be");
  const head = bytes.subarray(0, 200).toString("latin1");
  const declared = /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  if (declared !== undefined && !/^utf-?8$/i.test(declared) && iconv.encodingExists(declared)) {
    return iconv.decode(bytes, declared);
  }
  return bytes.toString("utf8");
}

function attributes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(ATTR)) {
    const name = (m[1] ?? "").toLowerCase();
    if (!out.has(name)) out.set(name, decodeEntities(m[2] ?? m[3] ?? ""));
  }
  return out;
}

/** The five predefined XML entities and character references; nothing else is ever expanded. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|quot|apos|lt|gt|amp);/gi, (whole, ref: string) => {
    const lower = ref.toLowerCase();
    if (lower.startsWith("#")) {
      const n = lower.startsWith("#x")
        ? Number.parseInt(lower.slice(2), 16)
        : Number.parseInt(lower.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : "\uFFFD";
    }
    return { quot: '"', apos: "'", lt: "<", gt: ">", amp: "&" }[lower] ?? whole;
  });
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
