/**
 * German names of the taxonomy (taxonomy.ts): the dashboard and the German discovery reasons
 * show them; unknown keys fall back to the English name.
 */

/** German names of the job functions (the English ones are the taxonomy's own names). */
export const FUNCTION_LABELS_DE: Readonly<Record<string, string>> = {
  Engineering: "Ingenieurwesen & Entwicklung",
  "Information Technology": "IT",
  "Data & Research": "Daten & Forschung",
  "Product Management": "Produktmanagement",
  "Project Management": "Projektmanagement",
  Design: "Design",
  Marketing: "Marketing",
  Sales: "Vertrieb",
  "Business Development": "Geschäftsentwicklung",
  "Customer Support": "Kundenservice",
  Consulting: "Beratung",
  Finance: "Finanzen",
  "Human Resources": "Personal",
  Legal: "Recht",
  Purchasing: "Einkauf",
  Operations: "Betrieb",
  Administrative: "Verwaltung",
  Education: "Bildung",
  Healthcare: "Gesundheit",
  "Media & Communications": "Medien & Kommunikation",
  "Arts & Culture": "Kunst & Kultur",
  "General Management": "Geschäftsführung",
};
