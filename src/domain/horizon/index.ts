export { computeHorizonReport } from "./report.js";
export {
  computeHorizonScore,
  MIN_COVERAGE,
  OWN_EMPLOYER_ZERO_AT,
  REFERENCE_BAND,
  SCORE_WEIGHTS,
  SPREAD_TARGETS,
  TREND_FULL_AT,
  TREND_MIN_RECENT,
} from "./score.js";
export * from "./types.js";
