/**
 * What the loopback feed server serves: a blog page that announces its feed, that feed, and a
 * hostile feed trying every way a script could slip into the article view. `{origin}` is the
 * server's own address.
 */

/** A blog home page whose `<head>` announces `/feed.xml` (autodiscovery). */
export const BLOG_PAGE = `<!DOCTYPE html><html><head><title>Quiet Engineering</title>
<link rel="alternate" type="application/rss+xml" title="Quiet Engineering Blog" href="/feed.xml">
</head><body><h1>Quiet Engineering</h1><p>Posts about caching and queues.</p></body></html>`;

/** A well-behaved feed with two items. */
export const GOOD_RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Quiet Engineering Blog</title><link>{origin}/</link>
<description>Posts about caching and queues</description>
<item><guid>good-1</guid><title>First post on caching</title><link>{origin}/posts/1</link>
<pubDate>Mon, 05 Jan 2026 09:00:00 GMT</pubDate>
<description>&lt;p&gt;Caches keep hot data close to the code that reads it, and expire it on a schedule.&lt;/p&gt;</description></item>
<item><guid>good-2</guid><title>Second post on queues</title><link>{origin}/posts/2</link>
<pubDate>Tue, 06 Jan 2026 09:00:00 GMT</pubDate>
<description>&lt;p&gt;Queues decouple producers from consumers so that bursts do not topple the system.&lt;/p&gt;</description></item>
</channel></rss>`;

/**
 * One item with script in every place a sanitiser must catch: inline, event handlers,
 * `javascript:` links (plain, mixed case, entity-encoded), SVG, iframes, forms, objects, meta
 * refresh, CSS; a hostile title and a `javascript:` item link. Each would set
 * `window.__pwned` or open a dialog if it ran.
 */
export const EVIL_RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Hostile &lt;script&gt;window.__pwned="channel"&lt;/script&gt; feed</title>
<link>{origin}/</link><description>Tries everything</description>
<item><guid>evil-1</guid>
<title>&lt;img src=x onerror="window.__pwned='title'"&gt;Tricky title</title>
<link>javascript:window.__pwned='item-link';alert('item-link')</link>
<pubDate>Wed, 07 Jan 2026 09:00:00 GMT</pubDate>
<description><![CDATA[<p>Readable text about distributed systems stays visible.</p>
<script>window.__pwned = "script"; alert("script");</script>
<img src="/missing.png" onerror="window.__pwned='onerror';alert('onerror')" alt="broken">
<img src="x" onload="window.__pwned='onload'" alt="x">
<a id="js-link" href="javascript:window.__pwned='link';alert('link')">plain link</a>
<a href="JaVaScRiPt:window.__pwned='case'">mixed case link</a>
<a href="java&#x09;script&#58;window.__pwned='entity'">entity link</a>
<a href=" &#14; javascript:window.__pwned='space'">spaced link</a>
<svg onload="window.__pwned='svg'"><circle r="5"></circle><a href="javascript:window.__pwned='svg-link'"><text>svg link</text></a></svg>
<iframe srcdoc="&lt;script&gt;parent.__pwned='iframe'&lt;/script&gt;"></iframe>
<iframe src="javascript:parent.__pwned='iframe-src'"></iframe>
<form action="javascript:window.__pwned='form'"><button id="evil-button" formaction="javascript:window.__pwned='button'">go</button></form>
<div style="background:url(javascript:window.__pwned='css')" onmouseover="window.__pwned='hover'">hover me</div>
<object data="javascript:window.__pwned='object'"></object>
<embed src="javascript:window.__pwned='embed'">
<meta http-equiv="refresh" content="0;url=javascript:window.__pwned='meta'">
<base href="javascript:window.__pwned='base'//">
<style>body{background:url("javascript:window.__pwned='style'")}</style>
<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned='mxss'"></style></mglyph></table></mtext></math>
<noscript><p title="</noscript><img src=x onerror=window.__pwned='noscript'>"></p></noscript>]]></description></item>
</channel></rss>`;
