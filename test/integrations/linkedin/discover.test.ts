import { describe, expect, it } from "vitest";
import {
  canonicalFile,
  fileKey,
  planEntries,
} from "../../../src/integrations/importers/linkedin/discover.js";
import { exportDateOf } from "../../../src/integrations/importers/linkedin/index.js";

describe("file discovery", () => {
  it.each([
    ["Messages.csv", "messages.csv"],
    ["export/Shares_17529409.csv", "Shares.csv"],
    ["Company_Follows.csv", "Company Follows.csv"],
    ["a/b/c/CONNECTIONS.CSV", "Connections.csv"],
    ["Endorsement Received Info.csv", "Endorsement_Received_Info.csv"],
    ["Recommendations_Received_2.csv", "Recommendations_Received.csv"],
  ])("maps %s to %s", (entry, file) => {
    expect(canonicalFile(entry)).toBe(file);
  });

  it.each([
    "coach_messages.csv",
    "guide_messages.csv",
    "Connections.xlsx",
    "Endorsement_Given_Info.csv",
    "Articles/Articles/x.html",
  ])("does not read %s", (entry) => {
    expect(canonicalFile(entry)).toBeNull();
  });

  it("normalises names to a key", () => {
    expect(fileKey("Rich Media.csv")).toBe(fileKey("Rich_Media.csv"));
    expect(fileKey("Shares_17529409.csv")).toBe("shares.csv");
  });

  it("orders reads like LINKEDIN_FILES and skips the rest", () => {
    const plan = planEntries([
      { path: "messages.csv" },
      { path: "Logins.csv" },
      { path: "x/Connections.csv" },
      { path: "Profile.csv" },
    ]);
    expect(plan.reads.map((r) => r.file)).toEqual([
      "Connections.csv",
      "Profile.csv",
      "messages.csv",
    ]);
    expect(plan.skipped).toEqual([
      { entry: { path: "Logins.csv" }, reason: "not used by Tellerrand" },
    ]);
  });

  it("reads the export date from the archive name", () => {
    expect(exportDateOf("/x/Basic_LinkedInDataExport_05-09-2026.zip.zip")).toBe("2026-05-09");
    expect(exportDateOf("Complete_LinkedInDataExport_11-04-2018")).toBe("2018-11-04");
    expect(exportDateOf("Complete_LinkedInDataExport_13-40-2018.zip")).toBeNull();
    expect(exportDateOf("export.zip")).toBeNull();
  });
});
