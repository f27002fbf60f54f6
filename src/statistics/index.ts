/** Pure statistics for the assessment: confidence intervals, comparisons, SPC and suppression. */

export { qnorm, zFor } from './normal.js';
export { lnGamma, pgamma, pgammaUpper, qgamma, qchisq } from './gamma.js';
export { BYAR_MIN_COUNT, countCI, rateCI, type RateCI, type RateCIMethod } from './rate-ci.js';
export { wilsonCI, type ProportionCI } from './proportion-ci.js';
export { compareWithBenchmark, type BenchmarkComparison, type IntervalEstimate } from './compare.js';
export { NOTABLE_CHANGE_Z, isNotableChange, poissonChangeZ } from './poisson-change.js';
export {
  MIN_GROUP_POINTS,
  variationFor,
  xmrChart,
  type Improvement,
  type Side,
  type SpecialCause,
  type Variation,
  type XmrChart,
  type XmrGroup,
  type XmrOptions,
  type XmrPoint,
  type XmrSignal,
} from './spc.js';
export { LIMIT_FACTOR, NEAR_LIMIT_FACTOR, SCREEN_FACTOR } from './spc-limits.js';
export {
  RUN_LENGTH,
  shiftMarks,
  shiftPoints,
  sidesOfMean,
  spreadRuns,
  trendMarks,
  trendPoints,
  twoOfThreePoints,
  type Sign,
} from './spc-rules.js';
export { summariseSpc } from './spc-summary.js';
export {
  NHS_HES_RULE,
  NO_SUPPRESSION,
  SUPPRESSED,
  suppressCount,
  suppressTotal,
  type SuppressedCount,
  type SuppressionRule,
} from './suppression.js';
