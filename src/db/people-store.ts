import { CompiledQuery, type Kysely, sql } from "kysely";
import type { Mark, ProfileSources } from "../domain/people/index.js";
import {
  type GestureStats,
  type MessageStats,
  nameKey,
  type PeopleReader,
  type PeopleWriter,
  type StoredContact,
  type StoredInvitation,
  type StoredMark,
} from "../services/people-ports.js";
import { type RawReader, rawReader } from "./open.js";
import type { Database } from "./tables.js";

/** How many of the person's newest shares feed the interests profile. */
const SHARES_READ = 200;
/** How many messages per pending inviter are read (newest first). */
const MESSAGES_PER_INVITER = 5;

const splitUrls = (s: string | null): string[] =>
  s === null ? [] : s.split(/[,;]\s*/).filter((u) => u.trim() !== "");

const CURRENT_CONTACTS = `select c.id, c.first_name, c.last_name, c.url, c.connected_on,
  r.company, r.org_key, r.position, r.job_function, r.seniority, o.self_employed, o.industry
from contacts c
left join contact_roles r on r.contact_id = c.id and r.to_snapshot_id is null
left join organizations o on o.key = r.org_key
where c.ended_snapshot_id is null
order by c.id`;
const INCOMING_STATS = `select sender_profile_url, count(*), max(sent_at) from messages
where is_draft = 0 and sender_profile_url != ? and (direction is null or direction != 'OUTGOING')
group by sender_profile_url`;
const OUTGOING_STATS = `select recipient_profile_urls, count(*), max(sent_at) from messages
where is_draft = 0 and (sender_profile_url = ? or direction = 'OUTGOING')
group by recipient_profile_urls`;

/** Reads for triage and invitations; writes the person's contact marks. */
export class SqlPeopleStore implements PeopleReader, PeopleWriter {
  /** better-sqlite3's array rows for the two big reads (30,000 contacts, 200,000 messages). */
  private readonly raw: RawReader | undefined;

  constructor(private readonly db: Kysely<Database>) {
    this.raw = rawReader(db);
  }

  /** A read as arrays: raw mode where the dialect has it, else through Kysely. */
  private async rows(query: string, params: readonly unknown[] = []): Promise<unknown[][]> {
    if (this.raw !== undefined) return this.raw(query, params);
    const r = await this.db.executeQuery(CompiledQuery.raw(query, [...params]));
    return r.rows.map((row) => Object.values(row as Record<string, unknown>));
  }

  async latestAsOf(): Promise<string | null> {
    const row = await this.db
      .selectFrom("snapshots")
      .select("as_of")
      .orderBy("as_of", "desc")
      .orderBy("id", "desc")
      .executeTakeFirst();
    return row?.as_of ?? null;
  }

  async profileSources(): Promise<Omit<ProfileSources, "goals" | "interests">> {
    const profile = await this.db.selectFrom("profile").selectAll().executeTakeFirst();
    const skills = await this.db.selectFrom("skills").select("name").execute();
    const certs = await this.db.selectFrom("certifications").select("name").execute();
    const positions = await this.db.selectFrom("own_positions").selectAll().execute();
    const shares = await this.db
      .selectFrom("shares")
      .select("commentary")
      .where("commentary", "is not", null)
      .orderBy("shared_at", "desc")
      .limit(SHARES_READ)
      .execute();
    return {
      headline: profile?.headline ?? null,
      summary: profile?.summary ?? null,
      industry: profile?.industry ?? null,
      skills: skills.map((s) => s.name),
      certifications: certs.map((c) => c.name),
      positions: positions.map((p) => ({
        title: p.title,
        description: p.description,
        companyName: p.company_name,
        current: p.finished_on === null,
      })),
      shares: shares.map((s) => s.commentary ?? ""),
    };
  }

  async currentContacts(): Promise<StoredContact[]> {
    const rows = await this.rows(CURRENT_CONTACTS);
    const out: StoredContact[] = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i] as unknown[];
      out[i] = {
        id: r[0] as number,
        firstName: r[1] as string | null,
        lastName: r[2] as string | null,
        url: r[3] as string | null,
        connectedOn: r[4] as string,
        company: r[5] as string | null,
        orgKey: r[6] as string | null,
        position: r[7] as string | null,
        jobFunction: (r[8] as string | null) ?? "unknown",
        seniority: (r[9] as string | null) ?? "unknown",
        selfEmployed: r[10] === 1,
        industry: r[11] as string | null,
      };
    }
    return out;
  }

  async ownerUrl(): Promise<string | null> {
    const inv = await this.db
      .selectFrom("invitations")
      .select(["direction", "inviter_profile_url", "invitee_profile_url"])
      .limit(1)
      .executeTakeFirst();
    const fromInvitation =
      inv === undefined
        ? null
        : inv.direction === "OUTGOING"
          ? inv.inviter_profile_url
          : inv.invitee_profile_url;
    if (fromInvitation !== null) return fromInvitation;
    // Every message has the owner on one side: the most frequent sender is the owner.
    const row = await this.db
      .selectFrom("messages")
      .select(["sender_profile_url as url", (eb) => eb.fn.countAll<number>().as("n")])
      .where("sender_profile_url", "is not", null)
      .groupBy("sender_profile_url")
      .orderBy("n", "desc")
      .limit(1)
      .executeTakeFirst();
    return row?.url ?? null;
  }

  async messageStats(ownerUrl: string | null): Promise<Map<string, MessageStats>> {
    const owner = ownerUrl ?? "";
    // Two grouped reads over the covering index messages_people_stats (migration 006).
    const incoming = await this.rows(INCOMING_STATS, [owner]);
    const outgoing = await this.rows(OUTGOING_STATS, [owner]);
    const out = new Map<string, MessageStats>();
    const bump = (url: string, dir: "in" | "out", n: number, last: string) => {
      const s = out.get(url) ?? { messagesIn: 0, messagesOut: 0, lastAt: last };
      if (dir === "in") s.messagesIn += n;
      else s.messagesOut += n;
      if (last > s.lastAt) s.lastAt = last;
      out.set(url, s);
    };
    for (const [url, n, last] of incoming)
      if (typeof url === "string" && url !== "") bump(url, "in", Number(n), String(last));
    for (const [urls, n, last] of outgoing)
      for (const url of splitUrls(urls as string | null)) bump(url, "out", Number(n), String(last));
    return out;
  }

  async endorsementStats(): Promise<Map<string, GestureStats>> {
    const rows = await this.db
      .selectFrom("endorsements_received")
      .select(["endorser_profile_url as url"])
      .select((eb) => [eb.fn.countAll<number>().as("n"), eb.fn.max("endorsed_at").as("last")])
      .where("endorser_profile_url", "is not", null)
      .groupBy("endorser_profile_url")
      .execute();
    return new Map(
      rows.map((r) => [String(r.url), { count: Number(r.n), lastAt: r.last ?? null }]),
    );
  }

  async recommendationStats(): Promise<Map<string, GestureStats>> {
    const rows = await this.db
      .selectFrom("recommendations_received")
      .select(["first_name", "last_name", "created_at"])
      .execute();
    const out = new Map<string, GestureStats>();
    for (const r of rows) {
      const key = nameKey(r.first_name, r.last_name);
      const s = out.get(key) ?? { count: 0, lastAt: null };
      s.count++;
      if (r.created_at !== null && (s.lastAt === null || r.created_at > s.lastAt))
        s.lastAt = r.created_at;
      out.set(key, s);
    }
    return out;
  }

  async marks(): Promise<Map<number, StoredMark>> {
    const rows = await this.db.selectFrom("contact_marks").selectAll().execute();
    return new Map(
      rows.map((r) => [
        r.contact_id,
        { mark: r.mark as Mark, note: r.note, markedAt: r.marked_at },
      ]),
    );
  }

  async pendingInvitations(): Promise<StoredInvitation[]> {
    const rows = await this.db
      .selectFrom("invitations as i")
      .selectAll()
      .where("i.direction", "=", "INCOMING")
      .where((eb) =>
        eb.or([
          eb("i.inviter_profile_url", "is", null),
          eb(
            "i.inviter_profile_url",
            "not in",
            eb
              .selectFrom("contacts")
              .select("url")
              .where("url", "is not", null)
              .where("ended_snapshot_id", "is", null),
          ),
        ]),
      )
      .orderBy("i.sent_at", "desc")
      .execute();
    const seen = new Set<string>();
    const unique = rows.filter((r) => {
      const key = r.inviter_profile_url ?? `name:${r.sender ?? ""}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const urls = unique.map((r) => r.inviter_profile_url).filter((u): u is string => u !== null);
    const former = await this.formerRoles(urls);
    const messages = await this.messagesFrom(urls);
    return unique.map((r) => {
      const url = r.inviter_profile_url;
      return {
        name: r.sender ?? "(unknown)",
        url,
        sentAt: r.sent_at,
        message: r.message,
        former: url === null ? null : (former.get(url) ?? null),
        messages: url === null ? [] : (messages.get(url) ?? []),
      };
    });
  }

  /** The newest role of each URL's former contact (ended contacts keep their roles). */
  private async formerRoles(
    urls: string[],
  ): Promise<Map<string, NonNullable<StoredInvitation["former"]>>> {
    const out = new Map<string, NonNullable<StoredInvitation["former"]>>();
    if (urls.length === 0) return out;
    const rows = await this.db
      .selectFrom("contacts as c")
      .innerJoin("contact_roles as r", "r.contact_id", "c.id")
      .leftJoin("organizations as o", "o.key", "r.org_key")
      .where("c.url", "in", urls)
      .select([
        "c.url",
        "r.company",
        "r.org_key",
        "r.position",
        "r.job_function",
        "r.seniority",
        "o.industry",
      ])
      .orderBy("r.id", "desc")
      .execute();
    for (const r of rows) {
      if (r.url === null || out.has(r.url)) continue;
      out.set(r.url, {
        company: r.company,
        orgKey: r.org_key,
        position: r.position,
        jobFunction: r.job_function,
        seniority: r.seniority,
        industry: r.industry ?? null,
      });
    }
    return out;
  }

  /** Up to {@link MESSAGES_PER_INVITER} newest message texts per sender URL. */
  private async messagesFrom(urls: string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (urls.length === 0) return out;
    const rows = await this.db
      .selectFrom("messages")
      .select(["sender_profile_url as url", "content"])
      .where("sender_profile_url", "in", urls)
      .where("content", "is not", null)
      .orderBy("sent_at", "desc")
      .execute();
    for (const r of rows) {
      if (r.url === null) continue;
      const list = out.get(r.url) ?? [];
      if (list.length < MESSAGES_PER_INVITER) list.push(r.content ?? "");
      out.set(r.url, list);
    }
    return out;
  }

  async findContacts(
    ref: string,
  ): Promise<Array<{ id: number; name: string; url: string | null }>> {
    const trimmed = ref.trim();
    let q = this.db
      .selectFrom("contacts")
      .select(["id", "first_name", "last_name", "url"])
      .where("ended_snapshot_id", "is", null);
    if (/^\d+$/.test(trimmed)) q = q.where("id", "=", Number(trimmed));
    else if (/linkedin\.com\/in\//i.test(trimmed))
      q = q.where(
        sql<string>`lower(rtrim(url, '/'))`,
        "=",
        trimmed.toLowerCase().replace(/\/+$/, ""),
      );
    else
      q = q.where(
        sql<string>`lower(coalesce(first_name, '') || ' ' || coalesce(last_name, ''))`,
        "=",
        trimmed.toLowerCase(),
      );
    const rows = await q.orderBy("id").execute();
    return rows.map((r) => ({
      id: r.id,
      name: [r.first_name, r.last_name].filter((p) => p !== null && p !== "").join(" "),
      url: r.url,
    }));
  }

  async setMark(
    contactId: number,
    mark: Mark,
    note: string | null,
    markedAt: string,
  ): Promise<void> {
    await this.db
      .insertInto("contact_marks")
      .values({ contact_id: contactId, mark, note, marked_at: markedAt })
      .onConflict((oc) => oc.column("contact_id").doUpdateSet({ mark, note, marked_at: markedAt }))
      .execute();
  }

  async clearMark(contactId: number): Promise<boolean> {
    const r = await this.db
      .deleteFrom("contact_marks")
      .where("contact_id", "=", contactId)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }
}
