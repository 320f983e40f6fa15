/**
 * A loopback OAuth 2 authorization server (RFC 6749 §4.1 + PKCE RFC 7636 S256), mounted into a
 * network's fake: the authorize endpoint "logs the person in" at once and redirects (302) to the
 * `redirect_uri` with `code` and the same `state`; the token endpoint checks the code, the
 * redirect URI, the PKCE verifier against the stored challenge and the client authentication
 * (HTTP Basic or form fields), answers `{ access_token, refresh_token, expires_in }`, and
 * rotates refresh tokens. Errors follow §5.2: 400 `{ error, error_description }`.
 */
import { createHash } from "node:crypto";
import type { ServerResponse } from "node:http";
import { json, type Received } from "./server.js";

export interface FakeOAuthOptions {
  authorizePath: string;
  tokenPath: string;
  clientId: string;
  /** Null: a public client, which must use PKCE. */
  clientSecret: string | null;
  clientAuth: "basic" | "body";
  expiresIn: number;
  /** Called with every new access token, so the API side accepts it. */
  issue(token: string): void;
}

export interface FakeOAuth {
  handle(req: Received, res: ServerResponse): boolean;
  /** The refresh token currently valid (rotated on every refresh). */
  refreshToken: string;
  authorizeRequests: URLSearchParams[];
}

function clientOk(o: FakeOAuthOptions, req: Received, form: URLSearchParams): boolean {
  if (form.get("client_id") !== o.clientId) return false;
  if (o.clientSecret === null) return true;
  if (o.clientAuth === "body") return form.get("client_secret") === o.clientSecret;
  const basic = Buffer.from(`${o.clientId}:${o.clientSecret}`).toString("base64");
  return req.headers.authorization === `Basic ${basic}`;
}

export function fakeOAuth(o: FakeOAuthOptions, initialRefresh = "refresh-1"): FakeOAuth {
  const codes = new Map<string, { challenge: string | null; redirectUri: string }>();
  let counter = 0;
  const state = { refreshToken: initialRefresh, authorizeRequests: [] as URLSearchParams[] };
  const grant = (res: ServerResponse) => {
    counter += 1;
    const access = `access-${counter}`;
    state.refreshToken = `refresh-${counter + 1}`;
    o.issue(access);
    json(res, 200, {
      token_type: "bearer",
      access_token: access,
      refresh_token: state.refreshToken,
      expires_in: o.expiresIn,
      scope: "granted",
    });
  };
  const error = (res: ServerResponse, code: string, description: string) =>
    json(res, code === "invalid_client" ? 401 : 400, {
      error: code,
      error_description: description,
    });
  return {
    get refreshToken() {
      return state.refreshToken;
    },
    authorizeRequests: state.authorizeRequests,
    handle(req, res) {
      const url = new URL(req.path, "http://fake");
      if (url.pathname === o.authorizePath) {
        const q = url.searchParams;
        state.authorizeRequests.push(q);
        const challenge = q.get("code_challenge");
        if (challenge !== null && q.get("code_challenge_method") !== "S256") {
          res.writeHead(400).end("only S256");
          return true;
        }
        const code = `code-${codes.size + 1}`;
        codes.set(code, { challenge, redirectUri: q.get("redirect_uri") ?? "" });
        const back = new URL(q.get("redirect_uri") ?? "");
        back.searchParams.set("code", code);
        back.searchParams.set("state", q.get("state") ?? "");
        res.writeHead(302, { location: back.toString() }).end();
        return true;
      }
      if (url.pathname !== o.tokenPath || req.method !== "POST") return false;
      const form = new URLSearchParams(req.body.toString("utf8"));
      if (!clientOk(o, req, form)) {
        error(res, "invalid_client", "client authentication failed");
        return true;
      }
      if (form.get("grant_type") === "refresh_token") {
        if (form.get("refresh_token") !== state.refreshToken)
          error(res, "invalid_grant", "Value passed for the token was invalid.");
        else grant(res);
        return true;
      }
      const issued = codes.get(form.get("code") ?? "");
      if (form.get("grant_type") !== "authorization_code" || issued === undefined) {
        error(res, "invalid_grant", "authorization code invalid");
        return true;
      }
      codes.delete(form.get("code") ?? "");
      const verifier = form.get("code_verifier");
      const pkceOk =
        issued.challenge === null
          ? o.clientSecret !== null
          : verifier !== null &&
            createHash("sha256").update(verifier).digest("base64url") === issued.challenge;
      if (!pkceOk || form.get("redirect_uri") !== issued.redirectUri) {
        error(res, "invalid_grant", "code_verifier or redirect_uri does not match");
        return true;
      }
      grant(res);
      return true;
    },
  };
}
