/**
 * Organisation discovery (issue 5 §4): the organisations behind stored articles (the
 * organisation of a feed: a company blog, an institute, a publisher; and organisations named as
 * authors) that publish what matches the interests and that the network does not reach.
 * "These organisations publish on your interests and nobody in your network works there."
 */
import { findConcepts, getConcept, PARENT_SHARE } from "../../text/topics/index.js";
import { canonicalOrganization } from "../orgs/index.js";
import { bridgeValue, type SegmentIndex } from "../people/bridge.js";
import type { PersonProfiles } from "../people/profiles.js";
import { cosine, normed } from "../people/vectors.js";
import { CoverageGain } from "./coverage.js";
import { personNovelty } from "./people.js";
import { rankPool } from "./rank.js";
import { conceptLabel, type DiscoveryLang, fixed } from "./topics.js";

/**
 * Pseudo-articles without concepts added to the count: one matching article is weaker evidence
 * than twelve, so the relevance is scaled by `A / (A + ORG_PRIOR)`.
 */
export const ORG_PRIOR = 2;
/** Interest topics named per organisation in the reason. */
export const ORG_TOPICS = 2;

/** One stored article of an organisation, as concepts. */
export interface OrgArticle {
  /** The article's concept vector (ancestors included) scaled to length 1; empty if none. */
  concepts: ReadonlyMap<string, number>;
  /** Concept ids the article names directly (not their ancestors). */
  mentions: readonly string[];
}

export interface OrgCandidate {
  /** Canonical organisation key. */
  key: string;
  label: string;
  /** NACE section letter, where known (`orgs set-industry`). */
  industry: string | null;
  /** How it stands behind the articles: a feed's organisation, or named as an author. */
  via: ReadonlyArray<"feed" | "author">;
  /** Titles of the feeds its articles came through (a few). */
  feeds: readonly string[];
  articles: readonly OrgArticle[];
}

export interface OrgSuggestion {
  key: string;
  label: string;
  industry: string | null;
  via: ReadonlyArray<"feed" | "author">;
  feeds: readonly string[];
  articles: number;
  /** Interest concepts its articles name, most articles first (labels in the input's language). */
  topics: Array<{ id: string; label: string; articles: number }>;
  /** Current contacts working there. */
  contacts: number;
  relevance: number;
  beyondWork: number;
  bridge: number;
  novelty: number;
  combined: number;
  scoreRank: number;
  forDiversity: boolean;
  reason: string;
}

export interface OrgDiscoveryInput {
  profiles: PersonProfiles;
  /** Segments of the current network (contacts). */
  index: SegmentIndex;
  candidates: readonly OrgCandidate[];
  explore: number;
  limit: number;
  minRelevance: number;
  lang?: DiscoveryLang;
}

/**
 * An article's text as concepts: the vector of `conceptVector` (1 + ln count per concept, shared
 * up the path by PARENT_SHARE) scaled to length 1, and the direct mentions; one matcher pass.
 *
 * @example
 * orgArticle("Open data in cities").mentions; // ["open-data", …]
 */
export function orgArticle(text: string): OrgArticle {
  const counts = new Map<string, number>();
  for (const m of findConcepts(text)) counts.set(m.conceptId, (counts.get(m.conceptId) ?? 0) + 1);
  const vector = new Map<string, number>();
  for (const [id, count] of counts) {
    const path = getConcept(id)?.path ?? [id];
    let share = 1 + Math.log(count);
    for (let i = path.length - 1; i >= 0; i--) {
      const node = path[i] as string;
      vector.set(node, (vector.get(node) ?? 0) + share);
      share *= PARENT_SHARE;
    }
  }
  const { norm } = normed(vector);
  if (norm > 0) for (const [k, x] of vector) vector.set(k, x / norm);
  // Direct mentions for the reason: the ancestors ("Data" above "Open data") would win every count.
  return { concepts: vector, mentions: [...counts.keys()] };
}

/**
 * With `v = Σ_a v_a` (the articles' unit concept vectors, so each article counts once):
 * `relevance = cos(v, interests) · A / (A + ORG_PRIOR)`; `beyondWork = 1 − cos(v, currentWork)`;
 * `bridge` = {@link bridgeValue} of `{ industry, employer: key }` as an outsider;
 * `novelty = 0.5 · beyondWork + 0.5 · bridge` (as for people). A publisher on everything has a
 * wide `v` and so a low cosine; a focused one a high cosine.
 *
 * @example
 * orgScores(org, profiles, index); // { relevance, beyondWork, bridge, novelty }
 */
export function orgScores(
  c: Pick<OrgCandidate, "articles" | "industry" | "key">,
  profiles: PersonProfiles,
  index: SegmentIndex,
): { relevance: number; beyondWork: number; bridge: number; novelty: number } {
  const sum = new Map<string, number>();
  for (const a of c.articles) for (const [k, x] of a.concepts) sum.set(k, (sum.get(k) ?? 0) + x);
  const v = normed(sum);
  const n = c.articles.length;
  const relevance = cosine(v, profiles.interests.concepts) * (n / (n + ORG_PRIOR));
  const beyondWork = 1 - cosine(v, profiles.currentWork.concepts);
  const bridge = bridgeValue(
    index,
    { function: null, industry: c.industry, employer: c.key },
    false,
  ).score;
  return { relevance, beyondWork, bridge, novelty: personNovelty(beyondWork, bridge) };
}

/**
 * Interest concepts its articles name directly, by article count; specific concepts (depth ≥ 3,
 * "Open data") before branches ("Data"), top-level groups never.
 */
function orgTopics(c: OrgCandidate, interests: ReadonlyMap<string, number>) {
  const counts = new Map<string, number>();
  for (const a of c.articles)
    for (const id of a.mentions)
      if (interests.has(id) && (getConcept(id)?.path.length ?? 0) > 1)
        counts.set(id, (counts.get(id) ?? 0) + 1);
  const specific = (id: string) => ((getConcept(id)?.path.length ?? 0) >= 3 ? 1 : 0);
  return [...counts]
    .sort(
      (a, b) =>
        specific(b[0]) - specific(a[0]) ||
        b[1] - a[1] ||
        (interests.get(b[0]) ?? 0) - (interests.get(a[0]) ?? 0) ||
        a[0].localeCompare(b[0]),
    )
    .map(([id, articles]) => ({ id, articles }));
}

/**
 * Ranks the organisations with {@link rankPool} (relevance × novelty × dial), capped per
 * industry and per main topic so the list is not ten publishers of one subject; at a raised dial
 * each pick is also valued by how much it widens the network's industries.
 *
 * @example
 * discoverOrgs({ profiles, index, candidates, explore: 0.5, limit: 10, minRelevance: 0.2 });
 */
export function discoverOrgs(input: OrgDiscoveryInput): OrgSuggestion[] {
  const lang = input.lang ?? "en";
  const interests = input.profiles.interests.concepts.weights;
  const scored = input.candidates.map((c) => ({
    c,
    ...orgScores(c, input.profiles, input.index),
    topics: orgTopics(c, interests),
  }));
  const segments = (i: number) => {
    const o = scored[i];
    const top = o?.topics[0]?.id;
    return [
      o?.c.industry == null ? null : `industry:${o.c.industry}`,
      top === undefined ? null : `topic:${top}`,
    ];
  };
  const ranked = rankPool(
    scored.map((o) => o.relevance),
    scored.map((o) => o.novelty),
    segments,
    {
      ...input,
      coverage: {
        start: () => new CoverageGain([input.index.counts.industry], [1]),
        categoriesOf: (i) => [scored[i]?.c.industry ?? null],
      },
    },
  );
  return ranked.items.map((e) => {
    const o = scored[e.index] as (typeof scored)[number];
    const s = {
      key: o.c.key,
      label: o.c.label,
      industry: o.c.industry,
      via: o.c.via,
      feeds: o.c.feeds,
      articles: o.c.articles.length,
      topics: o.topics.slice(0, ORG_TOPICS).map((t) => ({ ...t, label: conceptLabel(t.id, lang) })),
      contacts: input.index.counts.employer.get(o.c.key) ?? 0,
      relevance: o.relevance,
      beyondWork: o.beyondWork,
      bridge: o.bridge,
      novelty: o.novelty,
      combined: e.combined,
      scoreRank: e.scoreRank,
      forDiversity: e.forDiversity,
    };
    return { ...s, reason: orgReason(s, lang) };
  });
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The reason in words with the numbers behind it, e.g. "Publishes on Open Data (12 of 40
 * articles in your feeds); nobody in your network works there; relevance 0.42, novelty 0.81
 * (beyond your current work 0.90, bridge 0.72). Via feed "Example Blog"."
 */
export function orgReason(s: Omit<OrgSuggestion, "reason">, lang: DiscoveryLang): string {
  const f = (x: number) => fixed(x, lang);
  const [first, ...more] = s.topics;
  const de = lang === "de";
  const others = more.map((t) => ` ${de ? "und" : "and"} ${t.label} (${t.articles})`).join("");
  const feeds = s.feeds.map((t) => (de ? `„${t}“` : `"${t}"`)).join(", ");
  if (de) {
    const what =
      first === undefined
        ? `${plural(s.articles, "Artikel", "Artikel")} in deinen Feeds, keiner nennt deine Interessen direkt`
        : `Veröffentlicht zu ${first.label} (${first.articles} von ${plural(s.articles, "Artikel", "Artikeln")} in deinen Feeds)${others}`;
    const who =
      s.contacts === 0
        ? "niemand aus deinem Netzwerk arbeitet dort"
        : `${plural(s.contacts, "Kontakt arbeitet", "Kontakte arbeiten")} dort`;
    const via = [
      s.via.includes("feed") && feeds !== "" ? `über den Feed ${feeds}` : null,
      s.via.includes("author") ? "als Autor genannt" : null,
    ].filter((x) => x !== null);
    const diverse = s.forDiversity
      ? `; für die Vielfalt gewählt (Rang ${s.scoreRank} nach Punkten)`
      : "";
    return `${what}; ${who}; Relevanz ${f(s.relevance)}, Neuheit ${f(s.novelty)} (jenseits deiner aktuellen Arbeit ${f(s.beyondWork)}, Brückenwert ${f(s.bridge)})${diverse}. ${capital(via.join(", "))}.`;
  }
  const what =
    first === undefined
      ? `${plural(s.articles, "article", "articles")} in your feeds, none names your interests directly`
      : `Publishes on ${first.label} (${first.articles} of ${plural(s.articles, "article", "articles")} in your feeds)${others}`;
  const who =
    s.contacts === 0
      ? "nobody in your network works there"
      : `${plural(s.contacts, "contact works", "contacts work")} there`;
  const via = [
    s.via.includes("feed") && feeds !== "" ? `via feed ${feeds}` : null,
    s.via.includes("author") ? "named as an author" : null,
  ].filter((x) => x !== null);
  const diverse = s.forDiversity ? `; picked for diversity (score rank ${s.scoreRank})` : "";
  return `${what}; ${who}; relevance ${f(s.relevance)}, novelty ${f(s.novelty)} (beyond your current work ${f(s.beyondWork)}, bridge ${f(s.bridge)})${diverse}. ${capital(via.join(", "))}.`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Bylines that name the staff, not an organisation: the feed's own organisation wrote it. */
const STAFF =
  /^(?:the |das |die )?(?:redaktion|editorial(?: team| staff| board)?|editors?|team|staff|admin(?:istrator)?|newsroom|gastautor(?:in)?|guest(?: author)?)$/i;
const STAFF_AFFIX =
  /^(?:(?:die |das )?redaktion(?: von| der| des)?|(?:the )?editorial team(?: of| at)?|team|(?:the )?editors? (?:of|at)) +(.+)$|^(?:the )?(.+?) +(?:redaktion|team|editorial team|editors|newsroom|staff)$/i;
/** Words that mark an organisation's name (institute, foundation, publisher, …). */
const ORG_WORD =
  /\b(?:institut(?:e|s)?|foundation|stiftung|universit(?:y|ät|aet)|hochschule|college|akademie|academy|verein|verband|association|society|gesellschaft|council|ministry|ministerium|bundesamt|landesamt|agency|agentur|labs?|group|gruppe|press|news|media|medien|magazine?|journal|zeitung|verlag|publishing|network|netzwerk|initiative|alliance|allianz|consortium|konsortium|e\. ?v\.|gmbh|ltd|inc|llc|ag)\b/i;

/**
 * The organisation an article's author line names, or null for a person or a staff byline.
 * An author counts as an organisation if it is a known organisation (`known` holds canonical
 * keys), names one around a staff word ("Redaktion heise online" → heise online), has a legal
 * form, or carries an organisation word (Institute, Stiftung, Foundation, Verlag, …).
 *
 * @example
 * authorOrganisation("Open Knowledge Foundation", new Set()); // { key: "open knowledge foundation", … }
 * authorOrganisation("Jana Beispiel", new Set()); // null
 */
export function authorOrganisation(
  author: string,
  known: ReadonlySet<string>,
): { key: string; label: string } | null {
  const name = author.normalize("NFKC").replace(/\s+/g, " ").trim();
  if (name === "" || STAFF.test(name)) return null;
  const affix = STAFF_AFFIX.exec(name);
  const core = affix === null ? name : (affix[1] ?? affix[2] ?? name);
  const c = canonicalOrganization(core);
  if (c === null || c.selfEmployed) return null;
  const org = { key: c.key, label: c.display };
  if (affix !== null || known.has(c.key) || ORG_WORD.test(core)) return org;
  return null;
}
