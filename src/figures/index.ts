export { volumeChange, pctChange } from './change.js';
export { competitionRank, type Ranking } from './rank.js';
export { per1000, pooledPer1000, type CountAndDenominator } from './rates.js';
export { computeFigures, type ComputeFiguresInput } from './compute-figures.js';
export { hasRate } from './measure-rows.js';
export { figuresToCsv, figuresToJson, csvCell, type FiguresJsonMeta } from './export-figures.js';
export { figureColumns, wardColumns } from './figure-columns.js';
