/** Files about the network: Connections, Invitations, endorsements, recommendations, follows. */
import {
  connectionsAt,
  isBlank,
  isConnected,
  ownerName,
  type SampleContext,
  type SampleFile,
} from "./context.js";
import { row } from "./csv.js";
import { connectedOn, DAY, javaDate, recommendationDate, slashDate, usDateTime } from "./dates.js";
import { type Contact, growthDay, jobAt, TIMELINE_END } from "./model.js";
import { chance, int, pick, type Rng, rngFor } from "./prng.js";
import { fill, INVITE_NOTES, RECOMMENDATION_TEXTS } from "./vocab-text.js";
import { BIG_COMPANIES, EMPLOYERS, OWNER_SKILLS, TOPICS } from "./vocab-work.js";

/** The preamble LinkedIn has put above the header since 2021 (byte-exact). */
export const CONNECTIONS_PREAMBLE = [
  "Notes:",
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
  "",
] as const;

export const CONNECTIONS_HEADER =
  "First Name,Last Name,URL,Email Address,Company,Position,Connected On";

function connections(ctx: SampleContext): SampleFile {
  return {
    name: "Connections.csv",
    head: [...CONNECTIONS_PREAMBLE, CONNECTIONS_HEADER],
    *rows() {
      for (const c of connectionsAt(ctx)) {
        const date = connectedOn(c.connectedDay);
        if (isBlank(c, ctx.asOfDay)) {
          yield `,,,,,,${date}`;
          continue;
        }
        const job = jobAt(c, ctx.asOfDay);
        yield row([c.firstName, c.lastName, c.url, c.email, job.company, job.position, date]);
      }
    },
  };
}

interface Invitation {
  at: number;
  outgoing: boolean;
  name: string;
  url: string;
  note: string;
}

function inviteNote(r: Rng, callName: string): string {
  return chance(r, 0.15)
    ? fill(pick(r, INVITE_NOTES), { name: callName, topic: pick(r, TOPICS) })
    : "";
}

/**
 * Invitations of the last twelve months: accepted ones, those still pending on the export day
 * (contacts who connect later; the other side has not answered yet), and never-answered ones.
 */
function invitations(ctx: SampleContext): Invitation[] {
  const out: Invitation[] = [];
  const from = ctx.asOfEnd - 365 * DAY;
  for (const c of ctx.universe.contacts) {
    const r = rngFor(ctx.seed, "invite", c.id);
    const at = c.connectedAt - int(r, 600, 10 * DAY);
    if (at < from || at >= ctx.asOfEnd || isBlank(c, ctx.asOfDay)) continue;
    if (c.removedDay !== undefined && c.removedDay <= ctx.asOfDay) continue;
    const outgoing = chance(r, 0.45);
    out.push({
      at,
      outgoing,
      name: `${c.firstName} ${c.lastName}`,
      url: c.url,
      note: inviteNote(r, c.callName),
    });
  }
  for (const s of ctx.strangers) {
    const r = rngFor(ctx.seed, "invite-stranger", s.slug);
    const at = s.at - int(r, DAY, 30 * DAY);
    if (at < from || at >= ctx.asOfEnd) continue;
    out.push({
      at,
      outgoing: false,
      name: `${s.firstName} ${s.lastName}`,
      url: s.url,
      note: inviteNote(r, s.callName),
    });
  }
  return out.sort((a, b) => b.at - a.at);
}

function invitationsFile(ctx: SampleContext): SampleFile {
  const owner = ownerName(ctx);
  const ownerUrl = ctx.universe.owner.url;
  return {
    name: "Invitations.csv",
    head: ["From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl"],
    rows: () =>
      invitations(ctx).map((i) =>
        i.outgoing
          ? row([owner, i.name, usDateTime(i.at), i.note, "OUTGOING", ownerUrl, i.url])
          : row([i.name, owner, usDateTime(i.at), i.note, "INCOMING", i.url, ownerUrl]),
      ),
  };
}

/** A moment between the connection and the end of the timeline. */
function laterThan(r: Rng, c: Contact, minDays: number): number {
  const start = c.connectedAt + minDays * DAY;
  return Math.floor(start + r() * Math.max(0, (TIMELINE_END + 1) * DAY - 1 - start));
}

function endorsements(ctx: SampleContext): SampleFile {
  const lines: [number, string][] = [];
  for (const c of ctx.universe.contacts) {
    const r = rngFor(ctx.seed, "endorse", c.id);
    if (!chance(r, typeof c.origin === "number" ? 0.18 : 0.02)) continue;
    if (!isConnected(c, ctx.asOfDay) || isBlank(c, ctx.asOfDay)) continue;
    for (let k = int(r, 1, 3); k > 0; k--) {
      const at = laterThan(r, c, 2);
      if (at >= ctx.asOfEnd) continue;
      const url = c.url.replace("https://", "");
      lines.push([
        at,
        row([slashDate(at), pick(r, OWNER_SKILLS), c.firstName, c.lastName, url, "ACCEPTED"]),
      ]);
    }
  }
  lines.sort((a, b) => b[0] - a[0]);
  return {
    name: "Endorsement_Received_Info.csv",
    head: [
      "Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status",
    ],
    rows: () => lines.map(([, line]) => line),
  };
}

function recommendations(ctx: SampleContext): SampleFile {
  const lines: [number, string][] = [];
  const owner = ctx.universe.owner.callName;
  for (const c of ctx.universe.contacts) {
    const r = rngFor(ctx.seed, "recommend", c.id);
    if (typeof c.origin !== "number" || !chance(r, 0.02) || isBlank(c, ctx.asOfDay)) continue;
    const at = laterThan(r, c, 60);
    if (at >= ctx.asOfEnd) continue;
    const job = jobAt(c, Math.floor(at / DAY));
    const text = fill(pick(r, RECOMMENDATION_TEXTS), { name: owner, topic: pick(r, TOPICS) });
    lines.push([
      at,
      row([
        c.firstName,
        c.lastName,
        job.company,
        job.position,
        text,
        recommendationDate(at),
        "VISIBLE",
      ]),
    ]);
  }
  lines.sort((a, b) => b[0] - a[0]);
  return {
    name: "Recommendations_Received.csv",
    head: ["First Name,Last Name,Company,Job Title,Text,Creation Date,Status"],
    rows: () => lines.map(([, line]) => line),
  };
}

function companyFollows(ctx: SampleContext): SampleFile {
  const names = new Set<string>(EMPLOYERS.map((e) => e.names[0]?.[0] ?? ""));
  for (const variants of BIG_COMPANIES.slice(0, 24)) names.add(variants[0] as string);
  const lines: [number, string][] = [];
  for (const name of names) {
    const r = rngFor(ctx.seed, "follow", name);
    if (!chance(r, 0.6)) continue;
    const at = growthDay(r) * DAY + int(r, 0, DAY - 1);
    if (at < ctx.asOfEnd) lines.push([at, row([name, javaDate(at)])]);
  }
  lines.sort((a, b) => b[0] - a[0]);
  return {
    name: "Company Follows.csv",
    head: ["Organization,Followed On"],
    rows: () => lines.map(([, line]) => line),
  };
}

export function networkFiles(ctx: SampleContext): SampleFile[] {
  return [
    connections(ctx),
    invitationsFile(ctx),
    endorsements(ctx),
    recommendations(ctx),
    companyFollows(ctx),
  ];
}
