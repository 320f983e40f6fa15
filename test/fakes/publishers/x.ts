/**
 * A loopback X API v2 following docs.x.com: `POST /2/tweets` (Bearer user token, JSON
 * `{ text }`, 201 `{ data: { id, text } }`), problem bodies `{ title, detail, type, status }`,
 * `x-rate-limit-*` headers on every reply, 401 for an expired token, 403 "duplicate content" for
 * a text already posted, `GET /2/users/me`, `GET /2/users/:id/tweets` (newest first, from
 * `start_time`, links shown as t.co with `entities.urls[].expanded_url`, `&<>` HTML-escaped),
 * and the OAuth 2 endpoints (`/i/oauth2/authorize`, `/2/oauth2/token`, HTTP Basic client auth).
 */
import twitter from "twitter-text";
import { fakeOAuth } from "./oauth.js";
import { json, type LoopbackServer, startLoopback } from "./server.js";

export interface FakeTweet {
  id: string;
  text: string;
  created_at: string;
  entities?: { urls: Array<{ start: number; end: number; url: string; expanded_url: string }> };
}

export interface FakeX extends LoopbackServer {
  tweets: FakeTweet[];
  /** The text as sent, per tweet id. */
  sent: Map<string, string>;
  token: string;
  refreshToken: string;
  /** Free access tier: timelines cannot be read. */
  timelineForbidden: boolean;
  authorizeUrl: string;
}

const USER = { id: "2244994945", name: "Me", username: "me_dev" };

function problem(status: number, title: string, detail: string) {
  return { title, detail, type: "about:blank", status };
}

function stored(text: string, id: string): FakeTweet {
  const urls = twitter.extractUrlsWithIndices(text);
  let out = "";
  let at = 0;
  const entities: NonNullable<FakeTweet["entities"]>["urls"] = [];
  for (const [i, u] of urls.entries()) {
    out += text.slice(at, u.indices[0]);
    const short = `https://t.co/fake${id.slice(-4)}${i}`;
    entities.push({
      start: out.length,
      end: out.length + short.length,
      url: short,
      expanded_url: u.url.startsWith("http") ? u.url : `http://${u.url}`,
    });
    out += short;
    at = u.indices[1];
  }
  out += text.slice(at);
  const escaped = out.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return {
    id,
    text: escaped,
    created_at: new Date().toISOString(),
    ...(entities.length > 0 ? { entities: { urls: entities } } : {}),
  };
}

export async function startFakeX(options: {
  token: string;
  clientId?: string;
  clientSecret?: string | null;
}): Promise<FakeX> {
  const tweets: FakeTweet[] = [];
  const sent = new Map<string, string>();
  const st = { token: options.token, timelineForbidden: false };
  const oauth = fakeOAuth({
    authorizePath: "/i/oauth2/authorize",
    tokenPath: "/2/oauth2/token",
    clientId: options.clientId ?? "x-client",
    clientSecret: options.clientSecret ?? null,
    clientAuth: "basic",
    expiresIn: 7200,
    issue: (t) => {
      st.token = t;
    },
  });
  const rate = {
    "x-rate-limit-limit": "100",
    "x-rate-limit-remaining": "99",
    "x-rate-limit-reset": String(Math.floor(Date.now() / 1000) + 900),
  };
  const server = await startLoopback((req, res) => {
    if (oauth.handle(req, res)) return;
    const url = new URL(req.path, "http://x");
    if (req.headers.authorization !== `Bearer ${st.token}`) {
      return json(res, 401, problem(401, "Unauthorized", "Unauthorized"), rate);
    }
    if (req.method === "GET" && url.pathname === "/2/users/me")
      return json(res, 200, { data: USER }, rate);
    const timeline = url.pathname.match(/^\/2\/users\/(\w+)\/tweets$/);
    if (req.method === "GET" && timeline !== null) {
      if (st.timelineForbidden) {
        return json(
          res,
          403,
          {
            ...problem(
              403,
              "Client Forbidden",
              "This request must be made using an approved developer account that is enrolled in the requested endpoint.",
            ),
            reason: "client-not-enrolled",
          },
          rate,
        );
      }
      if (timeline[1] !== USER.id)
        return json(res, 404, problem(404, "Not Found Error", "Could not find user"), rate);
      const since = Date.parse(url.searchParams.get("start_time") ?? "1970-01-01T00:00:00Z");
      const withEntities = (url.searchParams.get("tweet.fields") ?? "").includes("entities");
      const data = tweets
        .filter((t) => Date.parse(t.created_at) >= since)
        .reverse()
        .map(({ entities, ...t }) => (withEntities && entities ? { ...t, entities } : t));
      return json(res, 200, { data, meta: { result_count: data.length } }, rate);
    }
    if (req.method === "POST" && url.pathname === "/2/tweets") {
      const body = JSON.parse(req.body.toString("utf8") || "{}") as { text?: string };
      const text = body.text ?? "";
      if (twitter.parseTweet(text).weightedLength > 280 || text === "") {
        return json(
          res,
          400,
          {
            ...problem(
              400,
              "Invalid Request",
              "One or more parameters to your request was invalid.",
            ),
            errors: [{ message: "text: length must be between 1 and 280" }],
          },
          rate,
        );
      }
      if ([...sent.values()].includes(text)) {
        return json(
          res,
          403,
          problem(
            403,
            "Forbidden",
            "You are not allowed to create a Tweet with duplicate content.",
          ),
          rate,
        );
      }
      const id = String(1_800_000_000_000_000_000n + BigInt(tweets.length + 1));
      const t = stored(text, id);
      tweets.push(t);
      sent.set(id, text);
      return json(res, 201, { data: { id, text: t.text } }, rate);
    }
    json(res, 404, problem(404, "Not Found", "no such endpoint"), rate);
  });
  // defineProperties (not Object.assign) so the getters stay live.
  const extra = {
    tweets,
    sent,
    authorizeUrl: `${server.url}/i/oauth2/authorize`,
    get token() {
      return st.token;
    },
    set token(v: string) {
      st.token = v;
    },
    get refreshToken() {
      return oauth.refreshToken;
    },
    get timelineForbidden() {
      return st.timelineForbidden;
    },
    set timelineForbidden(v: boolean) {
      st.timelineForbidden = v;
    },
  };
  return Object.defineProperties(server, Object.getOwnPropertyDescriptors(extra)) as FakeX;
}
