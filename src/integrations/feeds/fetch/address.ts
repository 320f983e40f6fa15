/**
 * Classification of IP addresses for the fetcher's SSRF guard. Pure: no DNS, no I/O.
 * IPv6 forms that embed an IPv4 address a packet is really delivered to (IPv4-mapped
 * `::ffff:a.b.c.d`, IPv4-compatible `::a.b.c.d`, NAT64 `64:ff9b::/96`) count as that IPv4.
 */
import { isIP } from "node:net";

export type AddressClass =
  | "public"
  | "loopback"
  | "private"
  | "link-local"
  | "unspecified"
  | "cgnat"
  | "multicast"
  | "reserved"
  | "metadata";

/** Cloud metadata endpoints: AWS/GCP/Azure/OpenStack, AWS ECS tasks, Alibaba, AWS IMDS over IPv6. */
const METADATA_V4 = new Set(["169.254.169.254", "169.254.170.2", "100.100.100.200"]);
const METADATA_V6 = "fd00:ec2:0:0:0:0:0:254";
/** Host names that reach a metadata service without any address check being meaningful. */
export const METADATA_HOSTNAMES: ReadonlySet<string> = new Set([
  "metadata.google.internal",
  "metadata",
  "instance-data",
  "instance-data.ec2.internal",
]);

/** IPv4 ranges as [first octets, prefix length, class]; the first match wins. */
const V4_RANGES: ReadonlyArray<readonly [number, number, number, number, number, AddressClass]> = [
  [0, 0, 0, 0, 8, "unspecified"],
  [10, 0, 0, 0, 8, "private"],
  [100, 64, 0, 0, 10, "cgnat"],
  [127, 0, 0, 0, 8, "loopback"],
  [169, 254, 0, 0, 16, "link-local"],
  [172, 16, 0, 0, 12, "private"],
  [192, 0, 0, 0, 24, "reserved"],
  [192, 0, 2, 0, 24, "reserved"],
  [192, 168, 0, 0, 16, "private"],
  [198, 18, 0, 0, 15, "reserved"],
  [198, 51, 100, 0, 24, "reserved"],
  [203, 0, 113, 0, 24, "reserved"],
  [224, 0, 0, 0, 4, "multicast"],
  [240, 0, 0, 0, 4, "reserved"],
];

function parseV4(text: string): number[] | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  const bytes = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : Number.NaN));
  return bytes.every((b) => b >= 0 && b <= 255) ? bytes : null;
}

/** 16 bytes of an IPv6 address (zone id ignored), or null when it is not one. */
export function parseV6(text: string): number[] | null {
  let s = text.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (isIP(s) !== 6) return null;
  const tail: number[] = [];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (dotted?.[1]) {
    const v4 = parseV4(dotted[1]);
    if (!v4) return null;
    tail.push(...v4);
    s = `${s.slice(0, -dotted[1].length)}0:0`;
  }
  const [head = "", rest] = s.split("::");
  const h = head === "" ? [] : head.split(":");
  const r = rest === undefined || rest === "" ? [] : rest.split(":");
  const fill = rest === undefined ? 0 : 8 - h.length - r.length;
  const groups = [...h, ...Array<string>(fill).fill("0"), ...r].map((g) => Number.parseInt(g, 16));
  const bytes = groups.flatMap((g) => [g >> 8, g & 0xff]);
  if (tail.length === 4) bytes.splice(12, 4, ...tail);
  return bytes.length === 16 ? bytes : null;
}

function classifyV4(b: number[]): AddressClass {
  const text = b.join(".");
  if (METADATA_V4.has(text)) return "metadata";
  if (text === "255.255.255.255") return "reserved";
  const value =
    (((b[0] ?? 0) << 24) | ((b[1] ?? 0) << 16) | ((b[2] ?? 0) << 8) | (b[3] ?? 0)) >>> 0;
  for (const [o1, o2, o3, o4, bits, cls] of V4_RANGES) {
    const base = ((o1 << 24) | (o2 << 16) | (o3 << 8) | o4) >>> 0;
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    if ((value & mask) >>> 0 === base) return cls;
  }
  return "public";
}

function embeddedV4(b: number[]): number[] | null {
  const zeros = (from: number, to: number) => b.slice(from, to).every((x) => x === 0);
  // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible; not :: and ::1, handled by the caller)
  if (zeros(0, 10) && b[10] === 0xff && b[11] === 0xff) return b.slice(12);
  if (zeros(0, 12) && !zeros(12, 15)) return b.slice(12);
  // 64:ff9b::/96, the well-known NAT64 prefix
  if (b[0] === 0 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && zeros(4, 12)) {
    return b.slice(12);
  }
  return null;
}

function classifyV6(b: number[]): AddressClass {
  const groups = Array.from({ length: 8 }, (_, i) =>
    (((b[2 * i] ?? 0) << 8) | (b[2 * i + 1] ?? 0)).toString(16),
  );
  const allZeroTo15 = b.slice(0, 15).every((x) => x === 0);
  if (allZeroTo15 && b[15] === 0) return "unspecified";
  if (allZeroTo15 && b[15] === 1) return "loopback";
  if (groups.join(":") === METADATA_V6) return "metadata";
  const v4 = embeddedV4(b);
  if (v4) return classifyV4(v4);
  const b0 = b[0] ?? 0;
  const b1 = b[1] ?? 0;
  if ((b0 & 0xfe) === 0xfc) return "private"; // fc00::/7 unique-local
  if (b0 === 0xfe && (b1 & 0xc0) === 0x80) return "link-local"; // fe80::/10
  if (b0 === 0xfe && (b1 & 0xc0) === 0xc0) return "private"; // fec0::/10 site-local (deprecated)
  if (b0 === 0xff) return "multicast";
  if (b0 === 0x20 && b1 === 0x01 && b[2] === 0x0d && b[3] === 0xb8) return "reserved"; // 2001:db8::/32
  if (b0 === 0x01 && b.slice(1, 8).every((x) => x === 0)) return "reserved"; // 100::/64 discard
  if (b0 === 0 && b1 === 0x64 && b[2] === 0xff && b[3] === 0x9b) return "private"; // 64:ff9b:1::/48
  return "public";
}

/**
 * The class of an IP address literal (IPv4, IPv6, bracketed IPv6), or null if it is none.
 *
 * @example
 * classifyAddress("::ffff:127.0.0.1"); // "loopback"
 * classifyAddress("169.254.169.254"); // "metadata"
 * classifyAddress("93.184.216.34"); // "public"
 */
export function classifyAddress(address: string): AddressClass | null {
  const v4 = parseV4(address);
  if (v4) return classifyV4(v4);
  const v6 = parseV6(address);
  return v6 ? classifyV6(v6) : null;
}
