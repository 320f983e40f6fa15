import { describe, expect, it } from "vitest";
import { discoverFeeds, looksLikeHtml } from "../../../src/integrations/feeds/discover.js";

describe("discoverFeeds", () => {
  it("finds RSS, Atom and JSON feeds in order, resolving against <base> and the page", () => {
    const html = `<!doctype html><html><head>
      <base href="https://cdn.example/sub/">
      <!-- <link rel="alternate" type="application/rss+xml" href="/commented.xml"> -->
      <link rel="stylesheet" href="x.css">
      <LINK REL="Alternate" TYPE="application/rss+xml; charset=utf-8" HREF="rss.xml" title="R &amp; D">
      <link type='application/atom+xml' rel='alternate home' href='/atom.xml'>
      <link rel="alternate" type="application/feed+json" href="https://j.example/feed.json">
      <link rel="alternate" type="text/html" href="/en">
      <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
      <link rel="alternate" type="application/rss+xml" href="rss.xml">
      </head><body><link rel="alternate" type="application/rss+xml" href="/late.xml"></body></html>`;
    expect(discoverFeeds(html, "https://www.example/page")).toEqual([
      { url: "https://cdn.example/sub/rss.xml", type: "rss", title: "R & D" },
      { url: "https://cdn.example/atom.xml", type: "atom", title: null },
      { url: "https://j.example/feed.json", type: "json", title: null },
    ]);
  });

  it("returns nothing for a page without feed links", () => {
    expect(
      discoverFeeds("<html><head><title>x</title></head></html>", "https://a.example/"),
    ).toEqual([]);
  });
});

describe("looksLikeHtml", () => {
  it("trusts the content type, else sniffs the first tag", () => {
    expect(looksLikeHtml(Buffer.from("<rss/>"), "text/html")).toBe(true);
    expect(looksLikeHtml(Buffer.from("<!DOCTYPE html>"), "application/xml")).toBe(false);
    expect(looksLikeHtml(Buffer.from("  <!DOCTYPE html><html>"), null)).toBe(true);
    expect(looksLikeHtml(Buffer.from("<?xml version='1.0'?><rss/>"), "text/plain")).toBe(false);
  });
});
