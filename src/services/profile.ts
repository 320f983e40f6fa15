import { canonicalOrganization } from "../domain/orgs/canonical.js";
import type { ReportReader } from "./ports.js";

/** The person's profile as configured, with gaps filled from the export. */
export interface EffectiveProfile {
  name: string;
  currentEmployers: string[];
  pastEmployers: string[];
  goals: string;
  interests: string;
  /** Where each value came from. */
  sources: { name: "config" | "export" | "none"; employers: "config" | "export" | "none" };
}

export interface ConfiguredProfile {
  name: string;
  currentEmployers: string[];
  pastEmployers: string[];
  goals: string;
  interests: string;
}

/** Config wins; where it is silent, Profile.csv and Positions.csv fill in. */
export async function effectiveProfile(
  configured: ConfiguredProfile,
  reader: ReportReader,
): Promise<EffectiveProfile> {
  const exportName = await reader.profileName();
  const positions = await reader.ownPositions();
  const configHasEmployers =
    configured.currentEmployers.length + configured.pastEmployers.length > 0;
  const unique = (names: string[]) => [...new Set(names)];
  return {
    name: configured.name || exportName || "",
    currentEmployers: configHasEmployers
      ? configured.currentEmployers
      : unique(positions.filter((p) => p.finishedOn === null).map((p) => p.companyName)),
    pastEmployers: configHasEmployers
      ? configured.pastEmployers
      : unique(positions.filter((p) => p.finishedOn !== null).map((p) => p.companyName)),
    goals: configured.goals,
    interests: configured.interests,
    sources: {
      name: configured.name ? "config" : exportName ? "export" : "none",
      employers: configHasEmployers ? "config" : positions.length > 0 ? "export" : "none",
    },
  };
}

/** Canonical organisation keys of every employer, current or past. */
export function ownEmployerKeys(profile: EffectiveProfile): string[] {
  return employerKeys([...profile.currentEmployers, ...profile.pastEmployers]);
}

/**
 * Canonical keys of the current employers only (the digest's own-employer cap, the share audit).
 *
 * @example
 * currentEmployerKeys({ ...profile, currentEmployers: ["ACME GmbH"] }); // ["acme"]
 */
export function currentEmployerKeys(profile: EffectiveProfile): string[] {
  return employerKeys(profile.currentEmployers);
}

function employerKeys(names: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    const org = canonicalOrganization(name);
    if (org !== null && !org.selfEmployed) keys.add(org.key);
  }
  return [...keys];
}
