import { describe, expect, it } from "vitest";
import { computeHorizonReport } from "../../../src/domain/horizon/index.js";
import {
  adviseInvitations,
  buildPersonProfiles,
  buildSegmentIndex,
  DEFAULT_TRIAGE_THRESHOLDS,
  EMPTY_PROFILE_SOURCES,
  type PendingInvitation,
  segmentsOf,
  TextVectorCache,
  type TriageContact,
  triageContacts,
} from "../../../src/domain/people/index.js";

const profiles = buildPersonProfiles({
  ...EMPTY_PROFILE_SOURCES,
  interests: "Apache Kafka, Datenplattformen, Machine Learning, Kubernetes",
});

let nextId = 1;
function contact(over: Partial<TriageContact>): TriageContact {
  return {
    id: nextId++,
    name: `Person ${nextId}`,
    url: null,
    title: "Steuerberater",
    company: "Kanzlei Nord",
    employerKey: "kanzlei nord",
    function: "Finance",
    industry: null,
    connectedOn: "2018-01-01",
    interaction: {
      messagesIn: 0,
      messagesOut: 0,
      lastMessageAt: null,
      recommendations: 0,
      endorsements: 0,
      lastGestureAt: null,
    },
    ...over,
  };
}

/** A network of 30 engineers at one employer plus the contacts under test. */
function network(extra: TriageContact[]): TriageContact[] {
  const base = Array.from({ length: 30 }, () =>
    contact({
      title: "Backend Developer",
      company: "Acme",
      employerKey: "acme",
      function: "Engineering",
    }),
  );
  return [...base, ...extra];
}

describe("triage", () => {
  it("places contacts in the four categories with counts that add up", () => {
    const door = contact({
      title: "Machine Learning Engineer",
      company: "Nordwind",
      employerKey: "nordwind",
      function: "Data & Research",
    });
    const dormant = contact({
      title: "Kafka Engineer",
      company: "Acme",
      employerKey: "acme",
      function: "Engineering",
    });
    const core = contact({
      title: "Kubernetes Platform Engineer",
      company: "Acme",
      employerKey: "acme",
      function: "Engineering",
      interaction: {
        messagesIn: 5,
        messagesOut: 5,
        lastMessageAt: "2026-10-01T00:00:00Z",
        recommendations: 0,
        endorsements: 0,
        lastGestureAt: null,
      },
    });
    const ballast = contact({});
    const r = triageContacts({
      asOf: "2026-11-20",
      profiles,
      contacts: network([door, dormant, core, ballast]),
      ownEmployerKeys: ["acme"],
    });
    const category = (id: number) => r.entries.find((e) => e.id === id)?.category;
    expect(category(door.id)).toBe("door-opener");
    expect(category(dormant.id)).toBe("dormant");
    expect(category(core.id)).toBe("core");
    expect(category(ballast.id)).toBe("ballast");
    expect(Object.values(r.counts).reduce((a, b) => a + b, 0)).toBe(34);
    expect(r.thresholds).toEqual(DEFAULT_TRIAGE_THRESHOLDS);
    const colleague = r.entries.find((e) => e.id === core.id);
    expect(colleague?.tie.parts.sharedEmployer).toBe(1);
  });

  it("never ranks a more relevant contact lower within its category", () => {
    const titles = [
      "Kafka Engineer",
      "Data Engineer",
      "Software Engineer",
      "Backend Developer",
      "Steuerberater",
      "Kubernetes Engineer",
    ];
    const extra = titles.flatMap((title) =>
      [0, 1].map(() =>
        contact({ title, company: "Acme", employerKey: "acme", function: "Engineering" }),
      ),
    );
    const r = triageContacts({
      asOf: "2026-11-20",
      profiles,
      contacts: network(extra),
      ownEmployerKeys: [],
    });
    for (const cat of ["core", "dormant", "ballast"] as const) {
      const list = r.entries.filter((e) => e.category === cat);
      for (let i = 1; i < list.length; i++) {
        expect(list[i - 1]?.relevance.score).toBeGreaterThanOrEqual(list[i]?.relevance.score ?? 0);
      }
    }
  });

  it("never lowers a contact's relevance or placement when its title gets more relevant", () => {
    const order = { ballast: 0, dormant: 1, core: 1, "door-opener": 2 };
    const plain = contact({
      title: "Buchhalter",
      company: "Nordwind",
      employerKey: "nordwind",
      function: "Finance",
    });
    const better = { ...plain, title: "Kafka und Machine Learning Engineer" };
    const a = triageContacts({
      asOf: "2026-11-20",
      profiles,
      contacts: network([plain]),
      ownEmployerKeys: [],
    });
    const b = triageContacts({
      asOf: "2026-11-20",
      profiles,
      contacts: network([better]),
      ownEmployerKeys: [],
    });
    const ea = a.entries.find((e) => e.id === plain.id);
    const eb = b.entries.find((e) => e.id === plain.id);
    expect(eb?.relevance.score).toBeGreaterThan(ea?.relevance.score ?? 1);
    expect(order[eb?.category ?? "ballast"]).toBeGreaterThanOrEqual(
      order[ea?.category ?? "ballast"],
    );
  });

  it("respects marks", () => {
    const c = contact({ mark: { mark: "reconnect", markedAt: "2026-11-01T00:00:00Z" } });
    const r = triageContacts({
      asOf: "2026-11-20",
      profiles,
      contacts: network([c]),
      ownEmployerKeys: [],
    });
    expect(r.entries.find((e) => e.id === c.id)).toMatchObject({
      category: "dormant",
      computed: "ballast",
      mark: "reconnect",
    });
  });
});

describe("invitation advice", () => {
  const contacts = network([]);
  const horizon = {
    asOf: "2026-11-20",
    contacts: contacts.map((c) => ({
      employerKey: c.employerKey,
      employerLabel: c.company,
      function: "Engineering" as const,
      seniority: "professional" as const,
      industry: null,
      connectedOn: c.connectedOn,
    })),
    ownEmployerKeys: ["acme"],
  };
  const ctx = {
    profiles,
    index: buildSegmentIndex(contacts.map(segmentsOf)),
    horizon,
    thresholds: DEFAULT_TRIAGE_THRESHOLDS,
    cache: new TextVectorCache(),
  };
  const invitation = (over: Partial<PendingInvitation>): PendingInvitation => ({
    name: "Ina Vite",
    url: "https://www.linkedin.com/in/ina",
    sentAt: "2026-11-10T10:00:00Z",
    message: null,
    title: null,
    company: null,
    employerKey: null,
    function: "unknown",
    seniority: "unknown",
    industry: null,
    messages: [],
    ...over,
  });

  it("computes the horizon effect with and without the invitee", () => {
    const inv = invitation({
      title: "Machine Learning Engineer",
      company: "Nordwind",
      employerKey: "nordwind",
      function: "Data & Research",
      seniority: "senior",
    });
    const [a] = adviseInvitations([inv], ctx);
    const before = computeHorizonReport(horizon).horizonScore.value;
    const after = computeHorizonReport({
      ...horizon,
      contacts: [
        ...horizon.contacts,
        {
          employerKey: "nordwind",
          employerLabel: "Nordwind",
          function: "Data & Research",
          seniority: "senior",
          industry: null,
          connectedOn: "2026-11-20",
        },
      ],
    }).horizonScore.value;
    expect(a?.horizon.before).toBeCloseTo(before, 10);
    expect(a?.horizon.after).toBeCloseTo(after, 10);
    expect(a?.horizon.delta).toBeGreaterThan(0);
    expect(a?.advice).toBe("accept");
    expect(a?.reason).toMatch(/^Accept: relevance \d\.\d\d vs threshold 0\.20/);
  });

  it("says consider when nothing but the name is known, and decline when known and irrelevant", () => {
    const [unknown, irrelevant] = adviseInvitations(
      [
        invitation({}),
        invitation({
          title: "Backend Developer",
          company: "Acme",
          employerKey: "acme",
          function: "Engineering",
          seniority: "professional",
          message: "Steuerberatung für Ihre Kanzlei",
        }),
      ],
      ctx,
    );
    expect(unknown).toMatchObject({ advice: "consider", known: false });
    expect(unknown?.reason).toContain("nothing is known about Ina Vite beyond the name");
    expect(irrelevant?.advice).toBe("decline");
    expect(irrelevant?.horizon.delta).toBeLessThanOrEqual(0);
  });
});
