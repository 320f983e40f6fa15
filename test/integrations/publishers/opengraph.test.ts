import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFetcher } from "../../../src/integrations/feeds/fetch/index.js";
import { openGraphFetcher, parsePageMetadata } from "../../../src/integrations/opengraph/index.js";
import { json, type LoopbackServer, startLoopback } from "../../fakes/publishers/server.js";

let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopback((req, res) => {
    if (req.path === "/page") {
      res.writeHead(200, { "content-type": "text/html" });
      return res.end(
        '<meta property="og:title" content="T &amp; U"><meta property="og:image" content="/i.png">',
      );
    }
    if (req.path === "/i.png") {
      res.writeHead(200, { "content-type": "image/png" });
      return res.end(Buffer.from([1, 2, 3]));
    }
    if (req.path === "/big.png") {
      res.writeHead(200, { "content-type": "image/png" });
      return res.end(Buffer.alloc(1_000_001));
    }
    json(res, 404, {});
  });
});
afterAll(() => server.close());

describe("Open Graph metadata", () => {
  it("prefers og, then twitter, then title and description", () => {
    const m = parsePageMetadata(
      `<title> Plain  title </title><meta name="description" content="d0"><meta name="twitter:title" content="tw">
       <meta name="twitter:image" content="https://cdn.example/x.jpg">`,
      "https://a.example/p",
    );
    expect(m).toEqual({
      url: "https://a.example/p",
      title: "tw",
      description: "d0",
      imageUrl: "https://cdn.example/x.jpg",
      siteName: null,
    });
    expect(parsePageMetadata("<title>Only</title>", "https://a.example/").title).toBe("Only");
  });

  it("fetches through the feed fetcher, resolving relative images", async () => {
    const meta = openGraphFetcher(
      createFetcher({ version: "test", allowPrivateNetworks: true, perHostDelayMs: 0 }),
    );
    const page = await meta.page(`${server.url}/page`);
    expect(page.title).toBe("T & U");
    expect(page.imageUrl).toBe(`${server.url}/i.png`);
    expect((await meta.image(`${server.url}/i.png`))?.bytes.length).toBe(3);
    expect(await meta.image(`${server.url}/big.png`)).toBeNull(); // over Bluesky's blob limit
    expect(await meta.image(`${server.url}/page`)).toBeNull(); // not an image
  });

  it("keeps the fetcher's SSRF guard: loopback is refused by default", async () => {
    const meta = openGraphFetcher(createFetcher({ version: "test", perHostDelayMs: 0 }));
    await expect(meta.page(`${server.url}/page`)).rejects.toThrow(/cannot fetch/);
  });
});
