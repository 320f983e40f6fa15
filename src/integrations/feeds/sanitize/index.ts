export { sanitizeFeedHtml } from "./html.js";
export { htmlToText, tidy, wordCount } from "./text.js";
