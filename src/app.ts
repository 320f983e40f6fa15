import { join } from "node:path";
import type { Config } from "./config/schema.js";
import { SqlLinkedInStore } from "./db/linkedin-store.js";
import { type Db, openDatabase } from "./db/open.js";
import { SqlOrgStore } from "./db/org-store.js";
import { SqlReportStore } from "./db/report-store.js";

/** Everything a command needs, wired once. */
export interface App {
  config: Config;
  dbFile: string;
  db: Db;
  linkedin: SqlLinkedInStore;
  reports: SqlReportStore;
  orgs: SqlOrgStore;
  close(): Promise<void>;
}

/** The database file inside a data folder. */
export function databaseFile(dataDir: string): string {
  return join(dataDir, "tellerrand.db");
}

export async function createApp(
  config: Config,
  dbFile = databaseFile(config.dataDir),
): Promise<App> {
  const db = await openDatabase(dbFile);
  return {
    config,
    dbFile,
    db,
    linkedin: new SqlLinkedInStore(db),
    reports: new SqlReportStore(db),
    orgs: new SqlOrgStore(db),
    close: () => db.destroy(),
  };
}
