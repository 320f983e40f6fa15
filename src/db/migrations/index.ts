import type { Kysely } from "kysely";
import * as m001 from "./001_initial.js";
import * as m002 from "./002_feeds.js";

export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<unknown>): Promise<void>;
}

/** Numbered, forward-only. Append; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: "initial", up: m001.up },
  { version: 2, name: "feeds", up: m002.up },
];
