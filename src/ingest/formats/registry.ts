import type { FormatReader } from './format.js';
import { populationFormat, tidyFormat, wardsFormat } from './tidy-formats.js';

/**
 * Every format assess reads, in the order they are tried: named files first, then formats with
 * distinctive headers, then the generic tidy layout.
 */
export const formatReaders: readonly FormatReader[] = [populationFormat, wardsFormat, tidyFormat];

export function readerFor(keys: readonly string[], fileName: string, readers: readonly FormatReader[] = formatReaders): FormatReader | undefined {
  return readers.find((reader) => reader.matches(keys, fileName));
}

export function ignoredReason(header: readonly string[], readers: readonly FormatReader[] = formatReaders): string {
  const shown = header.length > 8 ? `${header.slice(0, 8).join(',')},...` : header.join(',');
  return `its header (${shown}) matches none of the formats assess reads (${readers.map((r) => r.title).join('; ')}); for tidy data expected ${tidyFormat.expectedHeader}`;
}
