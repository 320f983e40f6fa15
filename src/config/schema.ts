import { z } from "zod";

/**
 * The config file's shape (TOML). Every key is optional in the file; defaults fill the rest.
 * Keys whose name contains `token`, `secret`, `password` or `apiKey` are masked by `config show`.
 */
export const configSchema = z
  .object({
    /** Folder holding the SQLite database and generated reports. */
    dataDir: z.string().min(1),
    profile: z
      .object({
        /** The person's name; default from the export's Profile.csv. */
        name: z.string().default(""),
        /** Current employers; default from Positions.csv (positions without an end date). */
        currentEmployers: z.array(z.string().min(1)).default([]),
        /** Past employers; default from Positions.csv (positions with an end date). */
        pastEmployers: z.array(z.string().min(1)).default([]),
        /** What the person wants to achieve, free text in any language. */
        goals: z.string().default(""),
        /** What interests the person, free text in any language. */
        interests: z.string().default(""),
      })
      .strict()
      .default({ name: "", currentEmployers: [], pastEmployers: [], goals: "", interests: "" }),
    report: z
      .object({
        /** Below this many known values a dimension is marked as a low sample. */
        minSample: z.number().int().min(1).default(30),
      })
      .strict()
      .default({ minSample: 30 }),
    import: z
      .object({
        /** Largest total uncompressed size of an export ZIP, in MiB. */
        maxUncompressedMiB: z.number().int().min(1).default(2048),
        /** Largest compression ratio of a ZIP entry (zip-bomb guard). */
        maxCompressionRatio: z.number().min(1).default(200),
      })
      .strict()
      .default({ maxUncompressedMiB: 2048, maxCompressionRatio: 200 }),
    politics: z
      .object({
        /** `partisan`: parties, elections, politicians, culture war; `strict`: also policy,
         * legislation, regulation, geopolitics. */
        strictness: z.enum(["partisan", "strict"]).default("partisan"),
        /** Words that keep a text visible (`wahl` whole word, `wahl*` prefix, `*wahl` suffix,
         * `*wahl*` part of a word, `prime minister` phrase). */
        keepWords: z.array(z.string().min(1)).default([]),
        /** Words that always hide a text; they win over keepWords. Same syntax. */
        blockWords: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .default({ strictness: "partisan", keepWords: [], blockWords: [] }),
    feeds: z
      .object({
        /** Allow fetching loopback/private/link-local addresses (off: SSRF guard; tests turn it on). */
        allowPrivateNetworks: z.boolean().default(false),
        /** Hosts fetched even if they resolve to private or metadata addresses (operator's choice). */
        allowedHosts: z.array(z.string().min(1)).default([]),
        /** Feeds fetched at once, across all hosts. */
        maxConcurrency: z.number().int().min(1).default(16),
        /** Requests at once to one host. */
        perHostConcurrency: z.number().int().min(1).default(2),
        /** Pause between two requests to one host, in ms. */
        perHostDelayMs: z.number().int().min(0).default(250),
        /** Total time for one request (per redirect hop), in ms. */
        timeoutMs: z.number().int().min(100).default(20_000),
        /** Time to establish the TCP/TLS connection, in ms. */
        connectTimeoutMs: z.number().int().min(100).default(10_000),
        /** Redirects followed before giving up. */
        maxRedirects: z.number().int().min(0).max(20).default(5),
        /** Largest feed body accepted, in bytes (after decompression). */
        maxBodyBytes: z
          .number()
          .int()
          .min(1024)
          .default(10 * 1024 * 1024),
        /** Newest articles kept per feed; starred ones are always kept. */
        keepPerFeed: z.number().int().min(1).default(500),
        /** Consecutive errors after which a feed is paused. */
        pauseAfterErrors: z.number().int().min(1).default(10),
      })
      .strict()
      .default({
        allowPrivateNetworks: false,
        allowedHosts: [],
        connectTimeoutMs: 10_000,
        maxRedirects: 5,
        maxConcurrency: 16,
        perHostConcurrency: 2,
        perHostDelayMs: 250,
        timeoutMs: 20_000,
        maxBodyBytes: 10 * 1024 * 1024,
        keepPerFeed: 500,
        pauseAfterErrors: 10,
      }),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;

/** Dotted paths of every leaf key, with its kind, for env overrides and masking. */
export const CONFIG_LEAVES: ReadonlyArray<{
  path: string;
  kind: "string" | "list" | "number" | "boolean";
}> = [
  { path: "dataDir", kind: "string" },
  { path: "profile.name", kind: "string" },
  { path: "profile.currentEmployers", kind: "list" },
  { path: "profile.pastEmployers", kind: "list" },
  { path: "profile.goals", kind: "string" },
  { path: "profile.interests", kind: "string" },
  { path: "report.minSample", kind: "number" },
  { path: "import.maxUncompressedMiB", kind: "number" },
  { path: "import.maxCompressionRatio", kind: "number" },
  { path: "politics.strictness", kind: "string" },
  { path: "politics.keepWords", kind: "list" },
  { path: "politics.blockWords", kind: "list" },
  { path: "feeds.allowPrivateNetworks", kind: "boolean" },
  { path: "feeds.allowedHosts", kind: "list" },
  { path: "feeds.connectTimeoutMs", kind: "number" },
  { path: "feeds.maxRedirects", kind: "number" },
  { path: "feeds.maxConcurrency", kind: "number" },
  { path: "feeds.perHostConcurrency", kind: "number" },
  { path: "feeds.perHostDelayMs", kind: "number" },
  { path: "feeds.timeoutMs", kind: "number" },
  { path: "feeds.maxBodyBytes", kind: "number" },
  { path: "feeds.keepPerFeed", kind: "number" },
  { path: "feeds.pauseAfterErrors", kind: "number" },
];

const SECRET_KEY = /token|secret|password|apikey/i;

/** Copy of a config object with secret-looking values replaced by `********`. */
export function maskSecrets(value: unknown, key = ""): unknown {
  if (typeof value === "string" && SECRET_KEY.test(key)) return value === "" ? "" : "********";
  if (Array.isArray(value)) return value.map((v) => maskSecrets(v, key));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskSecrets(v, k)]));
  }
  return value;
}
