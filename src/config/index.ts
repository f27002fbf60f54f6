export { loadConfig } from './load-config.js';
export { parseConfig } from './parse-config.js';
export { closestMatch, didYouMean } from './suggest.js';
