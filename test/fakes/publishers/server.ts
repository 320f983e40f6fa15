import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A scripted reply the fake sends instead of its normal answer (for failure tests). */
export interface ScriptedReply {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

export interface Received {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: Buffer;
}

export type Handler = (req: Received, res: ServerResponse) => void;

export interface LoopbackServer {
  url: string;
  received: Received[];
  /** Replies used (first in, first out) before the normal handler, per path prefix. */
  script(pathPrefix: string, ...replies: ScriptedReply[]): void;
  close(): Promise<void>;
}

export function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(body === null ? "" : JSON.stringify(body));
}

/** Starts a loopback HTTP server on a free port. */
export async function startLoopback(handler: Handler): Promise<LoopbackServer> {
  const scripts: Array<{ prefix: string; reply: ScriptedReply }> = [];
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const r: Received = {
        method: req.method ?? "GET",
        path: req.url ?? "/",
        headers: req.headers,
        body: Buffer.concat(chunks),
      };
      received.push(r);
      const i = scripts.findIndex((s) => r.path.startsWith(s.prefix));
      if (i >= 0) {
        const [s] = scripts.splice(i, 1);
        if (s !== undefined) return json(res, s.reply.status, s.reply.body, s.reply.headers);
      }
      handler(r, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    script(prefix, ...replies) {
      for (const reply of replies) scripts.push({ prefix, reply });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
