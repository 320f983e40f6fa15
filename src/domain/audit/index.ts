/** The sharing audit and the reading bubble (pure). */
export {
  NARROWING_RATIO,
  type ReadingBubble,
  type ReadingMonth,
  readingBubble,
} from "./reading.js";
export * from "./shares.js";
