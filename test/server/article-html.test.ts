import { describe, expect, it } from "vitest";
import { sanitizeFeedHtml } from "../../src/integrations/feeds/sanitize/index.js";
import { translator } from "../../src/server/i18n/index.js";
import { articleBody } from "../../src/server/views/article-html.js";

const body = async (input: string, lang: "en" | "de" = "en") =>
  String(
    await articleBody(sanitizeFeedHtml(input, "https://blog.example/post/"), translator(lang)),
  );

describe("articleBody", () => {
  it("replaces each image from the web by a link to it, keeping the rest", async () => {
    expect(
      await body('<p>Hi <b>there</b></p><img src="/a.png?x=1&y=2" alt="A &quot;chart&quot;">'),
    ).toBe(
      '<p>Hi <b>there</b></p><a href="https://blog.example/a.png?x=1&amp;y=2" rel="noopener noreferrer nofollow" class="image-link">Image: A &quot;chart&quot;</a>',
    );
    expect(await body('<img src="https://cdn.example/p.gif" title="Bild">', "de")).toContain(
      ">Bild: Bild</a>",
    );
  });

  it("drops images without a usable source and leaves no img element", async () => {
    const out = await body(
      '<img src="javascript:alert(1)" onerror="alert(2)"><img alt="x"><p>ok</p>',
    );
    expect(out).toBe("<p>ok</p>");
    expect(await body('<p>x<img src="https://a.example/t.png" width="1" height="1"></p>')).toBe(
      '<p>x<a href="https://a.example/t.png" rel="noopener noreferrer nofollow" class="image-link">Image</a></p>',
    );
  });
});
