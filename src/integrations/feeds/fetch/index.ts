export { type AddressClass, classifyAddress } from "./address.js";
export { ACCEPT, createFetcher, FETCHER_DEFAULTS } from "./fetcher.js";
export { guardHost, systemResolver } from "./guard.js";
export { realClock } from "./politeness.js";
export { nextCheckAfter, nextRetryDelay, parseRetryAfter } from "./schedule.js";
export type * from "./types.js";
