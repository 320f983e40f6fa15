/** The owner's own files: Profile, Positions, Education, Skills, Languages, Certifications… */
import { monthDay, ownerPositions, type SampleContext, type SampleFile } from "./context.js";
import { row } from "./csv.js";
import { monthDay as birthDay, DAY, monthYear, parseDay, usDateTime } from "./dates.js";
import { TIMELINE_START } from "./model.js";
import { int, rngFor } from "./prng.js";
import { slugPart } from "./vocab-people.js";
import { OWNER_SKILLS } from "./vocab-work.js";

export const ownerEmail = (ctx: SampleContext): string =>
  `${slugPart(ctx.universe.owner.callName)}.${slugPart(ctx.universe.owner.lastName)}@posteo.de`.replaceAll(
    "-",
    ".",
  );

export const ownerBlog = (ctx: SampleContext): string =>
  `https://${slugPart(ctx.universe.owner.callName)}${slugPart(ctx.universe.owner.lastName)}.dev`.replaceAll(
    "-",
    "",
  );

function profile(ctx: SampleContext): SampleFile {
  const o = ctx.universe.owner;
  const r = rngFor(ctx.seed, "profile");
  const current = ownerPositions(ctx)[0]?.employer;
  const company = current?.names[0]?.[0] ?? "";
  const headline = `${current?.title ?? "Consultant"} @ ${company} | Cloud, Data & Software Architecture`;
  const summary = [
    "Ich helfe Teams, Datenplattformen und Cloud-Architekturen pragmatisch aufzubauen.",
    "",
    "Schwerpunkte: Kubernetes, Kafka, AWS, Domain-Driven Design.",
    "Sprecher auf Meetups in Hamburg, Mentor für Quereinsteiger:innen.",
  ].join("\n");
  const cells = [o.firstName, o.lastName, "", "", birthDay(int(r, 1, 12), int(r, 1, 28))];
  cells.push(headline, summary, "IT Services and IT Consulting", "20457");
  cells.push("Hamburg, Hamburg, Deutschland", "", ownerBlog(ctx), "");
  return {
    name: "Profile.csv",
    head: [
      "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers",
    ],
    rows: () => [row(cells)],
  };
}

function positions(ctx: SampleContext): SampleFile {
  return {
    name: "Positions.csv",
    head: ["Company Name,Title,Description,Location,Started On,Finished On"],
    rows: () =>
      ownerPositions(ctx).map(({ employer: e, current }) =>
        row([
          e.names[0]?.[0] ?? "",
          e.title,
          e.description,
          e.location,
          monthYear(monthDay(e.from)),
          current || e.to === undefined ? "" : monthYear(monthDay(e.to)),
        ]),
      ),
  };
}

const EDUCATION = [
  ["Universität Hamburg", "2013", "2016", "", "Master of Science - MS, Informatik", ""],
  ["Universität Hamburg", "2009", "2013", "", "Bachelor of Science - BS, Informatik", "Fachschaft"],
  ["Gymnasium Othmarschen", "2001", "2009", "", "Abitur", "Schülerzeitung, Informatik-AG"],
] as const;

const LANGUAGES = [
  ["Deutsch", "Native or bilingual proficiency"],
  ["Englisch", "Full professional proficiency"],
  ["Französisch", "Elementary proficiency"],
] as const;

/** Name, Url, Authority, Started On (`YYYY-MM`), Finished On, License Number. */
const CERTIFICATIONS = [
  [
    "Certified Kubernetes Administrator (CKA)",
    "https://www.credly.com/badges/4f1c2a7e",
    "The Linux Foundation",
    "2023-10",
    "2026-10",
    "LF-4k2x9q7m1b",
  ],
  [
    "AWS Certified Solutions Architect – Associate",
    "https://www.credly.com/badges/9a8b7c6d",
    "Amazon Web Services (AWS)",
    "2021-03",
    "2024-03",
    "",
  ],
  ["Professional Scrum Master I", "", "Scrum.org", "2018-05", "", ""],
] as const;

function simpleFiles(ctx: SampleContext): SampleFile[] {
  const certs = CERTIFICATIONS.filter((c) => monthDay(c[3]) <= ctx.asOfDay);
  return [
    {
      name: "Education.csv",
      head: ["School Name,Start Date,End Date,Notes,Degree Name,Activities"],
      rows: () => EDUCATION.map((e) => row(e)),
    },
    { name: "Skills.csv", head: ["Name"], rows: () => OWNER_SKILLS.map((s) => row([s])) },
    { name: "Languages.csv", head: ["Name,Proficiency"], rows: () => LANGUAGES.map((l) => row(l)) },
    {
      name: "Certifications.csv",
      head: ["Name,Url,Authority,Started On,Finished On,License Number"],
      rows: () =>
        certs.map(([name, url, authority, from, to, license]) =>
          row([
            name,
            url,
            authority,
            monthYear(monthDay(from)),
            to ? monthYear(monthDay(to)) : "",
            license,
          ]),
        ),
    },
  ];
}

/** Files the importer does not read: they must show up in its "skipped" list. */
function unrelatedFiles(ctx: SampleContext): SampleFile[] {
  const registered = (TIMELINE_START - 400) * DAY + 20 * 3600 + 41 * 60;
  const updated = ((parseDay("2021-06-02") as number) + 0.4) * DAY;
  return [
    {
      name: "Email Addresses.csv",
      head: ["Email Address,Confirmed,Primary,Updated On"],
      rows: () => [row([ownerEmail(ctx), "Yes", "Yes", usDateTime(updated)])],
    },
    {
      name: "Registration.csv",
      head: ["Registered At,Registration Ip,Subscription Types"],
      rows: () => [row([usDateTime(registered), "203.0.113.47", ""])],
    },
  ];
}

export function profileFiles(ctx: SampleContext): SampleFile[] {
  return [profile(ctx), positions(ctx), ...simpleFiles(ctx), ...unrelatedFiles(ctx)];
}
