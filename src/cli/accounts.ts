import type { Command } from "commander";
import type { App } from "../app.js";
import { TellerrandError } from "../domain/errors.js";
import { isNetwork, NETWORK_SPECS, type NetworkId } from "../domain/publishing/networks.js";
import type { AccountView } from "../services/publishing/accounts.js";
import { withPublishing } from "./compose.js";
import { printJson, VERSION, withApp } from "./context.js";

interface ConnectOpts {
  handle?: string;
  tokenStdin?: boolean;
  port?: string;
  instance?: string;
  service?: string;
  token?: string;
  appPassword?: string;
  refreshToken?: string;
  clientId?: string;
  clientSecret?: string;
  expiresAt?: string;
  json?: boolean;
}

function line(a: AccountView): string {
  const secrets = Object.entries(a.secrets)
    .map(([k, v]) => `${k}=${v}`)
    .join(" ");
  const warn = a.warning === null ? "" : `  ! ${a.warning}`;
  return `#${a.id}  ${a.network.padEnd(8)} ${a.handle}  ${a.serviceUrl ?? ""}  ${secrets}${warn}\n`;
}

export function registerAccounts(program: Command): void {
  const accounts = program
    .command("accounts")
    .description("connect the accounts drafts are published to (tokens encrypted)");
  accounts
    .command("connect")
    .description(
      "connect an account: LinkedIn and X by OAuth (prints a login URL, waits on a loopback port), Mastodon by instance + token, Bluesky by handle + app password, a Facebook Page by page id + Page token",
    )
    .argument("<network>", Object.keys(NETWORK_SPECS).join("|"))
    .option(
      "--handle <handle>",
      "your handle for token logins (Bluesky: required; Facebook: page id; Mastodon, X, LinkedIn: asked from the network when left out)",
    )
    .option("--instance <url>", "Mastodon instance URL")
    .option("--service <url>", "API base URL (Bluesky PDS; default the network's own)")
    .option(
      "--token-stdin",
      "read the access token from stdin (or set TELLERRAND_PUBLISHING_CONNECT_TOKEN)",
    )
    .option("--token <token>", "access token on the command line (lands in shell history: avoid)")
    .option("--app-password <password>", "Bluesky app password")
    .option("--refresh-token <token>", "OAuth refresh token (LinkedIn)")
    .option("--client-id <id>", "OAuth client id (for refreshing)")
    .option("--client-secret <secret>", "OAuth client secret (for refreshing)")
    .option("--expires-at <time>", "when the token expires (ISO time)")
    .option(
      "--port <port>",
      "loopback port for the OAuth redirect (default publishing.oauthRedirectPort)",
    )
    .option("--json", "print as JSON")
    .action(async (network: string, opts: ConnectOpts, command: Command) => {
      if (!isNetwork(network)) throw new TellerrandError("usage", `unknown network "${network}"`);
      if (opts.expiresAt !== undefined && Number.isNaN(Date.parse(opts.expiresAt))) {
        throw new TellerrandError("usage", `--expires-at "${opts.expiresAt}" is not a time`);
      }
      const a = await withApp(command, (app) => connect(app, network, opts));
      if (opts.json) return printJson(a);
      process.stdout.write(`connected ${line(a)}`);
    });
  accounts
    .command("list")
    .description("connected accounts (secrets masked), with expiry warnings")
    .option("--json", "print as JSON")
    .action(async (opts: { json?: boolean }, command: Command) => {
      const { listAccounts } = await import("../services/publishing/accounts.js");
      const rows = await withPublishing(command, (ctx) => listAccounts(ctx));
      if (opts.json) return printJson(rows);
      process.stdout.write(
        rows.length === 0
          ? "no accounts connected (accounts connect NETWORK)\n"
          : rows.map(line).join(""),
      );
    });
  accounts
    .command("remove")
    .description("forget an account and its tokens")
    .argument("<id>", "account id")
    .action(async (id: string, _opts: unknown, command: Command) => {
      const { removeAccount } = await import("../services/publishing/accounts.js");
      await withPublishing(command, (ctx) => removeAccount(ctx, Number(id)));
      process.stdout.write(`removed account #${id}\n`);
    });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8").trim();
}

/** The token from stdin, the environment (through config), or argv (warned: shell history). */
async function tokenFrom(app: Pick<App, "config">, o: ConnectOpts): Promise<string | undefined> {
  if (o.tokenStdin) return readStdin();
  if (app.config.publishing.connectToken !== "") return app.config.publishing.connectToken;
  if (o.token !== undefined)
    process.stderr.write("warning: --token stays in your shell history; prefer --token-stdin\n");
  return o.token;
}

async function connect(app: App, network: NetworkId, o: ConnectOpts): Promise<AccountView> {
  const { publishingContext } = await import("../services/publishing/wiring.js");
  const { connectWithOAuth, connectWithToken, loginSecrets, oauthClientFor } = await import(
    "../services/publishing/accounts.js"
  );
  const ctx = publishingContext(app, VERSION);
  const token = await tokenFrom(app, o);
  const client = oauthClientFor(app.config.publishing, network);
  if (token === undefined && o.appPassword === undefined && client !== undefined) {
    if (client.clientId === "") {
      throw new TellerrandError(
        "config",
        `set publishing.${network}ClientId (your app's OAuth client id) to log in to ${NETWORK_SPECS[network].label}`,
      );
    }
    const { runOAuthFlow } = await import("../integrations/publishers/oauth.js");
    const port = o.port === undefined ? app.config.publishing.oauthRedirectPort : Number(o.port);
    return connectWithOAuth(ctx, network, (spec) =>
      runOAuthFlow(
        spec,
        { clientId: client.clientId, clientSecret: client.clientSecret || null },
        {
          port,
          show: (url) =>
            process.stderr.write(
              `Open this URL in your browser and allow access (waiting on 127.0.0.1:${port}):\n${url}\n`,
            ),
        },
      ),
    );
  }
  // The network checks the token before it is stored (and names the handle where it can).
  return connectWithToken(ctx, {
    network,
    handle: o.handle ?? null,
    serviceUrl: o.instance ?? o.service ?? null,
    secrets: loginSecrets({
      token,
      appPassword: o.appPassword,
      refreshToken: o.refreshToken,
      clientId: o.clientId,
      clientSecret: o.clientSecret,
    }),
    expiresAt: o.expiresAt === undefined ? null : new Date(o.expiresAt).toISOString(),
  });
}
