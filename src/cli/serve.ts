import type { Command } from "commander";
import { TellerrandError } from "../domain/errors.js";
import { configFrom, VERSION } from "./context.js";

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new TellerrandError("usage", `--port "${value}" is not a port number (0–65535)`);
  }
  return n;
}

/** Reads a password from the terminal without echoing it. */
async function promptPassword(question: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) return "";
  process.stderr.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  let typed = "";
  try {
    for await (const chunk of stdin) {
      for (const ch of String(chunk)) {
        if (ch === "\r" || ch === "\n") return typed;
        if (ch === "\u0003") throw new TellerrandError("usage", "cancelled");
        typed = ch === "\u007f" ? typed.slice(0, -1) : typed + ch;
      }
    }
    return typed;
  } finally {
    stdin.setRawMode(false);
    stdin.pause();
    process.stderr.write("\n");
  }
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

/** `serve`: the local web dashboard. */
export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("start the web dashboard on this computer (prints a one-time login link)")
    .option("--port <n>", "TCP port (default: config server.port, 4280; 0 picks a free one)", port)
    .option("--host <host>", "address to listen on (default 127.0.0.1; others need a password)")
    .action(async (opts: { port?: number; host?: string }, command: Command) => {
      const { config, configFile, origins } = configFrom(command);
      const host = opts.host ?? config.server.host;
      let password = config.server.password;
      const { isLoopback, startDashboard } = await import("../server/start.js");
      if (!isLoopback(host)) {
        process.stderr.write(
          `Warning: listening on ${host} makes the dashboard reachable from other machines, over plain HTTP.\n`,
        );
        if (password === "") password = await promptPassword("Dashboard password: ");
        if (password.length < 8) {
          throw new TellerrandError(
            "usage",
            `--host ${host} needs a password of at least 8 characters: set server.password in the config or TELLERRAND_SERVER_PASSWORD, or type one at the prompt`,
          );
        }
      }
      const running = await startDashboard({
        config,
        host,
        port: opts.port ?? config.server.port,
        password,
        version: VERSION,
        configFile,
        origins,
      });
      process.stdout.write(
        `Tellerrand dashboard: ${running.url}\nLog in (the link works once): ${running.loginUrl}\nCtrl+C stops the server.\n`,
      );
      await untilSignal();
      await running.close();
    });
}
