import { populationColumns } from './parse-population.js';
import { tidyColumns } from './parse-tidy.js';
import { wardColumns } from './parse-wards.js';

export type FileKind = 'tidy' | 'population' | 'wards';

const hasAll = (keys: readonly string[], wanted: readonly string[]): boolean => wanted.every((key) => keys.includes(key));

/**
 * What a CSV holds, from its header. population.csv and wards.csv are taken at their name even
 * when the header is wrong, so a misspelt column is reported instead of the file being ignored.
 */
export function classifyFile(fileName: string, keys: readonly string[]): FileKind | undefined {
  const name = fileName.toLowerCase();
  if (name === 'population.csv') return 'population';
  if (name === 'wards.csv') return 'wards';
  if (hasAll(keys, tidyColumns)) return 'tidy';
  if (hasAll(keys, populationColumns)) return 'population';
  if (hasAll(keys, wardColumns)) return 'wards';
  return undefined;
}

export function ignoredReason(header: readonly string[]): string {
  const shown = header.length > 8 ? `${header.slice(0, 8).join(',')},...` : header.join(',');
  return `its header (${shown}) is not one assess reads: expected ${tidyColumns.join(',')} for data, `
    + `${populationColumns.join(',')} for population or ${wardColumns.join(',')} for wards`;
}
