import type { Kysely } from "kysely";
import * as m001 from "./001_initial.js";
import * as m002 from "./002_feeds.js";
import * as m003 from "./003_people.js";
import * as m004 from "./004_outbox.js";
import * as m005 from "./005_digest.js";
import * as m006 from "./006_candidates.js";

export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<unknown>): Promise<void>;
}

/** Numbered, forward-only. Append; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: "initial", up: m001.up },
  { version: 2, name: "feeds", up: m002.up },
  { version: 3, name: "people", up: m003.up },
  { version: 4, name: "outbox", up: m004.up },
  { version: 5, name: "digest", up: m005.up },
  { version: 6, name: "candidates", up: m006.up },
];
