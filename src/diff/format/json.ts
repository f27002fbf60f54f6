/** The diff as JSON: the FigureDiff itself, figures unrounded, under a name and version of its own. */
import { differenceCount, type FigureDiff } from '../types.js';

/** Raise when a field of the diff's JSON changes meaning. */
const DIFF_JSON_VERSION = 1;

export function diffJson(diff: FigureDiff): string {
  return JSON.stringify({ format: 'assess-diff', format_version: DIFF_JSON_VERSION, differences: differenceCount(diff), ...diff }, null, 2) + '\n';
}
