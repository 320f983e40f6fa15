/**
 * Reads /work/shared/data/politics/en-bbc-news.jsonl (BBC News 2004–2005, research use; not in
 * the repo) and skips when it is absent. Each section stands in for one publisher: a focused one
 * (tech) must clear the default relevance floor, general ones must not. Prints the figures that
 * docs/discovery.md quotes.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type OrgArticle, orgArticle, orgScores } from "../../../src/domain/discovery/index.js";
import {
  buildPersonProfiles,
  buildSegmentIndex,
  EMPTY_PROFILE_SOURCES,
} from "../../../src/domain/people/index.js";

const FILE = "/work/shared/data/politics/en-bbc-news.jsonl";

describe.skipIf(!existsSync(FILE))("organisation relevance on the BBC news sections", () => {
  it("keeps the on-topic publisher above the floor and the general ones below", () => {
    const profiles = buildPersonProfiles({
      ...EMPTY_PROFILE_SOURCES,
      interests:
        "Apache Kafka, Datenplattformen, Data Science, Open Data, Machine Learning, Software",
      positions: [
        { title: "Kafka Engineer", description: "Streaming", companyName: "Acme", current: true },
      ],
    });
    const sections = new Map<string, OrgArticle[]>();
    for (const line of readFileSync(FILE, "utf8").split("\n")) {
      if (line === "") continue;
      const a = JSON.parse(line) as { label: string; text: string };
      // About a title and summary's length: what the store keeps of an article for discovery.
      const list = sections.get(a.label) ?? [];
      list.push(orgArticle(a.text.slice(0, 400)));
      sections.set(a.label, list);
    }
    const index = buildSegmentIndex([]);
    const rel = new Map(
      [...sections].map(([key, articles]) => [
        key,
        orgScores({ key, industry: null, articles }, profiles, index).relevance,
      ]),
    );
    console.info(
      [...rel]
        .map(([k, r]) => `${k} ${sections.get(k)?.length} articles: relevance ${r.toFixed(3)}`)
        .join("\n"),
    );
    expect(rel.get("tech")).toBeGreaterThan(0.2);
    for (const k of ["business", "entertainment", "politics", "sport"])
      expect(rel.get(k)).toBeLessThan(0.1);
  });
});
