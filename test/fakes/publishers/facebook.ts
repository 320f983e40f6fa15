/**
 * A loopback Graph API for a Facebook Page (Pages API "Get Started", Graph API "Handling
 * Errors"): `POST /v23.0/{page-id}/feed` with `message` and `link` and a Page access token,
 * 200 `{ id: "<page>_<post>" }`; errors `{ error: { message, type, code, error_subcode,
 * fbtrace_id } }` with HTTP 400 (190/463 for an expired token, 100 for a bad parameter, 506 for
 * a duplicate status); `GET /v23.0/{page-id}/posts?since=` lists the Page's posts;
 * `GET /v23.0/{page-id}?fields=access_token` with a user token hands out a new Page token.
 */
import { json, type LoopbackServer, startLoopback } from "./server.js";

export interface FakeFacebook extends LoopbackServer {
  posts: Array<{ id: string; message: string; link: string | null; created_time: string }>;
  pageToken: string;
}

function graphError(code: number, message: string, subcode?: number) {
  return {
    error: {
      message,
      type: code === 190 ? "OAuthException" : "GraphMethodException",
      code,
      ...(subcode === undefined ? {} : { error_subcode: subcode }),
      fbtrace_id: "AbCdEf123",
    },
  };
}

export async function startFakeFacebook(options: {
  pageId: string;
  pageToken: string;
  userToken?: string;
}): Promise<FakeFacebook> {
  const posts: FakeFacebook["posts"] = [];
  const st = { pageToken: options.pageToken };
  const base = `/v23.0/${options.pageId}`;
  const server = await startLoopback((req, res) => {
    const url = new URL(req.path, "http://fb");
    const bearer = String(req.headers.authorization ?? "").replace(/^Bearer /, "");
    if (req.method === "GET" && url.pathname === base && options.userToken !== undefined) {
      if (bearer !== options.userToken)
        return json(res, 400, graphError(190, "Error validating access token", 460));
      st.pageToken = `${options.pageToken}-renewed`;
      return json(res, 200, { access_token: st.pageToken, id: options.pageId });
    }
    if (bearer !== st.pageToken) {
      return json(
        res,
        400,
        graphError(190, "Error validating access token: Session has expired.", 463),
      );
    }
    if (req.method === "GET" && url.pathname === `${base}/posts`) {
      const since = Number(url.searchParams.get("since") ?? "0") * 1000;
      const data = posts
        .filter((p) => Date.parse(p.created_time) >= since)
        .reverse()
        .map((p) => ({
          id: p.id,
          message: p.message,
          created_time: p.created_time,
          permalink_url: `https://www.facebook.com/${p.id}`,
        }));
      return json(res, 200, { data });
    }
    if (req.method === "POST" && url.pathname === `${base}/feed`) {
      const form = new URLSearchParams(req.body.toString("utf8"));
      const message = form.get("message") ?? "";
      if (message === "" && !form.has("link")) {
        return json(res, 400, graphError(100, "(#100) Missing message or attachment"));
      }
      if (posts.some((p) => p.message === message)) {
        return json(res, 400, graphError(506, "Duplicate status message"));
      }
      const id = `${options.pageId}_${100 + posts.length}`;
      posts.push({ id, message, link: form.get("link"), created_time: new Date().toISOString() });
      return json(res, 200, { id });
    }
    json(res, 400, graphError(100, "Unsupported request"));
  });
  const extra = {
    posts,
    get pageToken() {
      return st.pageToken;
    },
  };
  return Object.defineProperties(server, Object.getOwnPropertyDescriptors(extra)) as FakeFacebook;
}
