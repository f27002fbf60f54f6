export { readYearFolder } from './read-year.js';
export { buildAnnualTotals, toAnnualTotals } from './annual-totals.js';
export { assessmentYearOfMonth, monthsOfAssessmentYear, parsePeriod, periodLabel, shortYearLabel, type Period } from './periods.js';
export { parseValue } from './parse-value.js';
