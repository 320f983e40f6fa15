import { describe, expect, it } from "vitest";
import {
  htmlToText,
  sanitizeFeedHtml,
  wordCount,
} from "../../../src/integrations/feeds/sanitize/index.js";

const BASE = "https://blog.example/posts/1";
const clean = (html: string) => sanitizeFeedHtml(html, BASE);

/** Anything that can run script once on one of our pages. */
const DANGER =
  /<script|<style|<iframe|<svg|<object|<embed|<form|\son\w+\s*=|javascript:|vbscript:|data:|expression\(/i;

describe("sanitizeFeedHtml against hostile input", () => {
  it.each([
    ["<img src=x onerror=alert(1)>"],
    ['<a href="jAvAsCrIpT:alert(1)">x</a>'],
    ['<a href="javascript&#58;alert(1)">x</a>'],
    ['<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>'],
    ['<a href="java\tscript:alert(1)">x</a>'],
    ['<a href=" javascript:alert(1)">x</a>'],
    ['<a href="vbscript:msgbox(1)">x</a>'],
    ['<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'],
    ['<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">'],
    ["<svg onload=alert(1)><circle/></svg>"],
    ["<scr<script>ipt>alert(1)</scr</script>ipt>"],
    ["<script>alert(1)</script>"],
    ['<div style="width: expression(alert(1))">x</div>'],
    ["<style>body{background:url(javascript:alert(1))}</style>"],
    ['<iframe src="https://evil.example"></iframe>'],
    ['<body onload="alert(1)">x</body>'],
    ['<IMG SRC="jav&#x0A;ascript:alert(1)">'],
    ['<a href="#" onmouseover="alert(1)">x</a>'],
    ['<form action="https://evil.example"><input name=q></form>'],
    ["<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"],
    ['<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">'],
    ['<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ])("neutralises %s", (input) => {
    expect(clean(input)).not.toMatch(DANGER);
  });

  it("keeps article structure, absolutises URLs and marks links", () => {
    const html = clean(
      '<h2>T</h2><p class="x" style="color:red">A <a href="../2">link</a> <img src="/i.png" alt="i"></p>',
    );
    expect(html).toBe(
      '<h2>T</h2><p>A <a href="https://blog.example/2" rel="noopener noreferrer nofollow">link</a> <img src="https://blog.example/i.png" alt="i" /></p>',
    );
  });

  it("overrides a feed's own rel and keeps mailto links", () => {
    expect(clean('<a href="mailto:a@b.example" rel="opener">m</a>')).toBe(
      '<a href="mailto:a@b.example" rel="noopener noreferrer nofollow">m</a>',
    );
  });
});

describe("htmlToText and wordCount", () => {
  it("turns blocks into lines, decodes entities, drops scripts and collapses spaces", () => {
    const html =
      "<h1>Title</h1><p>One&nbsp;&amp;   two<br>three</p><script>x()</script><ul><li>a</li><li>b</li></ul>";
    expect(htmlToText(html)).toBe("Title\nOne & two\nthree\na\nb");
  });

  it("counts words across languages", () => {
    expect(wordCount("Über den Tellerrand – don't look down!")).toBe(6);
    expect(wordCount("E-Mail an 3 Kolleg:innen")).toBe(5);
    expect(wordCount("")).toBe(0);
  });
});
