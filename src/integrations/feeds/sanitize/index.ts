export { sanitizeFeedHtml } from "./html.js";
export { htmlToText, type RenderedHtml, renderFeedHtml } from "./render.js";
export { tidy, wordCount } from "./text.js";
