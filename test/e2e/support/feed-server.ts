/**
 * A loopback web server with fixed answers: a blog page announcing its feed, the feeds
 * themselves. The dashboard fetches from it through the real fetcher (never the internet).
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface Route {
  type: string;
  body: string;
}

export interface FeedServer {
  /** `http://127.0.0.1:PORT` (no trailing slash). */
  origin: string;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves `routes` (path → content type and body) on 127.0.0.1; anything else is a 404.
 * Bodies may use `{origin}`, replaced by the server's own origin.
 *
 * @example
 * const server = await startFeedServer({ "/feed.xml": { type: "application/rss+xml", body: rss } });
 */
export async function startFeedServer(routes: Record<string, Route>): Promise<FeedServer> {
  const requests: string[] = [];
  let origin = "";
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    requests.push(path);
    const route = routes[path];
    if (route === undefined) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res
      .writeHead(200, { "content-type": route.type })
      .end(route.body.replaceAll("{origin}", origin));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
