import { beforeAll, describe, expect, it } from "vitest";
import { configSchema } from "../../../src/config/schema.js";
import {
  type ContentSignals,
  evaluateRouting,
  type NetworkPolicy,
} from "../../../src/domain/publishing/routing.js";
import { createTextAnalyzer, type TextAnalyzer } from "../../../src/text/analyze.js";

const rules = configSchema.parse({ dataDir: "/x" }).publishing;
const policies: Record<string, NetworkPolicy> = {
  linkedin: rules.linkedin,
  x: rules.x,
  facebook: rules.facebook,
  mastodon: rules.mastodon,
};

let analyze: TextAnalyzer;
beforeAll(async () => {
  analyze = await createTextAnalyzer();
});

function signals(text: string): ContentSignals {
  const a = analyze(text);
  return {
    political: a.isPolitical,
    politicalReasons: a.politicalReasons.map((r) => r.term),
    private: a.isPrivate,
    privateReasons: a.privateReasons.map((r) => r.term),
    lang: a.lang,
  };
}

function verdicts(text: string) {
  const s = signals(text);
  return Object.fromEntries(
    Object.entries(policies).map(([n, p]) => [n, evaluateRouting(n as never, p, s).status]),
  );
}

describe("routing with the default rules and the real classifiers", () => {
  it.each([
    ["en", "Our team cut Kubernetes costs by 40% with better autoscaling and rightsizing"],
    [
      "de",
      "Wie wir die Kosten unserer Kubernetes-Cluster durch besseres Autoscaling um 40 % gesenkt haben",
    ],
  ])("professional (%s): everywhere but Facebook", (_lang, text) => {
    expect(verdicts(text)).toEqual({
      linkedin: "allowed",
      x: "allowed",
      facebook: "blocked",
      mastodon: "allowed",
    });
  });

  it.each([
    ["en", "Happy birthday to my daughter, we celebrated with the whole family at grandma's"],
    ["de", "Heute feiern wir den Geburtstag meiner Tochter mit der ganzen Familie bei Oma"],
  ])("private (%s): not on LinkedIn", (_lang, text) => {
    const v = verdicts(text);
    expect(v.linkedin).toBe("blocked");
    expect(v.facebook).toBe("allowed");
    expect(v.x).toBe("allowed");
  });

  it.each([
    ["en", "Vote for the Democrats in the midterm election, Republicans must lose the Senate"],
    ["de", "Die SPD verliert die Landtagswahl, die CDU fordert Neuwahlen im Bundestag"],
  ])("political (%s): nowhere, with reasons", (_lang, text) => {
    const s = signals(text);
    expect(s.political).toBe(true);
    for (const [n, p] of Object.entries(policies)) {
      const v = evaluateRouting(n as never, p, s);
      expect(v.status).toBe("blocked");
      expect(v.reasons.join(" ")).toContain("political content");
    }
    expect(evaluateRouting("x", policies.x as NetworkPolicy, s, { force: true }).status).toBe(
      "forced",
    );
  });

  it("a network that allows politics lets it through", () => {
    const s = signals("Die SPD verliert die Landtagswahl");
    expect(
      evaluateRouting("x", { ...(policies.x as NetworkPolicy), politics: true }, s).status,
    ).toBe("allowed");
  });
});
