/**
 * A loopback LinkedIn API following the Posts and Images API contracts (Microsoft Learn): the
 * `LinkedIn-Version` and `X-Restli-Protocol-Version: 2.0.0` headers are required (426/400
 * otherwise), `initializeUpload` returns an `uploadUrl` and image URN, `POST /rest/posts` answers
 * 201 with `x-restli-id`; a thumbnail URN must have been uploaded; errors are
 * `{ status, serviceErrorCode, code, message }`; `/oauth/v2/accessToken` refreshes tokens.
 */
import { fakeOAuth } from "./oauth.js";
import { json, type LoopbackServer, startLoopback } from "./server.js";

export interface FakeLinkedIn extends LoopbackServer {
  posts: Array<Record<string, unknown>>;
  images: Map<string, Buffer | null>;
  token: string;
}

export async function startFakeLinkedIn(options: {
  token: string;
  refreshToken?: string;
  /** Mounts the OAuth 2 endpoints (authorization code, optional PKCE) for this client. */
  oauthClient?: { clientId: string; clientSecret: string | null };
}): Promise<FakeLinkedIn> {
  const posts: Array<Record<string, unknown>> = [];
  const images = new Map<string, Buffer | null>();
  const state = { token: options.token };
  const oauth =
    options.oauthClient === undefined
      ? undefined
      : fakeOAuth({
          authorizePath: "/oauth/v2/authorization",
          tokenPath: "/oauth/v2/accessToken",
          ...options.oauthClient,
          clientAuth: "body",
          expiresIn: 5184000,
          issue: (t) => {
            state.token = t;
          },
        });
  let server: LoopbackServer | undefined;
  server = await startLoopback((req, res) => {
    if (oauth?.handle(req, res)) return;
    const url = new URL(req.path, "http://x");
    if (url.pathname === "/v2/userinfo") {
      if (req.headers.authorization !== `Bearer ${state.token}`)
        return json(res, 401, { status: 401, code: "INVALID_ACCESS_TOKEN", message: "Invalid" });
      return json(res, 200, {
        sub: "abc123",
        name: "Me",
        locale: { country: "DE", language: "de" },
      });
    }
    if (url.pathname === "/oauth/v2/accessToken") {
      const form = new URLSearchParams(req.body.toString("utf8"));
      if (
        form.get("grant_type") !== "refresh_token" ||
        form.get("refresh_token") !== options.refreshToken
      ) {
        return json(res, 400, {
          error: "invalid_request",
          error_description: "refresh token invalid",
        });
      }
      state.token = `${options.token}-refreshed`;
      return json(res, 200, { access_token: state.token, expires_in: 5184000 });
    }
    if (url.pathname.startsWith("/upload/")) {
      images.set(`urn:li:image:${url.pathname.slice(8)}`, req.body);
      res.writeHead(201);
      return res.end();
    }
    if (req.headers.authorization === "Bearer expired") {
      return json(res, 401, {
        status: 401,
        serviceErrorCode: 65601,
        code: "EXPIRED_ACCESS_TOKEN",
        message: "The token used in the request has expired",
      });
    }
    if (req.headers.authorization !== `Bearer ${state.token}`) {
      return json(res, 401, {
        status: 401,
        serviceErrorCode: 65600,
        code: "INVALID_ACCESS_TOKEN",
        message: "Invalid access token",
      });
    }
    if (!/^\d{6}$/.test(String(req.headers["linkedin-version"]))) {
      return json(res, 426, {
        status: 426,
        code: "NONEXISTENT_VERSION",
        message: "Requested version  is not active",
      });
    }
    if (req.headers["x-restli-protocol-version"] !== "2.0.0") {
      return json(res, 400, { status: 400, message: "X-Restli-Protocol-Version 2.0.0 required" });
    }
    const body = JSON.parse(req.body.toString("utf8") || "{}");
    if (url.pathname === "/rest/images" && url.searchParams.get("action") === "initializeUpload") {
      const id = `C4D${images.size + 1}`;
      images.set(`urn:li:image:${id}`, null);
      return json(res, 200, {
        value: {
          uploadUrlExpiresAt: Date.now() + 3600_000,
          uploadUrl: `${server?.url}/upload/${id}`,
          image: `urn:li:image:${id}`,
        },
      });
    }
    if (url.pathname === "/rest/posts" && req.method === "POST") {
      const thumb = body.content?.article?.thumbnail;
      if (thumb !== undefined && !images.get(thumb)) {
        return json(res, 422, {
          status: 422,
          code: "UNPROCESSABLE_ENTITY",
          message: `Image ${thumb} is not uploaded`,
        });
      }
      if (String(body.commentary ?? "").length > 3000) {
        return json(res, 422, {
          status: 422,
          code: "UNPROCESSABLE_ENTITY",
          message: "commentary :: length is greater than 3000",
        });
      }
      posts.push(body);
      res.writeHead(201, { "x-restli-id": `urn:li:share:${7000 + posts.length}` });
      return res.end();
    }
    json(res, 404, { status: 404, code: "NOT_FOUND", message: "Not found" });
  });
  // defineProperties (not Object.assign) so the token getter stays live.
  const extra = {
    posts,
    images,
    get token() {
      return state.token;
    },
  };
  return Object.defineProperties(server, Object.getOwnPropertyDescriptors(extra)) as FakeLinkedIn;
}
