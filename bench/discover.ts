/**
 * Discovery benchmark (not a test): 1,000,000 generated people candidates against a network of
 * 30,000 (segment counts) and an interests profile, ranked to a diversified top 50
 * (`discoverPeople`: relevance and bridge per distinct title/company/segment, combined score,
 * top-K prefilter per grid dial ≤ 0.5, capped greedy pick on K). Wall and CPU time (the machine is shared), and peak RSS.
 *
 * Run: npx tsx bench/discover.ts [--candidates N --limit K --runs R]
 * Target (issue 5 §5): 1,000,000 candidates to a diversified top 50 ≤ 2 s.
 */
import { parseArgs } from "node:util";
import { discoverPeople, type PersonCandidate } from "../src/domain/discovery/index.js";
import {
  buildPersonProfiles,
  buildSegmentIndex,
  EMPTY_PROFILE_SOURCES,
} from "../src/domain/people/index.js";
import { JOB_FUNCTIONS } from "../src/domain/taxonomy.js";

const { values } = parseArgs({
  options: {
    candidates: { type: "string", default: "1000000" },
    limit: { type: "string", default: "50" },
    runs: { type: "string", default: "3" },
  },
});

const TITLES = [
  "Data Engineer",
  "Stadtplanerin",
  "Product Manager",
  "Sustainability Manager",
  "Kafka Engineer",
  "Head of Legal",
  "UX Researcher",
  "Controller",
  "Sales Director",
  "Open Data Lead",
  "Datenschutzbeauftragter",
  "Research Scientist",
  "Recruiter",
  "Supply Chain Manager",
  "Energy Consultant",
  "Journalist",
  "Lehrerin",
  "Softwareentwicklerin",
  "Cloud Architect",
  "CFO",
];
let seed = 42;
const rnd = () => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 4294967296;
};
const n = Number(values.candidates);
const companies = Array.from({ length: 5000 }, (_, i) => `Company ${i}`);
const t0 = performance.now();
const candidates: PersonCandidate[] = Array.from({ length: n }, (_, i) => {
  const t = Math.floor(rnd() * TITLES.length);
  const c = Math.floor(rnd() * companies.length);
  return {
    key: `gen:${i}`,
    source: "imported",
    name: `Candidate ${i}`,
    title: TITLES[t] as string,
    company: companies[c] as string,
    url: null,
    note: null,
    employerKey: `company ${c}`,
    function: JOB_FUNCTIONS[t % JOB_FUNCTIONS.length] as string,
    industry: null,
    via: "generated",
  };
});
const network = Array.from({ length: 30000 }, () => ({
  function: JOB_FUNCTIONS[Math.floor(rnd() * 6)] as string,
  industry: null,
  employer: `company ${Math.floor(rnd() * 2000)}`,
}));
const profiles = buildPersonProfiles({
  ...EMPTY_PROFILE_SOURCES,
  interests: "Open Data, Stadtentwicklung, Nachhaltigkeit, Datenplattformen",
  positions: [{ title: "Data Engineer", description: null, companyName: "Acme", current: true }],
});
const index = buildSegmentIndex(network);
console.log(`generated ${n} candidates in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const wall: number[] = [];
const cpu: number[] = [];
for (let r = 0; r < Number(values.runs); r++) {
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  const { suggestions: top, ranking } = discoverPeople({
    profiles,
    index,
    candidates,
    explore: 0.5,
    limit: Number(values.limit),
    minRelevance: 0.1,
  });
  wall.push((performance.now() - w0) / 1000);
  const u = process.cpuUsage(c0);
  cpu.push((u.user + u.system) / 1e6);
  if (r === 0)
    console.log(
      `top ${top.length}: ${new Set(top.map((s) => s.function)).size} functions (cap ${ranking.cap} per segment at list dial ${ranking.listDial}; ${top.filter((s) => s.forDiversity).length} picked for diversity), first "${top[0]?.title}"`,
    );
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
console.log(
  `discovery of ${n} → top ${values.limit}: runs wall ${wall.map((x) => x.toFixed(2)).join(", ")} s; CPU ${cpu.map((x) => x.toFixed(2)).join(", ")} s; median wall ${med(wall).toFixed(2)} s, CPU ${med(cpu).toFixed(2)} s (target ≤ 2 s)`,
);
console.log(
  `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB (includes the 1,000,000 generated candidate objects)`,
);
