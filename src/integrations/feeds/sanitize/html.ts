import { renderFeedHtml } from "./render.js";

/**
 * Makes feed HTML safe to show on a page of ours (see `renderFeedHtml` for the rules): an
 * allow-list of tags and attributes, no `<script>`/`<style>`/`<iframe>`, no `on*` handlers,
 * only http(s)/mailto URLs (so no `javascript:`, `vbscript:` or `data:`), relative URLs made
 * absolute against `baseUrl`, every link marked `rel="noopener noreferrer nofollow"`.
 *
 * @example
 * sanitizeFeedHtml('<a href="/x" onclick="evil()">x</a><script>evil()</script>', "https://ex.org/");
 * // '<a href="https://ex.org/x" rel="noopener noreferrer nofollow">x</a>'
 */
export function sanitizeFeedHtml(html: string, baseUrl: string | null): string {
  return renderFeedHtml(html, baseUrl).html;
}
