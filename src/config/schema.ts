import { z } from "zod";

/** One network's routing rules; defaults follow the person's split (see docs/publishing.md). */
function networkRules(
  kinds: Array<"professional" | "private" | "any">,
  maxPerDay: number,
  slots: string[],
) {
  const defaults = { kinds, politics: false, maxPerDay, slots };
  return z
    .object({
      /** Content kinds allowed: professional, private, any. */
      kinds: z
        .array(z.enum(["professional", "private", "any"]))
        .min(1)
        .default(kinds),
      /** Whether political content may go there. */
      politics: z.boolean().default(false),
      /** Posts per day at most (scheduling skips full days). */
      maxPerDay: z.number().int().min(1).default(maxPerDay),
      /** Local times of day ("HH:MM", in publishing.timeZone) posts are scheduled into. */
      slots: z.array(z.string().regex(/^([01]?\d|2[0-3]):[0-5]\d$/)).default(slots),
    })
    .strict()
    .default(defaults);
}

const PUBLISHING_DEFAULTS = {
  linkedin: { kinds: ["professional" as const], maxPerDay: 2, slots: ["09:00", "12:30"] },
  x: { kinds: ["any" as const], maxPerDay: 5, slots: ["08:30", "12:00", "17:30"] },
  mastodon: { kinds: ["any" as const], maxPerDay: 5, slots: ["08:30", "12:00", "17:30"] },
  bluesky: { kinds: ["any" as const], maxPerDay: 5, slots: ["08:30", "12:00", "17:30"] },
  facebook: { kinds: ["private" as const], maxPerDay: 1, slots: ["19:00"] },
};

function publishingSchema() {
  const networks = ["linkedin", "x", "mastodon", "bluesky", "facebook"] as const;
  const d = PUBLISHING_DEFAULTS;
  const rules = {
    linkedin: networkRules(d.linkedin.kinds, d.linkedin.maxPerDay, d.linkedin.slots),
    x: networkRules(d.x.kinds, d.x.maxPerDay, d.x.slots),
    mastodon: networkRules(d.mastodon.kinds, d.mastodon.maxPerDay, d.mastodon.slots),
    bluesky: networkRules(d.bluesky.kinds, d.bluesky.maxPerDay, d.bluesky.slots),
    facebook: networkRules(d.facebook.kinds, d.facebook.maxPerDay, d.facebook.slots),
  };
  const withPolitics = <T extends object>(r: T) => ({ ...r, politics: false });
  return z
    .object({
      /** Drafts of new own-blog articles are approved and scheduled without asking. */
      autoApprove: z.boolean().default(false),
      /** IANA time zone the slots are read in. */
      timeZone: z.string().min(1).default("UTC"),
      /** Networks a compose targets when none is named. */
      networks: z.array(z.enum(networks)).default([...networks]),
      ...rules,
      /** LinkedIn API version sent as `LinkedIn-Version` (YYYYMM; each is served about a year). */
      linkedinVersion: z
        .string()
        .regex(/^\d{6}$/)
        .default("202506"),
      /** Loopback port the OAuth redirect listener uses (register http://127.0.0.1:PORT/callback). */
      oauthRedirectPort: z.number().int().min(0).max(65535).default(8765),
      /** OAuth client of your LinkedIn app (developer portal); the secret is masked in `config show`. */
      linkedinClientId: z.string().default(""),
      linkedinClientSecret: z.string().default(""),
      /** OAuth 2 client of your X app; the secret only for a confidential client. */
      xClientId: z.string().default(""),
      xClientSecret: z.string().default(""),
      /** An access token for `accounts connect` (env TELLERRAND_PUBLISHING_CONNECT_TOKEN), never argv. */
      connectToken: z.string().default(""),
    })
    .strict()
    .default({
      autoApprove: false,
      timeZone: "UTC",
      networks: [...networks],
      linkedin: withPolitics(d.linkedin),
      x: withPolitics(d.x),
      mastodon: withPolitics(d.mastodon),
      bluesky: withPolitics(d.bluesky),
      facebook: withPolitics(d.facebook),
      linkedinVersion: "202506",
      oauthRedirectPort: 8765,
      linkedinClientId: "",
      linkedinClientSecret: "",
      xClientId: "",
      xClientSecret: "",
      connectToken: "",
    });
}

/** The daily digest: size, caps, "beyond your work" share, share target, SMTP (docs/digest.md). */
function digestSchema() {
  const share = (d: number) => z.number().min(0).max(1).default(d);
  const shareTarget = { ownEmployer: 0.2, otherCompany: 0.3, ownBlog: 0.2, media: 0.2, other: 0.1 };
  const smtp = { host: "", port: 587, secure: false, user: "", password: "", from: "", to: [] };
  return z
    .object({
      /** Items per digest. */
      limit: z.number().int().min(1).max(500).default(20),
      /** Default look-back of `tellerrand digest` (a span like 1d, 36h, 2w). */
      since: z.string().min(2).default("1d"),
      /** Largest share of the digest from the current employers. */
      ownEmployerCap: share(0.2),
      /** Share of the digest reserved for adjacent topics beyond the current work. */
      beyondShare: share(0.2),
      /** Largest share of the digest from one source (feed). */
      perSourceCap: share(0.15),
      /** Largest share of the digest from one organisation. */
      perOrgCap: share(0.2),
      /** Freshness halves every this many hours. */
      freshnessHalfLifeHours: z.number().min(1).default(36),
      /** The mix of shares the person aims for (normalised; `audit shares` compares). */
      shareTarget: z
        .object({
          ownEmployer: share(0.2),
          otherCompany: share(0.3),
          ownBlog: share(0.2),
          media: share(0.2),
          other: share(0.1),
        })
        .strict()
        .default(shareTarget),
      smtp: z
        .object({
          /** SMTP server; empty: `digest --send` refuses. */
          host: z.string().default(""),
          port: z.number().int().min(1).max(65535).default(587),
          /** TLS from the start (port 465); otherwise STARTTLS when offered. */
          secure: z.boolean().default(false),
          user: z.string().default(""),
          password: z.string().default(""),
          from: z.string().default(""),
          to: z.array(z.string().min(3)).default([]),
        })
        .strict()
        .default(smtp),
    })
    .strict()
    .default({
      limit: 20,
      since: "1d",
      ownEmployerCap: 0.2,
      beyondShare: 0.2,
      perSourceCap: 0.15,
      perOrgCap: 0.2,
      freshnessHalfLifeHours: 36,
      shareTarget,
      smtp,
    });
}

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
    /** Contact triage and invitation advice (docs/triage.md explains every threshold). */
    triage: z
      .object({
        /** Relevance to the interests (0–1) at or above which a contact counts as relevant. */
        relevantMin: z.number().min(0).max(1).default(0.2),
        /** Bridge value (0–1, rarity of the contact's segment) at or above which they bridge. */
        bridgeMin: z.number().min(0).max(1).default(0.55),
        /** Days without messages, recommendation or endorsement before a tie is dormant. */
        dormantAfterDays: z.number().int().min(1).default(730),
        /** Tie strength (0–1) at or above which a tie is strong. */
        strongMin: z.number().min(0).max(1).default(0.5),
        /** Tie strength (0–1) at or above which a tie is moderate. */
        moderateMin: z.number().min(0).max(1).default(0.2),
        /** Messages at which the message-volume part of tie strength is full. */
        messagesFull: z.number().int().min(1).default(50),
        /** Days after which the message-recency part of tie strength halves. */
        recencyHalfLifeDays: z.number().int().min(1).default(365),
      })
      .strict()
      .default({
        relevantMin: 0.2,
        bridgeMin: 0.55,
        dormantAfterDays: 730,
        strongMin: 0.5,
        moderateMin: 0.2,
        messagesFull: 50,
        recencyHalfLifeDays: 365,
      }),
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
        maxConcurrency: z.number().int().min(1).default(8),
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
        maxConcurrency: 8,
        perHostConcurrency: 2,
        perHostDelayMs: 250,
        timeoutMs: 20_000,
        maxBodyBytes: 10 * 1024 * 1024,
        keepPerFeed: 500,
        pauseAfterErrors: 10,
      }),
    server: z
      .object({
        /** Address `tellerrand serve` listens on; anything but loopback needs a password. */
        host: z.string().min(1).default("127.0.0.1"),
        /** TCP port of the dashboard (0: any free port). */
        port: z.number().int().min(0).max(65535).default(4280),
        /** Password for logging in from other devices (required when host is not loopback). */
        password: z.string().default(""),
      })
      .strict()
      .default({ host: "127.0.0.1", port: 4280, password: "" }),
    publishing: publishingSchema(),
    /** Base64 32-byte key sealing account secrets (env TELLERRAND_SECRETS_KEY); else a key file. */
    secretsKey: z.string().default(""),
    digest: digestSchema(),
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
  { path: "triage.relevantMin", kind: "number" },
  { path: "triage.bridgeMin", kind: "number" },
  { path: "triage.dormantAfterDays", kind: "number" },
  { path: "triage.strongMin", kind: "number" },
  { path: "triage.moderateMin", kind: "number" },
  { path: "triage.messagesFull", kind: "number" },
  { path: "triage.recencyHalfLifeDays", kind: "number" },
  { path: "server.host", kind: "string" },
  { path: "server.port", kind: "number" },
  { path: "server.password", kind: "string" },
  { path: "publishing.autoApprove", kind: "boolean" },
  { path: "publishing.timeZone", kind: "string" },
  { path: "publishing.networks", kind: "list" },
  ...["linkedin", "x", "mastodon", "bluesky", "facebook"].flatMap((n) => [
    { path: `publishing.${n}.kinds`, kind: "list" as const },
    { path: `publishing.${n}.politics`, kind: "boolean" as const },
    { path: `publishing.${n}.maxPerDay`, kind: "number" as const },
    { path: `publishing.${n}.slots`, kind: "list" as const },
  ]),
  { path: "publishing.linkedinVersion", kind: "string" },
  { path: "publishing.oauthRedirectPort", kind: "number" },
  { path: "publishing.linkedinClientId", kind: "string" },
  { path: "publishing.linkedinClientSecret", kind: "string" },
  { path: "publishing.xClientId", kind: "string" },
  { path: "publishing.xClientSecret", kind: "string" },
  { path: "publishing.connectToken", kind: "string" },
  { path: "secretsKey", kind: "string" },
  { path: "digest.limit", kind: "number" },
  { path: "digest.since", kind: "string" },
  { path: "digest.ownEmployerCap", kind: "number" },
  { path: "digest.beyondShare", kind: "number" },
  { path: "digest.perSourceCap", kind: "number" },
  { path: "digest.perOrgCap", kind: "number" },
  { path: "digest.freshnessHalfLifeHours", kind: "number" },
  { path: "digest.shareTarget.ownEmployer", kind: "number" },
  { path: "digest.shareTarget.otherCompany", kind: "number" },
  { path: "digest.shareTarget.ownBlog", kind: "number" },
  { path: "digest.shareTarget.media", kind: "number" },
  { path: "digest.shareTarget.other", kind: "number" },
  { path: "digest.smtp.host", kind: "string" },
  { path: "digest.smtp.port", kind: "number" },
  { path: "digest.smtp.secure", kind: "boolean" },
  { path: "digest.smtp.user", kind: "string" },
  { path: "digest.smtp.password", kind: "string" },
  { path: "digest.smtp.from", kind: "string" },
  { path: "digest.smtp.to", kind: "list" },
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
