/**
 * Use case: discovery of people, topics, sources and organisations (issue 5 §4). Reads the network and the
 * profiles (shared with triage), the candidates and the reading, and hands them to the pure
 * ranking in `src/domain/discovery`.
 */
import {
  type CompositionEffect,
  compositionEffect,
  type DiscoveryLang,
  discoverOrgs,
  discoverPeople,
  discoverSources,
  discoverTopics,
  type OrgSuggestion,
  type PeopleDiscovery,
  type PersonCandidate,
  type PersonSuggestion,
  type SourceCandidate,
  type SourceSuggestion,
  type TopicSuggestion,
} from "../domain/discovery/index.js";
import { canonicalOrganization } from "../domain/orgs/index.js";
import { buildSegmentIndex, industryText, segmentsOf } from "../domain/people/index.js";
import { classifyTitle } from "../domain/titles/index.js";
import { findConcepts } from "../text/topics/index.js";
import { type CandidateReader, orgCandidates } from "./candidates.js";
import type { ConfiguredProfile } from "./profile.js";
import { loadPeopleContext, type PeopleContext, type PeopleDeps } from "./triage.js";

export interface DiscoveryDeps extends PeopleDeps {
  candidates: CandidateReader;
}

/** The kinds the dashboard offers (its select has a label for each). */
export const DISCOVERY_KINDS = ["people", "topics", "sources"] as const;
/** Every kind: the dashboard's plus organisations (`discover --orgs`). */
export const ALL_DISCOVERY_KINDS = [...DISCOVERY_KINDS, "orgs"] as const;
export type DiscoveryKind = (typeof ALL_DISCOVERY_KINDS)[number];

export interface DiscoveryOptions {
  kind: DiscoveryKind;
  explore: number;
  limit: number;
  /** Relevance floor (default: the triage's relevantMin). */
  minRelevance: number;
  /** Language of reasons and concept labels (default English). */
  lang?: DiscoveryLang;
}

export type DiscoveryResult =
  | (Base & {
      kind: "people";
      suggestions: PersonSuggestion[];
      /** The grid dial whose list is shown, the per-segment cap and the segments it bound. */
      ranking: PeopleDiscovery["ranking"];
      functions: CompositionEffect;
      industries: CompositionEffect;
    })
  | (Base & { kind: "topics"; suggestions: TopicSuggestion[] })
  | (Base & { kind: "sources"; suggestions: SourceSuggestion[] })
  | (Base & { kind: "orgs"; suggestions: OrgSuggestion[] });

interface Base {
  asOf: string;
  /** Language of the reasons and labels. */
  lang: DiscoveryLang;
  explore: number;
  minRelevance: number;
  /** Candidates considered, per origin. */
  pool: Record<string, number>;
}

const fn = (title: string | null) => (title === null ? "unknown" : classifyTitle(title).function);
const orgKey = (company: string | null) =>
  company === null ? null : (canonicalOrganization(company)?.key ?? null);

/** People candidates: pending invitations, imported lists, article authors; contacts excluded. */
export async function peopleCandidates(
  deps: DiscoveryDeps,
  ctx: PeopleContext,
): Promise<PersonCandidate[]> {
  const contactUrls = new Set(ctx.stored.map((c) => c.url?.replace(/\/+$/, "").toLowerCase()));
  const contactNames = new Set(ctx.contacts.map((c) => c.name.toLowerCase()));
  const isContact = (url: string | null, name: string) =>
    (url !== null && contactUrls.has(url.replace(/\/+$/, "").toLowerCase())) ||
    contactNames.has(name.toLowerCase());
  const out: PersonCandidate[] = [];
  for (const i of await deps.people.pendingInvitations()) {
    const f = i.former;
    out.push({
      key: `invitation:${i.url ?? i.name}`,
      source: "invitation",
      name: i.name,
      title: f?.position ?? null,
      company: f?.company ?? null,
      url: i.url,
      note: [i.message, ...i.messages].filter((m) => m !== null && m !== "").join("\n") || null,
      employerKey: f?.orgKey ?? null,
      function: f?.jobFunction ?? "unknown",
      industry: f?.industry ?? null,
      via: `pending invitation of ${i.sentAt.slice(0, 10)}`,
    });
  }
  for (const c of await deps.candidates.importedCandidates()) {
    if (isContact(c.url, c.name)) continue;
    out.push({
      key: `imported:${c.id}`,
      source: "imported",
      name: c.name,
      title: c.title,
      company: c.company,
      url: c.url,
      note: c.note,
      employerKey: c.orgKey,
      function: fn(c.title),
      industry: c.industry,
      via: `imported from ${c.sourceFile}`,
    });
  }
  for (const a of await deps.candidates.articleAuthors()) {
    if (isContact(null, a.name)) continue;
    out.push({
      key: `author:${a.name}|${a.feedTitle ?? ""}`,
      source: "article-author",
      name: a.name,
      title: null,
      company: a.feedTitle,
      url: null,
      note: a.articleTitles.join(". ") || null,
      employerKey: a.orgKey ?? orgKey(a.feedTitle),
      function: "unknown",
      industry: null,
      via: `author of "${a.articleTitles[0] ?? "an article"}" in ${a.feedTitle ?? "your reading"}`,
    });
  }
  return out;
}

const countBy = <T>(xs: readonly T[], key: (x: T) => string) => {
  const m: Record<string, number> = {};
  for (const x of xs) m[key(x)] = (m[key(x)] ?? 0) + 1;
  return m;
};

/**
 * Runs discovery of one kind.
 *
 * @example
 * await runDiscovery(deps, config.profile, { kind: "people", explore: 0.5, limit: 20, minRelevance: 0.2 });
 */
export async function runDiscovery(
  deps: DiscoveryDeps,
  configured: ConfiguredProfile,
  opts: DiscoveryOptions,
): Promise<DiscoveryResult> {
  const ctx = await loadPeopleContext(deps, configured);
  const index = buildSegmentIndex(ctx.contacts.map(segmentsOf));
  const lang = opts.lang ?? "en";
  const base = { asOf: ctx.asOf, lang, explore: opts.explore, minRelevance: opts.minRelevance };
  if (opts.kind === "people") {
    const candidates = await peopleCandidates(deps, ctx);
    const { suggestions, ranking } = discoverPeople({
      ...opts,
      profiles: ctx.profiles,
      index,
      candidates,
    });
    const byKey = new Map(candidates.map((c) => [c.key, c]));
    const added = suggestions.map((s) => byKey.get(s.key));
    return {
      ...base,
      kind: "people",
      pool: countBy(candidates, (c) => c.source),
      suggestions,
      ranking,
      functions: compositionEffect(
        ctx.contacts.map((c) => c.function),
        added.map((c) => c?.function ?? null),
      ),
      industries: compositionEffect(
        ctx.contacts.map((c) => c.industry),
        added.map((c) => c?.industry ?? null),
      ),
    };
  }
  if (opts.kind === "topics")
    return { ...base, kind: "topics", ...(await topics(deps, ctx, opts)) };
  if (opts.kind === "orgs") {
    const candidates = await orgCandidates(deps.candidates, ctx);
    const suggestions = discoverOrgs({
      ...opts,
      lang,
      profiles: ctx.profiles,
      index,
      candidates: candidates.orgs,
    });
    return { ...base, kind: "orgs", pool: candidates.pool, suggestions };
  }
  return { ...base, kind: "sources", ...(await sources(deps, ctx, index, { ...opts, lang })) };
}

/** Direct mentions per concept (each text counted once per concept). */
function mentions(texts: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of texts)
    for (const id of new Set(findConcepts(t).map((m) => m.conceptId)))
      out.set(id, (out.get(id) ?? 0) + 1);
  return out;
}

async function topics(deps: DiscoveryDeps, ctx: PeopleContext, opts: DiscoveryOptions) {
  const reading = await deps.candidates.reading();
  // Distinct texts, counted with their multiplicity: titles repeat a lot across a network.
  const texts = new Map<string, number>();
  for (const c of ctx.contacts) {
    const t = [c.title, c.company, industryText(c.industry)].filter((x) => x !== null).join(" · ");
    texts.set(t, (texts.get(t) ?? 0) + 1);
  }
  const network = new Map<string, number>();
  for (const [t, n] of texts)
    for (const [id] of mentions([t])) network.set(id, (network.get(id) ?? 0) + n);
  const suggestions = discoverTopics({
    ...opts,
    lang: opts.lang ?? "en",
    interests: ctx.profiles.interests.concepts.weights,
    network: { counts: network, total: ctx.contacts.length },
    reading: {
      counts: mentions(reading.articles.map((a) => a.text)),
      total: reading.articles.length,
    },
  });
  return {
    pool: { contacts: ctx.contacts.length, articles: reading.articles.length },
    suggestions,
  };
}

const hostOf = (url: string | null) => {
  if (url === null) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
};

async function sources(
  deps: DiscoveryDeps,
  ctx: PeopleContext,
  index: ReturnType<typeof buildSegmentIndex>,
  opts: DiscoveryOptions & { lang: DiscoveryLang },
) {
  const de = opts.lang === "de";
  const reading = await deps.candidates.reading();
  const subscribedOrgs = new Set(reading.feeds.map((f) => f.orgKey).filter((k) => k !== null));
  const subscribedHosts = new Set(
    reading.feeds.flatMap((f) => [hostOf(f.url), hostOf(f.siteUrl)]).filter((h) => h !== null),
  );
  const people = await peopleCandidates(deps, ctx);
  const orgs = new Map<string, { label: string; titles: string[]; n: number }>();
  for (const p of people) {
    if (p.employerKey === null || subscribedOrgs.has(p.employerKey) || p.company === null) continue;
    const o = orgs.get(p.employerKey) ?? { label: p.company, titles: [], n: 0 };
    o.n++;
    if (p.title !== null && o.titles.length < 10) o.titles.push(p.title);
    orgs.set(p.employerKey, o);
  }
  const hosts = new Map<string, string[]>();
  for (const a of reading.articles) {
    const h = hostOf(a.url);
    if (h === null || subscribedHosts.has(h)) continue;
    const list = hosts.get(h) ?? [];
    if (list.length < 10) list.push(a.text.slice(0, 200));
    hosts.set(h, list);
  }
  const candidates: SourceCandidate[] = [
    ...[...orgs].map(([key, o]) => ({
      key: `org:${key}`,
      kind: "organisation" as const,
      label: o.label,
      employerKey: key,
      text: o.titles.join(". "),
      evidence: de
        ? `${o.n} ${o.n === 1 ? "Kandidat arbeitet" : "Kandidaten arbeiten"} dort`
        : `${o.n} candidate${o.n === 1 ? "" : "s"} work${o.n === 1 ? "s" : ""} there`,
    })),
    ...[...hosts].map(([h, texts]) => ({
      key: `site:${h}`,
      kind: "website" as const,
      label: h,
      employerKey: null,
      text: texts.join(". "),
      evidence: de
        ? `${texts.length} gespeicherte${texts.length === 1 ? "r Artikel kommt" : " Artikel kommen"} von ${h}`
        : `${texts.length} stored article${texts.length === 1 ? "" : "s"} come from ${h}`,
    })),
  ];
  const suggestions = discoverSources({ ...opts, profiles: ctx.profiles, index, candidates });
  return { pool: { organisations: orgs.size, websites: hosts.size }, suggestions };
}
