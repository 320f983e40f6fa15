/**
 * A loopback Mastodon that follows the documented contract (docs.joinmastodon.org: statuses,
 * instance, rate limits): Bearer auth, form bodies, `Idempotency-Key` (a repeat returns the
 * original status), 422 `{ error }` over the instance's `max_characters`, 401 on a bad token.
 */
import { json, type LoopbackServer, startLoopback } from "./server.js";

export interface FakeMastodon extends LoopbackServer {
  statuses: Array<{ id: string; status: string; language: string | null; key: string | null }>;
}

export async function startFakeMastodon(options: {
  token: string;
  maxCharacters?: number;
}): Promise<FakeMastodon> {
  const statuses: FakeMastodon["statuses"] = [];
  const byKey = new Map<string, FakeMastodon["statuses"][number]>();
  const max = options.maxCharacters ?? 500;
  let server: LoopbackServer | undefined;
  server = await startLoopback((req, res) => {
    if (req.method === "GET" && req.path === "/api/v2/instance") {
      return json(res, 200, {
        domain: "fake.example",
        configuration: { statuses: { max_characters: max, characters_reserved_per_url: 23 } },
      });
    }
    if (req.method === "GET" && req.path === "/api/v1/accounts/verify_credentials") {
      if (req.headers.authorization !== `Bearer ${options.token}`) {
        return json(res, 401, { error: "The access token is invalid" });
      }
      return json(res, 200, { id: "1", username: "me", acct: "me", url: `${server?.url}/@me` });
    }
    if (req.method === "POST" && req.path === "/api/v1/statuses") {
      if (req.headers.authorization !== `Bearer ${options.token}`) {
        return json(res, 401, { error: "The access token is invalid" });
      }
      const form = new URLSearchParams(req.body.toString("utf8"));
      const key = (req.headers["idempotency-key"] as string | undefined) ?? null;
      const known = key === null ? undefined : byKey.get(key);
      const url = `${server?.url}/@me/`;
      if (known !== undefined)
        return json(res, 200, { id: known.id, url: url + known.id, content: known.status });
      const status = form.get("status") ?? "";
      if ([...new Intl.Segmenter().segment(status)].length > max) {
        return json(res, 422, {
          error: `Validation failed: Text character limit of ${max} exceeded`,
        });
      }
      const s = { id: String(100 + statuses.length), status, language: form.get("language"), key };
      statuses.push(s);
      if (key !== null) byKey.set(key, s);
      return json(
        res,
        200,
        { id: s.id, url: url + s.id, content: status, language: s.language },
        {
          "x-ratelimit-limit": "300",
          "x-ratelimit-remaining": String(300 - statuses.length),
          "x-ratelimit-reset": new Date(Date.now() + 3 * 3600_000).toISOString(),
        },
      );
    }
    json(res, 404, { error: "Record not found" });
  });
  return Object.assign(server, { statuses });
}
