import { FUNCTION_LABELS_DE as FUNCTIONS_DE } from "../../domain/taxonomy-de.js";
import type { Lang } from "./index.js";

const SENIORITY_DE: Record<string, string> = {
  intern: "Praktikum",
  junior: "Junior",
  professional: "Fachkraft",
  senior: "Senior",
  lead: "Leitung",
  director: "Direktor:in",
  vp: "VP",
  "c-level": "C-Level",
  owner: "Inhaber:in",
};

/** NACE Rev. 2 sections in German (Destatis WZ 2008 short names). */
const NACE_DE: Record<string, string> = {
  A: "Land- und Forstwirtschaft, Fischerei",
  B: "Bergbau",
  C: "Verarbeitendes Gewerbe",
  D: "Energieversorgung",
  E: "Wasserversorgung, Entsorgung",
  F: "Baugewerbe",
  G: "Handel",
  H: "Verkehr und Lagerei",
  I: "Gastgewerbe",
  J: "Information und Kommunikation",
  K: "Finanz- und Versicherungsdienstleistungen",
  L: "Grundstücks- und Wohnungswesen",
  M: "Freiberufliche, wissenschaftliche und technische Dienstleistungen",
  N: "Sonstige wirtschaftliche Dienstleistungen",
  O: "Öffentliche Verwaltung, Verteidigung",
  P: "Erziehung und Unterricht",
  Q: "Gesundheits- und Sozialwesen",
  R: "Kunst, Unterhaltung und Erholung",
  S: "Sonstige Dienstleistungen",
  T: "Private Haushalte",
  U: "Exterritoriale Organisationen",
};

const PARTS_DE: Record<string, string> = {
  employer: "Streuung der Arbeitgeber",
  function: "Streuung der Funktionen",
  seniority: "Streuung der Karrierestufen",
  industry: "Streuung der Branchen",
  ownEmployer: "Jenseits eigener Arbeitgeber",
  reference: "Abstand zum Arbeitsmarkt",
  trend: "Jüngster Trend",
};

const TABLES = {
  function: FUNCTIONS_DE,
  seniority: SENIORITY_DE,
  industry: NACE_DE,
  part: PARTS_DE,
} as const;

export type LabelKind = keyof typeof TABLES | "employer" | "year";

/**
 * The display name of a category in the person's language. Employers and years are names and
 * numbers, the same in every language; unknown keys fall back to the English label.
 *
 * @example
 * categoryLabel("de", "function", "Sales", "Sales") // "Vertrieb"
 */
export function categoryLabel(lang: Lang, kind: LabelKind, key: string, english: string): string {
  if (lang === "en" || kind === "employer" || kind === "year") return english;
  return TABLES[kind][key] ?? english;
}
