/**
 * The generated candidate pool of `npm run eval:discover` and the exact ceilings it is judged
 * against. Two kinds of pool:
 * - `events` (default): attendee lists, the use the issue names for `candidates import`. Half
 *   the people carry their network's titles and companies, half roles across 22 functions; 60%
 *   carry a note naming the event they attended (and the session), from relevant and unrelated
 *   events in equal parts. Whether someone relates to the interests then depends on where they
 *   were met, not only on their job title, as with a real attendee list.
 * - `titles`: the same people without notes (relevance from title, company and industry only).
 * Deterministic (seeded). Companies get a NACE section by keyword rules, else a seeded hash
 * (synthetic, stated in the output).
 */
import type { PersonCandidate } from "../../src/domain/discovery/index.js";
import { canonicalOrganization } from "../../src/domain/orgs/index.js";
import type { NACE_SECTIONS } from "../../src/domain/taxonomy.js";
import { classifyTitle } from "../../src/domain/titles/index.js";
import { mulberry32 as prng } from "../../src/integrations/importers/linkedin/sample/prng.js";

export const ROLES = [
  "Urban Planner",
  "Stadtplanerin",
  "Smart City Manager",
  "Sustainability Manager",
  "Nachhaltigkeitsmanagerin",
  "ESG Analyst",
  "Energy Consultant",
  "Open Data Lead",
  "Data Steward",
  "Head of Legal",
  "Datenschutzbeauftragter",
  "Compliance Officer",
  "UX Researcher",
  "Product Designer",
  "Produktmanagerin",
  "Product Owner",
  "Policy Advisor",
  "Referentin Digitalisierung",
  "Research Scientist",
  "Wissenschaftliche Mitarbeiterin",
  "Journalist",
  "Redakteurin",
  "Community Manager",
  "Head of Communications",
  "Supply Chain Manager",
  "Logistikleiter",
  "Procurement Lead",
  "Einkäuferin",
  "HR Business Partner",
  "Personalreferentin",
  "Recruiter",
  "Learning & Development Lead",
  "Controller",
  "Finanzbuchhalterin",
  "Investment Manager",
  "Venture Capital Associate",
  "Teacher",
  "Lehrerin",
  "Physician",
  "Ärztin",
  "Architect",
  "Bauingenieurin",
  "Sales Director",
  "Key Account Managerin",
  "Customer Success Manager",
  "Marketing Lead",
];
const COMPANIES = [
  "Stadtwerke Nord",
  "Urban Lab e.V.",
  "GreenGrid GmbH",
  "Open Knowledge Foundation",
  "Fraunhofer FOKUS",
  "Kanzlei Recht & Partner",
  "Designwerk",
  "Bundesamt für Statistik",
  "Climate Ventures",
  "Uniklinik Süd",
  "Logistik Plus AG",
  "Zeitung am Morgen",
];

const pick = <T>(xs: readonly T[], r: () => number): T => xs[Math.floor(r() * xs.length)] as T;

const INDUSTRY_RULES: Array<[RegExp, keyof typeof NACE_SECTIONS]> = [
  [/stadtwerk|energ|grid|solar|wind/i, "D"],
  [/bank|invest|venture|capital|versicher|insur|financ/i, "K"],
  [/klinik|hospital|health|pharma|medi/i, "Q"],
  [/universit|hochschule|school|schule|fraunhofer|institut|academy/i, "P"],
  [/stadt |city|bundesamt|ministerium|amt\b|verwaltung|behörde/i, "O"],
  [/kanzlei|recht|law|consult|beratung|partner/i, "M"],
  [/logistik|logistics|transport|bahn|spedition/i, "H"],
  [/zeitung|verlag|media|news|radio|tv/i, "J"],
  [/software|cloud|data|tech|digital|it\b|labs?\b/i, "J"],
  [/bau|immobil|architekt/i, "F"],
  [/handel|retail|shop|store/i, "G"],
  [/e\.v\.|foundation|stiftung|verein/i, "S"],
];
const HASHED: Array<keyof typeof NACE_SECTIONS> = [
  "C",
  "G",
  "J",
  "M",
  "N",
  "C",
  "J",
  "K",
  "Q",
  "P",
];
/** A NACE section for an organisation name: keyword rules, else a stable hash (synthetic). */
export function industryFor(name: string): keyof typeof NACE_SECTIONS {
  for (const [re, section] of INDUSTRY_RULES) if (re.test(name)) return section;
  let h = 7;
  for (const ch of name) h = (Math.imul(h, 31) + (ch.codePointAt(0) ?? 0)) >>> 0;
  return HASHED[h % HASHED.length] as keyof typeof NACE_SECTIONS;
}

/** Events an attendee list may come from: related to the default interests, and not. */
export const EVENTS = {
  related: [
    "Attendee, Open Data Day Berlin 2026",
    "Speaker at Smart City Expo: data platforms for municipalities",
    "Teilnehmerin, Fachkonferenz nachhaltige Stadtentwicklung",
    "Met at the Civic Tech & Open Data meetup",
    "Teilnehmer, Forum Datenplattformen in der Verwaltung",
  ],
  unrelated: [
    "Attendee, Sales Kickoff Europe 2026",
    "Teilnehmer, HR Tech Forum",
    "Met at MEDICA Düsseldorf",
    "Teilnehmerin, Logistik-Tag Hamburg",
    "Attendee, FinTech Week London",
  ],
} as const;

export interface PoolContact {
  title: string | null;
  company: string | null;
  industry: string | null;
}

export interface PoolOptions {
  size: number;
  seed: number;
  kind: "events" | "titles";
}

/**
 * Generates the candidate pool for a network (its titles and companies are reused).
 *
 * @example
 * generatePool(contacts, { size: 5000, seed: 1, kind: "events" }).length; // 5000
 */
export function generatePool(
  contacts: readonly PoolContact[],
  opts: PoolOptions,
): PersonCandidate[] {
  const rnd = prng(opts.seed);
  const titles = contacts.map((c) => c.title).filter((t): t is string => t !== null);
  const companies = contacts
    .filter((c) => c.company !== null)
    .map((c) => ({ name: c.company as string, industry: c.industry }));
  return Array.from({ length: opts.size }, (_, i) => {
    const title = rnd() < 0.5 ? pick(titles, rnd) : pick(ROLES, rnd);
    const company =
      rnd() < 0.5
        ? pick(companies, rnd)
        : (({ name }) => ({ name, industry: industryFor(name) as string | null }))({
            name: pick(COMPANIES, rnd),
          });
    // Drawn in both kinds, so the two pools hold the same people.
    const noted = rnd() < 0.6;
    const event = pick(rnd() < 0.5 ? EVENTS.related : EVENTS.unrelated, rnd);
    return {
      key: `gen:${i}`,
      source: "imported",
      name: `Candidate ${i}`,
      title,
      company: company.name,
      url: null,
      note: opts.kind === "events" && noted ? event : null,
      employerKey: canonicalOrganization(company.name)?.key ?? null,
      function: classifyTitle(title).function,
      industry: company.industry,
      via: "generated pool",
    };
  });
}
