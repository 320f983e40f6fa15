export { classifyTitle, classifyTitles } from "./classify.js";
export { normalizeTitle } from "./normalize.js";
export { socToFunction } from "./soc-map.js";
