import { cspLookupFormat } from './csp-lookup.js';
import { fingertipsFormat } from './fingertips.js';
import { fire0102Format, fireDistrictFormat } from './fire-incidents.js';
import type { FormatReader } from './format.js';
import { homeOfficeCspFormat } from './home-office-csp.js';
import { localReoffendingFormat } from './local-reoffending.js';
import { lsoaLookupFormat } from './lsoa-lookup.js';
import { mojReoffendingFormat } from './moj-reoffending.js';
import { nomisPopulationFormat } from './nomis-population.js';
import { onsPopulationFormat } from './ons-population.js';
import { policeStreetFormat } from './police-street.js';
import { populationFormat, tidyFormat, wardsFormat } from './tidy-formats.js';

/**
 * Every format assess reads, in the order they are tried: named files first, then formats with
 * distinctive headers, then the generic tidy layout. Files mapped in the configuration
 * (`mappings:`) are tried before all of these: the analyst's word wins.
 */
export const formatReaders: readonly FormatReader[] = [
  // Published population files before population.csv, which is claimed by name.
  onsPopulationFormat,
  nomisPopulationFormat,
  populationFormat,
  wardsFormat,
  lsoaLookupFormat,
  // Before the CSP lookup, whose header (a CSP name and a code) a re-offending table can share.
  localReoffendingFormat,
  cspLookupFormat,
  policeStreetFormat,
  homeOfficeCspFormat,
  fingertipsFormat,
  mojReoffendingFormat,
  fire0102Format,
  fireDistrictFormat,
  tidyFormat,
];

export function readerFor(keys: readonly string[], fileName: string, readers: readonly FormatReader[] = formatReaders): FormatReader | undefined {
  return readers.find((reader) => reader.matches(keys, fileName));
}

export function ignoredReason(header: readonly string[], readers: readonly FormatReader[] = formatReaders): string {
  const shown = header.length > 8 ? `${header.slice(0, 8).join(',')},...` : header.join(',');
  return `its header (${shown}) matches none of the formats assess reads (${readers.map((r) => r.title).join('; ')}); for tidy data expected ${tidyFormat.expectedHeader}`;
}
