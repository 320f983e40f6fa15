import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";

/**
 * Turns the raw bytes of a feed into text. Precedence follows RFC 7303 and the HTML standard:
 * a byte order mark wins, then the HTTP `charset`, then the XML declaration, then UTF-8 when
 * the bytes are valid UTF-8, else Windows-1252 (undeclared legacy feeds are nearly always that).
 * ISO-8859-1 is read as Windows-1252 (as browsers do), because feeds that declare Latin-1 very
 * often contain curly quotes and euro signs from 0x80–0x9F.
 *
 * @example
 * decodeFeedBytes(Buffer.from("<rss/>"), "application/rss+xml; charset=utf-8"); // "<rss/>"
 */
export function decodeFeedBytes(bytes: Buffer, contentType?: string | null): string {
  const bom = sniffBom(bytes);
  if (bom) return iconv.decode(bytes.subarray(bom.skip), bom.encoding);
  const unmarked = sniffUtf16(bytes);
  if (unmarked) return iconv.decode(bytes, unmarked);
  const fromHeader = usable(charsetFromContentType(contentType));
  if (fromHeader) return decodeAs(bytes, fromHeader);
  const fromDeclaration = usable(charsetFromXmlDeclaration(bytes));
  if (fromDeclaration) return decodeAs(bytes, fromDeclaration);
  return isUtf8(bytes) ? bytes.toString("utf8") : iconv.decode(bytes, "windows-1252");
}

/** Node's own UTF-8 decoder is several times faster than iconv-lite's; same U+FFFD handling. */
function decodeAs(bytes: Buffer, encoding: string): string {
  return encoding === "utf-8" || encoding === "utf8"
    ? bytes.toString("utf8")
    : iconv.decode(bytes, encoding);
}

function sniffBom(bytes: Buffer): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: "utf-8", skip: 3 };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  return null;
}

/** UTF-16 without a BOM still starts with `<?` or `<r`… as two-byte units. */
function sniffUtf16(bytes: Buffer): string | null {
  if (bytes.length < 4) return null;
  if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[3] === 0x00) return "utf-16le";
  if (bytes[0] === 0x00 && bytes[1] === 0x3c && bytes[2] === 0x00) return "utf-16be";
  return null;
}

function charsetFromContentType(contentType?: string | null): string | null {
  const match = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? "");
  return match?.[1] ?? null;
}

function charsetFromXmlDeclaration(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 256).toString("latin1");
  const match = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return match?.[1] ?? null;
}

function usable(label: string | null): string | null {
  if (!label) return null;
  const lower = label.toLowerCase();
  // A declaration of UTF-16 in a document without BOM or UTF-16 shape is a lie; bytes are 8-bit.
  if (lower.startsWith("utf-16") || lower === "unicode") return null;
  if (lower === "iso-8859-1" || lower === "latin1" || lower === "us-ascii" || lower === "ascii") {
    return "windows-1252";
  }
  return iconv.encodingExists(lower) ? lower : null;
}
