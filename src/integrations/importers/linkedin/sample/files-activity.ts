/** The owner's activity: Shares.csv, Comments.csv, Reactions.csv (2024–2025 layouts, LF). */
import { ownerEmployerAt, type SampleContext, type SampleFile } from "./context.js";
import { backslashField, field, shareCommentary } from "./csv.js";
import { DAY, isoSeconds } from "./dates.js";
import { ownerBlog } from "./files-profile.js";
import { growthDay } from "./model.js";
import { chance, int, pick, type Rng, rngFor, weighted } from "./prng.js";
import { slugPart } from "./vocab-people.js";
import {
  COMMENTS,
  fill,
  POST_LINES,
  POST_OPENERS_DE,
  POST_OPENERS_EN,
  REACTION_TYPES,
} from "./vocab-text.js";
import { TOPICS } from "./vocab-work.js";

const OTHER_BLOGS = [
  "https://engineering.zalando.com/posts/",
  "https://aws.amazon.com/de/blogs/germany/",
  "https://www.thoughtworks.com/de-de/insights/blog/",
  "https://tech.otto.de/posts/",
  "https://netflixtechblog.com/",
];

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const token = (r: Rng, n: number): string =>
  Array.from({ length: n }, () => ALNUM[Math.floor(r() * ALNUM.length)]).join("");

/** LinkedIn activity ids grow with time (milliseconds shifted left by 22 bits). */
function activityId(r: Rng, seconds: number): string {
  return ((BigInt(seconds * 1000) << 22n) | BigInt(Math.floor(r() * 4_194_304))).toString();
}

/** `count` moments on the growth curve, ascending, before the end of the export day. */
function moments(ctx: SampleContext, kind: string, count: number): [number, Rng][] {
  const out: [number, Rng][] = [];
  for (let j = 0; j < count; j++) {
    const r = rngFor(ctx.seed, kind, j);
    const at = growthDay(r) * DAY + int(r, 6 * 3600, 23 * 3600);
    if (at < ctx.asOfEnd) out.push([at, r]);
  }
  return out.sort((a, b) => b[0] - a[0]);
}

/** Number of posts: grows with the network, 6 to 400. */
const postCount = (ctx: SampleContext): number =>
  Math.min(400, Math.max(6, Math.round(ctx.universe.present / 20)));

function sharedUrl(ctx: SampleContext, r: Rng, at: number, title: string): string {
  const slug = slugPart(title).slice(0, 30);
  const kind = weighted(r, [
    ["employer", 3],
    ["other", 1.5],
    ["own", 1.5],
    ["media", 1],
    ["none", 3],
  ]);
  const employerBlog = ownerEmployerAt(at).blog;
  if (kind === "employer" && employerBlog) return `${employerBlog}${slug}`;
  if (kind === "other") return `${pick(r, OTHER_BLOGS)}${slug}`;
  if (kind === "own" || kind === "employer") return `${ownerBlog(ctx)}/posts/${slug}`;
  if (kind === "media") {
    return chance(r, 0.6)
      ? `https://www.youtube.com/watch?v=${token(r, 11)}`
      : `https://lnkd.in/${token(r, 7)}`;
  }
  return "";
}

function shares(ctx: SampleContext): SampleFile {
  const lines = moments(ctx, "share", postCount(ctx)).map(([at, r]) => {
    const topic = pick(r, TOPICS);
    const first = fill(pick(r, chance(r, 0.75) ? POST_OPENERS_DE : POST_OPENERS_EN), { topic });
    const body = [first];
    if (chance(r, 0.6)) {
      body.push("");
      for (let k = int(r, 1, 3); k > 0; k--) body.push(pick(r, POST_LINES));
    }
    const kind = chance(r, 0.8) ? "share" : "ugcPost";
    const link = `https://www.linkedin.com/feed/update/urn%3Ali%3A${kind}%3A${activityId(r, at)}`;
    const url = sharedUrl(ctx, r, at, topic);
    const media = chance(r, 0.15)
      ? `https://media.licdn.com/dms/image/v2/D4E22AQ${token(r, 10)}/feedshare-shrink_800/0/${at * 1000}?e=1767225600&v=beta&t=${token(r, 20)}`
      : "";
    const optional = (v: string) => (v === "" ? '""' : field(v));
    return [
      isoSeconds(at),
      link,
      shareCommentary(body.join("\n")),
      optional(url),
      optional(media),
      "MEMBER_NETWORK",
    ].join(",");
  });
  return {
    name: "Shares.csv",
    head: ["Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility"],
    rows: () => lines,
  };
}

function someName(ctx: SampleContext, r: Rng): string {
  const contacts = ctx.universe.contacts;
  return contacts.length === 0 ? "Anna" : pick(r, contacts).callName;
}

function comments(ctx: SampleContext): SampleFile {
  const lines = moments(ctx, "comment", postCount(ctx) * 2).map(([at, r]) => {
    const link = `https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A${activityId(r, at - int(r, 60, DAY))}`;
    let message = fill(pick(r, COMMENTS), { name: someName(ctx, r), topic: pick(r, TOPICS) });
    if (chance(r, 0.1))
      message += `\n\n${fill(pick(r, COMMENTS), { name: someName(ctx, r), topic: pick(r, TOPICS) })}`;
    return `${isoSeconds(at)},${link},${backslashField(message)}`;
  });
  return { name: "Comments.csv", head: ["Date,Link,Message"], rows: () => lines };
}

function reactions(ctx: SampleContext): SampleFile {
  const lines = moments(ctx, "reaction", postCount(ctx) * 8).map(([at, r]) => {
    const post = activityId(r, at - int(r, 60, 3 * DAY));
    let link = `https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A${post}`;
    if (chance(r, 0.1)) {
      const comment = activityId(r, at - int(r, 10, 3600));
      link += `?commentUrn=urn%3Ali%3Acomment%3A%28activity%3A${post}%2C${comment}%29`;
    }
    return `${isoSeconds(at)},${weighted(r, REACTION_TYPES)},${link}`;
  });
  return { name: "Reactions.csv", head: ["Date,Type,Link"], rows: () => lines };
}

export function activityFiles(ctx: SampleContext): SampleFile[] {
  return [shares(ctx), comments(ctx), reactions(ctx)];
}
