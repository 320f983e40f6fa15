import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  classifyAddress,
  createFetcher,
  type FetcherOptions,
  type FetchResult,
  type Resolver,
} from "../../../src/integrations/feeds/fetch/index.js";
import { startTestServer, type TestServer } from "./server.js";

let server: TestServer;
const FEED = "<rss version='2.0'><channel><title>secret</title></channel></rss>";

/** Maps invented names (the reserved .test TLD, which no real DNS answers) to addresses. */
function fakeDns(table: Record<string, string[]>, calls: string[] = []): Resolver {
  return async (hostname) => {
    calls.push(hostname);
    const addresses = table[hostname];
    if (!addresses) throw Object.assign(new Error("not found"), { code: "ENOTFOUND" });
    return addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };
}

const strict = (options: Partial<FetcherOptions> = {}) =>
  createFetcher({ version: "1", perHostDelayMs: 0, allowPrivateNetworks: false, ...options });

function expectBlocked(result: FetchResult) {
  expect(result.status).toBe("error");
  if (result.status === "error") expect(result.kind).toBe("blocked");
}

beforeAll(async () => {
  server = await startTestServer({
    "/feed.xml": { body: FEED },
    "/secret": { body: FEED },
    "/hop-to-loopback": () => ({ status: 302, headers: { location: `${server.url}/secret` } }),
    "/hop-to-internal": { status: 301, headers: { location: "http://internal.test/secret" } },
    "/hop-with-credentials": () => ({
      status: 302,
      headers: { location: `http://admin:hunter2@127.0.0.1:${server.port}/secret` },
    }),
  });
});
afterAll(() => server.close());

describe("classifyAddress", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.0.9", "loopback"],
    ["::1", "loopback"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["[::ffff:7f00:1]", "loopback"],
    ["64:ff9b::7f00:1", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.178.1", "private"],
    ["::ffff:192.168.0.1", "private"],
    ["fc00::1", "private"],
    ["fd12:3456::1", "private"],
    ["169.254.1.1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["0.0.0.0", "unspecified"],
    ["::", "unspecified"],
    ["100.64.0.1", "cgnat"],
    ["100.127.255.254", "cgnat"],
    ["224.0.0.1", "multicast"],
    ["ff02::1", "multicast"],
    ["169.254.169.254", "metadata"],
    ["::ffff:169.254.169.254", "metadata"],
    ["fd00:ec2::254", "metadata"],
    ["100.100.100.200", "metadata"],
    ["255.255.255.255", "reserved"],
    ["2001:db8::1", "reserved"],
    ["8.8.8.8", "public"],
    ["172.32.0.1", "public"],
    ["100.128.0.1", "public"],
    ["2606:4700::1111", "public"],
    ["::ffff:8.8.8.8", "public"],
  ])("%s is %s", (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });

  it("is null for what is not an address", () => {
    expect(classifyAddress("example.com")).toBeNull();
    expect(classifyAddress("256.1.1.1")).toBeNull();
  });
});

describe("the address guard", () => {
  it("refuses 127.0.0.1 (and reaches it when private networks are allowed)", async () => {
    const before = server.hitsFor("/feed.xml").length;
    expectBlocked(await strict().fetch({ url: `${server.url}/feed.xml` }));
    expect(server.hitsFor("/feed.xml").length).toBe(before);
    const allowed = await strict({ allowPrivateNetworks: true }).fetch({
      url: `${server.url}/feed.xml`,
    });
    expect(allowed.status).toBe("ok");
  });

  it("refuses a host name that resolves to 127.0.0.1", async () => {
    const resolver = fakeDns({ "evil.test": ["127.0.0.1"] });
    const url = `http://evil.test:${server.port}/feed.xml`;
    const before = server.hits.length;
    expectBlocked(await strict({ resolver }).fetch({ url }));
    expect(server.hits.length).toBe(before);
    expect((await strict({ resolver, allowPrivateNetworks: true }).fetch({ url })).status).toBe(
      "ok",
    );
  });

  it("refuses localhost through the system resolver", async () => {
    expectBlocked(await strict().fetch({ url: `http://localhost:${server.port}/feed.xml` }));
  });

  it("refuses when any one of several addresses is private", async () => {
    const resolver = fakeDns({ "mixed.test": ["93.184.216.34", "127.0.0.1"] });
    expectBlocked(await strict({ resolver }).fetch({ url: `http://mixed.test:${server.port}/` }));
  });

  it("refuses IPv4-mapped IPv6 loopback written as a URL", async () => {
    expectBlocked(
      await strict().fetch({ url: `http://[::ffff:127.0.0.1]:${server.port}/feed.xml` }),
    );
  });

  it("checks every redirect hop: a permitted first hop cannot lead to a private address", async () => {
    const resolver = fakeDns({ "public.test": ["127.0.0.1"], "internal.test": ["10.0.0.5"] });
    // public.test stands in for a public host: it is allow-listed, everything else is checked.
    const fetcher = strict({ resolver, allowedHosts: ["public.test"] });
    const before = server.hitsFor("/secret").length;
    const toLoopback = await fetcher.fetch({
      url: `http://public.test:${server.port}/hop-to-loopback`,
    });
    expectBlocked(toLoopback);
    expect(server.hitsFor("/hop-to-loopback").length).toBeGreaterThan(0);
    expect(server.hitsFor("/secret").length).toBe(before);
    expectBlocked(
      await fetcher.fetch({ url: `http://public.test:${server.port}/hop-to-internal` }),
    );
    // Control: with private networks allowed the same chain reaches /secret.
    const open = strict({ resolver, allowPrivateNetworks: true });
    expect(
      (await open.fetch({ url: `http://public.test:${server.port}/hop-to-loopback` })).status,
    ).toBe("ok");
  });

  it("blocks cloud metadata even when private networks are allowed", async () => {
    const open = strict({
      allowPrivateNetworks: true,
      resolver: fakeDns({ "meta.test": ["169.254.169.254"] }),
    });
    expectBlocked(await open.fetch({ url: "http://169.254.169.254/latest/meta-data/" }));
    expectBlocked(await open.fetch({ url: "http://[fd00:ec2::254]/latest/meta-data/" }));
    expectBlocked(await open.fetch({ url: "http://metadata.google.internal/computeMetadata/v1/" }));
    expectBlocked(
      await open.fetch({ url: "http://METADATA.google.internal./computeMetadata/v1/" }),
    );
    expectBlocked(await open.fetch({ url: "http://meta.test/" }));
  });

  it("lets an allow-listed host through without allowing private networks in general", async () => {
    const r = await strict({ allowedHosts: ["127.0.0.1"] }).fetch({
      url: `${server.url}/feed.xml`,
    });
    expect(r.status).toBe("ok");
  });

  it("connects to the address it checked, resolving only once (DNS-rebinding safe)", async () => {
    const calls: string[] = [];
    const resolver = fakeDns({ "pinned.test": ["127.0.0.1"] }, calls);
    const fetcher = strict({ resolver, allowPrivateNetworks: true });
    // No real resolver knows pinned.test: success proves the socket used the checked address.
    const r = await fetcher.fetch({ url: `http://pinned.test:${server.port}/feed.xml` });
    expect(r.status).toBe("ok");
    expect(calls).toEqual(["pinned.test"]);
    expect(server.hits.at(-1)?.headers.host).toBe(`pinned.test:${server.port}`);
  });

  it("reports a name that does not resolve as a network error", async () => {
    const r = await strict({ resolver: fakeDns({}) }).fetch({ url: "http://nowhere.test/" });
    expect(r).toMatchObject({ status: "error", kind: "network" });
  });

  it("refuses URLs with credentials, also when a redirect adds them, and never echoes the password", async () => {
    const open = strict({ allowPrivateNetworks: true });
    const before = server.hitsFor("/secret").length;
    const direct = await open.fetch({ url: `http://user:pw@127.0.0.1:${server.port}/feed.xml` });
    expect(direct).toMatchObject({ status: "error", kind: "bad-url" });
    if (direct.status === "error") {
      expect(direct.message).toMatch(/user name or password/);
      expect(direct.message).not.toContain("pw@");
    }
    expect(server.hitsFor("/feed.xml").some((h) => h.headers.authorization)).toBe(false);
    const redirected = await open.fetch({ url: `${server.url}/hop-with-credentials` });
    expect(redirected).toMatchObject({ status: "error", kind: "bad-url" });
    if (redirected.status === "error") expect(redirected.message).not.toContain("hunter2");
    expect(server.hitsFor("/secret").length).toBe(before);
    // Control: the same path without credentials is fetched.
    expect((await open.fetch({ url: `${server.url}/secret` })).status).toBe("ok");
  });
});
