/** The README files and the sample configuration that accompany the synthetic data. */
import { ANNUAL_FILES } from './annual.js';
import { ALL_AREAS, COMPARATOR_CODES, COUNTY, COUNTY_AREAS, HOME_CODE, HOME_NAME, OTHER_COMPARATORS } from './geography.js';
import { streetMeasures } from '../../src/ingest/formats/police-crime-types.js';
import { CSP_LOOKUP, HOME_OFFICE_FILE, HOME_OFFICE_MEASURES, OTHER_CSPS } from './home-office.js';
import { monthsEnding } from './months.js';
import { SHIFT, policeMeasureIds } from './police.js';
import { FORCE_SLUG, HOME_LSOAS, LSOA_LOOKUP, STREET_HEADER, STREET_ZIP } from './street.js';

export const SOURCE_TEXT = 'synthetic sample data - not real figures';
export const YEAR_END_MONTH = 9;
export const MONTHS_PER_FOLDER = 48;
/** Measures of police-asb-domestic-abuse.csv; every other police measure is in police-recorded-crime.csv. */
export const ASB_DA = ['asb', 'da_incidents', 'da_repeat_victims'];
/** Recorded-crime measures that only the tidy file gives for the home district's assessment year (data.police.uk has no such type). */
const HOME_TIDY_ONLY = policeMeasureIds().filter((m) => !ASB_DA.includes(m) && !streetMeasures.includes(m));
/** Recorded-crime measures that only the tidy file gives for the comparators outside the county. */
const OUTSIDE_TIDY_ONLY = policeMeasureIds().filter((m) => !ASB_DA.includes(m) && !HOME_OFFICE_MEASURES.has(m));

const WARNING = [
  '**SYNTHETIC SAMPLE DATA — NOT REAL FIGURES.** Every place, code and number here is invented',
  `by \`npm run sample-data\` (scripts/generate-sample-data.ts) from a fixed random seed. "${HOME_NAME}",`,
  `"${COUNTY.name}" and their neighbours do not exist, and the E07999…/E05999…/E10999… codes are`,
  'not real ONS codes. Use this data to try `assess` and to test it, never as evidence.',
].join('\n');

const REGENERATE = [
  'To regenerate (the output is deterministic: the same code gives byte-identical files):',
  '',
  '```sh',
  'npm run sample-data',
  '```',
].join('\n');

/** Facts about one generated year folder that its README reports. */
export interface FolderFacts {
  year: number;
  /** Rows of the 12 street files, the ones with no location included. */
  streetRows: number;
  noLocation: number;
  homeOfficeRows: number;
}

const FORMATS = `Besides tidy CSV files (the layout \`assess\` documents for partner extracts), each folder
holds police data in the layouts in which it is really published, so that a build of the
sample reads them the way it would read real downloads:

- **data.police.uk street-level crime** (\`${STREET_ZIP}\`): a zip of monthly force files
  \`YYYY-MM/YYYY-MM-${FORCE_SLUG}-street.csv\` as the bulk download gives them, one row per crime or
  anti-social behaviour incident in ${HOME_NAME}, with the ONS LSOA -> ward -> district lookup
  (\`${LSOA_LOOKUP}\`) that places each row in a ward. It gives ${HOME_NAME}'s figures for the
  14 police.uk crime types and all crime, for the district and its wards, in the assessment year.
- **Home Office police recorded crime by Community Safety Partnership** (\`${HOME_OFFICE_FILE}\`),
  by financial quarter and offence, with the analyst's lookup of partnership names to district
  codes (\`${CSP_LOOKUP}\`). It gives the recorded crime of the ${OTHER_COMPARATORS.length} comparators outside ${COUNTY.name}.

The tidy police files leave out what these files give, so nothing is given twice.`;

export function rootReadme(folders: FolderFacts[]): string {
  const years = folders.map((f) => f.year);
  const noLocation = folders.map((f) => `${f.noLocation} in \`${f.year}/\``).join(', ');
  return `# Sample data

${WARNING}

One folder per assessment year (${years.map((y) => `\`${y}/\``).join(', ')}), each holding the
extracts a partnership would collect for that year's Strategic Assessment of the fictional
${HOME_NAME} district (\`${HOME_CODE}\`) in the county of ${COUNTY.name}. The project's
\`assess.config.yaml\` is configured for it:

\`\`\`sh
assess build ${years.at(-1)}
\`\`\`

${FORMATS}

The street files also hold incidents with no location (blank coordinates and LSOA), as real
extracts do: ${noLocation}. They are extra rows: \`assess\` counts them and reports them in a
warning, and leaves them out of every total, so the figures it builds from the street files are
exactly the generator's. Each folder's README describes its files.

The folders cut windows from one synthetic world, so they agree where they overlap (the same
month has the same value in every folder, whichever file gives it).

${REGENERATE}
`;
}

export function yearReadme(year: number, facts: FolderFacts): string {
  const months = monthsEnding(year, YEAR_END_MONTH, MONTHS_PER_FOLDER);
  const assessment = monthsEnding(year, YEAR_END_MONTH, 12);
  const first = assessment[0]!;
  const last = assessment.at(-1)!;
  const fy = (start: number): string => `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
  const outside = OTHER_COMPARATORS.length;
  const others = OTHER_CSPS.map((c) => c.name).join(', ');
  const wardsSpanned = new Set(HOME_LSOAS.map((l) => l.ward)).size;
  const annual = ANNUAL_FILES.map((f) => `| \`${f.file}\` | tidy | ${f.agency} | ${f.description}; assessment years ${year - 2}-${year} (\`${f.measures.join('`, `')}\`) |`);
  return `# Sample data for assessment year ${year}

${WARNING}

Assessment year ${year} = ${first} to ${last} (\`year_end_month: ${YEAR_END_MONTH}\`).
Tidy files have the header \`measure,area_code,area_name,period,value,source\`; \`period\` is
\`YYYY-MM\` for a month or \`YYYY\` for an assessment year; the \`source\` column of every row says
"${SOURCE_TEXT}". Counts are plain integers; nothing is suppressed or missing.

| file | format | agency | contents |
|---|---|---|---|
| \`police-recorded-crime.csv\` | tidy | police | recorded crime by offence group, monthly ${months[0]} to ${months.at(-1)}, for the ${COUNTY_AREAS.length} ${COUNTY.name} districts and the ${outside} other members of ${HOME_NAME}'s most similar group, except what the two files below give: for ${HOME_NAME} from ${first} to ${last} only the Home Office breakdowns that data.police.uk does not publish (\`${HOME_TIDY_ONLY.join('`, `')}\`); for the ${outside} comparators outside ${COUNTY.name} only \`${OUTSIDE_TIDY_ONLY.join('`, `')}\` |
| \`police-asb-domestic-abuse.csv\` | tidy | police | anti-social behaviour incidents, domestic abuse incidents and repeat victims, monthly, same areas and months; ${HOME_NAME}'s ASB from ${first} to ${last} is in the street files |
| \`${STREET_ZIP}\` | data.police.uk street-level crime (bulk download zip) | police | ${assessment.length} monthly files \`YYYY-MM/YYYY-MM-${FORCE_SLUG}-street.csv\`, ${first} to ${last}, with the 12-column header \`${STREET_HEADER}\`: ${facts.streetRows.toLocaleString('en-GB')} rows, one per crime or ASB incident in ${HOME_NAME} (ASB rows have no Crime ID or outcome; locations are snap points "On or near ..."). ${facts.noLocation} rows have no location (blank coordinates and LSOA), as in real extracts: \`assess\` counts them, warns, and leaves them out of every total. The rows with an LSOA give ${HOME_NAME}'s and its wards' monthly counts of the 14 crime types and all crime |
| \`${LSOA_LOOKUP}\` | ONS LSOA (2021) to electoral ward (2023) to local authority lookup | ONS-style lookup | ${HOME_NAME}'s ${HOME_LSOAS.length} LSOAs (\`${HOME_LSOAS[0]!.code}\`, "${HOME_LSOAS[0]!.name}", ...) in its ${wardsSpanned} wards: places each street row in a ward and the district |
| \`${HOME_OFFICE_FILE}\` | Home Office police recorded crime by Community Safety Partnership (open data table saved as CSV) | police | ${facts.homeOfficeRows.toLocaleString('en-GB')} rows: offence counts by financial quarter, ${fy(Number(months[0]!.slice(0, 4)))} quarter 3 to ${fy(year)} quarter 2 (${months[0]} to ${months.at(-1)}), for the ${outside} comparators outside ${COUNTY.name} and ${OTHER_CSPS.length} partnerships that are neither in the county nor comparators (${others}), which \`assess\` skips with a warning, as it would the rest of England and Wales |
| \`${CSP_LOOKUP}\` | analyst's lookup (\`csp_name,area_code\`) | - | the Home Office names of the ${outside} comparator partnerships outside ${COUNTY.name} and their district codes |
${annual.join('\n')}
| \`population.csv\` | tidy | ONS-style estimates | residents, dwellings, households and residents aged 10-17, per district (the denominators of the rates) |
| \`wards.csv\` | tidy | ONS-style lookup | ${HOME_NAME}'s wards, their codes and residents (codes and names as in \`${LSOA_LOOKUP}\`) |

Built-in features worth knowing when testing: all crime is the sum of the offence groups plus
about 3% of other crimes, in every file; the street files' rows with an LSOA, the Home Office
quarters and the tidy months are cut from the same counts, so they agree wherever they meet;
${HOME_NAME}'s ${SHIFT.family} rises by ${Math.round((SHIFT.factor - 1) * 100)}% from ${SHIFT.from}
(a special-cause shift for SPC charts); "High Street" is the town-centre ward with much more crime.

${REGENERATE}
`;
}

function areaList(codes: string[], indent: string): string {
  return codes.map((code) => `${indent}- ${code}   # ${ALL_AREAS.find((a) => a.code === code)?.name ?? code}`).join('\n');
}

export function sampleConfig(years: number[]): string {
  return `# Sample configuration for the bundled SYNTHETIC data (${years.map((y) => `data/${y}`).join(', ')}). Not a real partnership.
# Written by \`npm run sample-data\` (scripts/generate-sample-data.ts), which also writes the data:
# every name and code below is fictional and matches data/<year>/population.csv.
# Try it with: assess build ${years.at(-1)}

# The partnership's name, printed on the cover and in the introduction.
partnership: Safer ${HOME_NAME} Partnership (synthetic sample)

# The home district's area code (${HOME_NAME}): the district the assessment is about.
area: ${HOME_CODE}

# The county: its districts are compared and ranked per 1,000 ("county position", 1 = lowest rate).
county:
  name: ${COUNTY.name}
  # The code used for the county-wide row (all the districts together) in the outputs.
  code: ${COUNTY.code}
  # Every district of the county, the home district included.
  areas:
${areaList(COUNTY_AREAS.map((a) => a.code), '    ')}

# The most similar group of comparable partnerships (ranks are also shown within it).
comparators:
  name: Most similar group
  # ${COMPARATOR_CODES.length} districts, the home district included; some are in other counties.
  areas:
${areaList(COMPARATOR_CODES, '    ')}

# The assessment year N is the 12 months ending with this month of year N:
# 9 = October N-1 to September N, as the seeds' rolling years run.
year_end_month: ${YEAR_END_MONTH}

# true marks every page as a draft.
draft: false

# A line printed on the cover: this sample must never be mistaken for real figures.
cover_note: Synthetic sample data - not real figures. Generated by scripts/generate-sample-data.ts.
`;
}
