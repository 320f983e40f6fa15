/** Synthetic people: names as they appear in the export (with decorations), slugs, e-mails. */
import { chance, int, pick, type Rng } from "./prng.js";
import {
  FANCY_FIRST,
  FIRST_NAME_PREFIXES,
  GERMAN_FIRST_F,
  GERMAN_FIRST_M,
  GERMAN_LAST,
  INTL_FIRST,
  INTL_LAST,
  LAST_NAME_SUFFIXES,
  MAIL_DOMAINS,
  slugPart,
} from "./vocab-people.js";

export interface Person {
  /** As written in the export, decorations included. */
  firstName: string;
  lastName: string;
  /** The plain name, as used in message greetings. */
  callName: string;
  female: boolean;
  lang: "de" | "en";
  slug: string;
  url: string;
  /** Shown in Connections.csv only for the few who allow it (~3.5%). */
  email: string;
}

const HEX = "0123456789abcdef";

function hexId(r: Rng): string {
  let out = "";
  const length = int(r, 6, 9);
  for (let i = 0; i < length; i++) out += HEX[Math.floor(r() * 16)];
  return out;
}

function makeSlug(r: Rng, first: string, last: string): string {
  if (chance(r, 0.01)) {
    // Real slugs can keep non-ASCII letters (EXPORT-FORMATS.md §1.3).
    return `${first.toLowerCase()}-${last.toLowerCase().replaceAll(" ", "-")}-${hexId(r)}`;
  }
  if (chance(r, 0.1)) return `${slugPart(first)}${slugPart(last)}`.replaceAll("-", "");
  return `${slugPart(first)}-${slugPart(last)}-${hexId(r)}`;
}

function decorate(r: Rng, first: string, last: string): [string, string] {
  if (chance(r, 0.005)) return [pick(r, FANCY_FIRST), last];
  if (chance(r, 0.02)) return [pick(r, FIRST_NAME_PREFIXES) + first, last];
  if (chance(r, 0.045)) return [first, last + pick(r, LAST_NAME_SUFFIXES)];
  return [first, last];
}

/**
 * A person drawn from `r`: German with probability `deShare`, otherwise international.
 * `plain` skips decorations and e-mail visibility (used for the owner).
 */
export function makePerson(r: Rng, id: number, deShare: number, plain = false): Person {
  const german = chance(r, deShare);
  const female = chance(r, 0.42);
  const first = german ? pick(r, female ? GERMAN_FIRST_F : GERMAN_FIRST_M) : pick(r, INTL_FIRST);
  const last = german ? pick(r, GERMAN_LAST) : pick(r, INTL_LAST);
  const slug = makeSlug(r, first, last);
  const [firstName, lastName] = plain ? [first, last] : decorate(r, first, last);
  const mail = `${slugPart(first)}.${slugPart(last)}`.replaceAll("-", ".");
  const email = !plain && chance(r, 0.035) ? `${mail}@${pick(r, MAIL_DOMAINS)}` : "";
  return {
    firstName,
    lastName,
    callName: first,
    female: german ? female : chance(r, 0.45),
    lang: german || (id >= 0 && chance(r, 0.1)) ? "de" : "en",
    slug,
    url: `https://www.linkedin.com/in/${slug}`,
    email,
  };
}
