import type { ContactFacts, HorizonInput } from "../../src/domain/horizon/index.js";
import type { JobFunction, NaceSection, Seniority } from "../../src/domain/taxonomy.js";

/** Builds one contact; `key` null means "employer unknown". */
export function contact(
  key: string | null,
  fn: JobFunction | "unknown",
  seniority: Seniority | "unknown",
  industry: NaceSection | null,
  connectedOn: string,
  label?: string,
): ContactFacts {
  return {
    employerKey: key,
    employerLabel: key === null ? null : (label ?? key.toUpperCase()),
    function: fn,
    seniority,
    industry,
    connectedOn,
  };
}

/**
 * Ten hand-made contacts (the expected figures in horizon-report.test.ts are worked out from
 * this list): employers acme 4, globex 2, initech/umbrella/hooli 1, unknown 1.
 */
export const TEN: HorizonInput = {
  asOf: "2024-06-30",
  ownEmployerKeys: ["acme"],
  contacts: [
    contact("acme", "Engineering", "senior", "J", "2019-03-01", "Acme Corp"),
    contact("acme", "Engineering", "professional", "J", "2019-07-15"),
    contact("acme", "Product Management", "lead", "J", "2020-01-10"),
    contact("acme", "Sales", "director", "J", "2021-05-05"),
    contact("globex", "Marketing", "senior", "M", "2021-09-09"),
    contact("globex", "Engineering", "junior", "M", "2022-02-02"),
    contact("initech", "Finance", "vp", "K", "2023-08-01"),
    contact(null, "unknown", "unknown", null, "2023-11-11"),
    contact("umbrella", "Healthcare", "professional", "Q", "2024-01-20"),
    contact("hooli", "unknown", "senior", null, "2024-05-01"),
  ],
};

const FUNCTIONS: JobFunction[] = [
  "Engineering",
  "Marketing",
  "Sales",
  "Finance",
  "Design",
  "Healthcare",
  "Education",
  "Legal",
];
const SENIORITY: Seniority[] = ["junior", "professional", "senior", "lead", "director"];
const INDUSTRIES: NaceSection[] = ["J", "K", "M", "Q", "P", "C", "G", "H"];

/** `n` contacts, each at its own employer, cycling through functions, levels and industries. */
export function spreadNetwork(n: number, asOf = "2024-06-30"): HorizonInput {
  const contacts = Array.from({ length: n }, (_, i) =>
    contact(
      `org-${i}`,
      FUNCTIONS[i % FUNCTIONS.length] ?? "Engineering",
      SENIORITY[i % SENIORITY.length] ?? "senior",
      INDUSTRIES[i % INDUSTRIES.length] ?? "J",
      `${2015 + (i % 10)}-0${1 + (i % 9)}-15`,
    ),
  );
  return { asOf, ownEmployerKeys: ["org-0"], contacts };
}

/** `n` contacts, all at the user's own employer, same function, level and industry. */
export function oneEmployerNetwork(n: number, asOf = "2024-06-30"): HorizonInput {
  const contacts = Array.from({ length: n }, (_, i) =>
    contact("acme", "Engineering", "senior", "J", `${2015 + (i % 10)}-03-15`),
  );
  return { asOf, ownEmployerKeys: ["acme"], contacts };
}
