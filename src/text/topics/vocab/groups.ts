import type { ConceptRow } from "../types.js";

/** The top-level groups. Their labels are not surface forms (too generic to match on). */
// biome-ignore format: one concept per line keeps the vocabulary readable
export const GROUPS: readonly ConceptRow[] = [
  ["technology", "", "Technology", "Technologie"],
  ["business", "", "Business and strategy", "Unternehmensführung und Strategie"],
  ["finance", "", "Finance", "Finanzen"],
  ["marketing", "", "Marketing and communication", "Marketing und Kommunikation"],
  ["sales", "", "Sales and customers", "Vertrieb und Kunden"],
  ["people", "", "People and leadership", "Personal und Führung"],
  ["operations", "", "Operations and supply chain", "Betrieb und Lieferkette"],
  ["product-design", "", "Product and design", "Produkt und Design"],
  ["legal", "", "Law and compliance", "Recht und Compliance"],
  ["sustainability", "", "Sustainability and energy", "Nachhaltigkeit und Energie"],
  ["industries", "", "Industries", "Branchen"],
  ["methods", "", "Methods and ways of working", "Methoden und Arbeitsweisen"],
  ["skills", "", "Professional skills", "Berufliche Kompetenzen"],
  ["science", "", "Science and research", "Wissenschaft und Forschung"],
];
