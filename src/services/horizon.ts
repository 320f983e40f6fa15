import { TellerrandError } from "../domain/errors.js";
import {
  type ContactFacts,
  computeHorizonReport,
  type HorizonReport,
} from "../domain/horizon/index.js";
import { asJobFunction, asSeniority, isNaceSection } from "../domain/taxonomy.js";
import type { ReportReader } from "./ports.js";
import { type ConfiguredProfile, effectiveProfile, ownEmployerKeys } from "./profile.js";

/**
 * Builds the horizon report over the current connections of the newest snapshot.
 * Throws `not-found` when nothing has been imported yet.
 */
export async function buildHorizonReport(
  reader: ReportReader,
  configured: ConfiguredProfile,
): Promise<HorizonReport> {
  const snapshots = await reader.snapshots();
  const latest = snapshots.at(-1);
  if (latest === undefined) {
    throw new TellerrandError(
      "not-found",
      "nothing imported yet: run `tellerrand import <your LinkedIn export .zip>` first",
    );
  }
  const profile = await effectiveProfile(configured, reader);
  const rows = await reader.currentContactFacts();
  const contacts: ContactFacts[] = rows.map((r) => ({
    employerKey: r.orgKey,
    employerLabel: r.orgName ?? r.company,
    function: asJobFunction(r.jobFunction),
    seniority: asSeniority(r.seniority),
    industry: r.industry !== null && isNaceSection(r.industry) ? r.industry : null,
    connectedOn: r.connectedOn,
  }));
  return computeHorizonReport({
    asOf: latest.asOf,
    contacts,
    ownEmployerKeys: ownEmployerKeys(profile),
  });
}
