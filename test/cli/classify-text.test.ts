import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { parseInputLine } from "../../src/cli/classify.js";

describe("tellerrand classify text (stdin → JSON lines)", () => {
  it("answers every line with language, politics, privacy and topics", () => {
    const input = [
      "Die SPD verliert die Landtagswahl in Bayern deutlich",
      JSON.stringify({
        id: "policy",
        text: "Our new travel policy for the consulting team starts Monday",
      }),
      "Happy birthday to my wonderful daughter, 10 years old today!",
      "Wir suchen eine:n Data Engineer mit Erfahrung in Kubernetes und KI",
      "",
    ].join("\n");
    const out = execFileSync(
      process.execPath,
      ["--import", "tsx", "src/cli/main.ts", "classify", "text"],
      {
        input,
        encoding: "utf8",
        env: { ...process.env, TELLERRAND_CONFIG: "/nonexistent/config.toml" },
      },
    );
    const rows = out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => r.id)).toEqual(["1", "policy", "3", "4"]);
    for (const r of rows) {
      expect(Object.keys(r).slice(0, 6)).toEqual([
        "id",
        "lang",
        "political",
        "politicalReasons",
        "private",
        "topics",
      ]);
    }
    const [election, policy, birthday, job] = rows;
    expect(election).toMatchObject({ lang: "de", isPolitical: true });
    expect(election.politicalReasons[0].term).toBe("landtagswahl");
    expect(policy).toMatchObject({ lang: "en", isPolitical: false, isPrivate: false });
    expect(birthday).toMatchObject({ lang: "en", isPolitical: false, isPrivate: true });
    expect(job.lang).toBe("de");
    expect(job.topics.map((t: { id: string }) => t.id)).toEqual(
      expect.arrayContaining(["kubernetes", "artificial-intelligence"]),
    );
  });
});

describe("parseInputLine", () => {
  it("takes JSON lines with text, else the line itself numbered", () => {
    expect(parseInputLine('{"id":7,"text":"Hallo Welt"}', 1)).toEqual({
      id: "7",
      text: "Hallo Welt",
    });
    expect(parseInputLine('{"text":"ohne id"}', 4)).toEqual({ id: "4", text: "ohne id" });
    expect(parseInputLine("{not json at all", 2)).toEqual({ id: "2", text: "{not json at all" });
    expect(parseInputLine("   ", 3)).toBeNull();
  });
});
