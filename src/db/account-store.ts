import type { Kysely, Selectable } from "kysely";
import type { NetworkId } from "../domain/publishing/networks.js";
import type { AccountRecord, AccountRepository } from "../services/publishing/ports.js";
import type { Database } from "./tables.js";

type AccountRow = Selectable<Database["publishing_accounts"]>;

function toAccount(r: AccountRow): AccountRecord {
  return {
    id: r.id,
    network: r.network as NetworkId,
    handle: r.handle,
    serviceUrl: r.service_url,
    expiresAt: r.expires_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Connected accounts; secrets arrive here already encrypted and leave encrypted. */
export class SqlAccountStore implements AccountRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async upsert(
    a: { network: NetworkId; handle: string; serviceUrl: string | null; expiresAt: string | null },
    secretsCipher: string,
    now: string,
  ): Promise<AccountRecord> {
    const row = await this.db
      .insertInto("publishing_accounts")
      .values({
        network: a.network,
        handle: a.handle,
        service_url: a.serviceUrl,
        secrets: secretsCipher,
        expires_at: a.expiresAt,
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) =>
        oc.columns(["network", "handle"]).doUpdateSet({
          service_url: a.serviceUrl,
          secrets: secretsCipher,
          expires_at: a.expiresAt,
          updated_at: now,
        }),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
    return toAccount(row);
  }

  async list(): Promise<AccountRecord[]> {
    const rows = await this.db
      .selectFrom("publishing_accounts")
      .selectAll()
      .orderBy("id")
      .execute();
    return rows.map(toAccount);
  }

  async get(id: number): Promise<AccountRecord | undefined> {
    const r = await this.db
      .selectFrom("publishing_accounts")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
    return r === undefined ? undefined : toAccount(r);
  }

  async forNetwork(network: NetworkId): Promise<AccountRecord | undefined> {
    const r = await this.db
      .selectFrom("publishing_accounts")
      .selectAll()
      .where("network", "=", network)
      .orderBy("updated_at", "desc")
      .orderBy("id", "desc")
      .executeTakeFirst();
    return r === undefined ? undefined : toAccount(r);
  }

  async secrets(id: number): Promise<string> {
    const r = await this.db
      .selectFrom("publishing_accounts")
      .select("secrets")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    return r.secrets;
  }

  async updateSecrets(
    id: number,
    cipher: string,
    expiresAt: string | null,
    now: string,
  ): Promise<void> {
    await this.db
      .updateTable("publishing_accounts")
      .set({ secrets: cipher, expires_at: expiresAt, updated_at: now })
      .where("id", "=", id)
      .execute();
  }

  async remove(id: number): Promise<boolean> {
    const r = await this.db
      .deleteFrom("publishing_accounts")
      .where("id", "=", id)
      .executeTakeFirst();
    return Number(r.numDeletedRows) === 1;
  }
}
