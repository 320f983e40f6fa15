import { afterAll, describe, expect, it } from "vitest";
import { cleanTempDirs, NOTES_PREAMBLE, tempDir, writeZip } from "../fixtures/linkedin/builders.js";
import { runCli } from "./run.js";

afterAll(cleanTempDirs);

const shares = `Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility
2026-03-01 10:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A1,"Der Bundestag beschließt das neue Wahlrecht, die Opposition kündigt Klage an",,,MEMBER_NETWORK
2026-03-02 10:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A2,"Our GDPR compliance workshop for the data team was a great success",,,MEMBER_NETWORK
2026-03-03 10:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A3,"Spannender Vortrag über Kubernetes in der Cloud",,,MEMBER_NETWORK`;

describe("tellerrand politics preview", () => {
  it("shows what a block-word would hide among stored shares, changing nothing", async () => {
    const zip = await writeZip(
      {
        "Connections.csv": `${NOTES_PREAMBLE}First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAnna,M,https://www.linkedin.com/in/a,,X GmbH,Engineer,01 Jan 2024`,
        "Shares.csv": shares,
      },
      "Basic_LinkedInDataExport_11-20-2026.zip",
    );
    const dir = await tempDir();
    expect((await runCli(["--data-dir", dir, "import", zip])).code).toBe(0);
    const base = JSON.parse(
      (await runCli(["--data-dir", dir, "politics", "preview", "--json"])).stdout,
    );
    expect(base.judged).toBe(3);
    expect(base.hiddenBefore).toBe(1); // the Bundestag post, at the default `partisan`
    expect(base.hide).toEqual([]);

    const r = await runCli([
      "--data-dir",
      dir,
      "politics",
      "preview",
      "--block",
      "kubernetes",
      "--json",
    ]);
    const preview = JSON.parse(r.stdout);
    expect(preview.hide).toHaveLength(1);
    expect(preview.hide[0]).toMatchObject({ overriddenBy: { kind: "block", word: "kubernetes" } });
    expect(preview.hiddenAfter).toBe(2);

    const keep = JSON.parse(
      (await runCli(["--data-dir", dir, "politics", "preview", "--keep", "*wahl*", "--json"]))
        .stdout,
    );
    expect(keep.unhide).toHaveLength(1);
    expect(keep.unhide[0].overriddenBy).toEqual({ kind: "keep", word: "*wahl*" });
  });
});
