export {
  NOT_AVAILABLE,
  NO_CHANGE,
  roundHalfAwayFromZero,
  formatCount,
  formatDecimal,
  formatPct,
  formatSignedCount,
  formatSignedPct,
  formatSignedPp,
  formatSignedChange,
  formatValue,
  ordinal,
} from './format.js';
export { rateBasis, perThousandPhrase, joinList } from './wording.js';
export { changePredicate, countyComparison, countyMovement, type YearLabels } from './change-wording.js';
export { rankSentence, type RankWordingInput } from './rank-wording.js';
export { measureSentence, type MeasureSentenceInput } from './sentences.js';
export { keyFacts, type KeyFactsInput } from './key-facts.js';
export { agreeWith, isPluralLabel } from './agreement.js';
