/** The README files and the sample configuration that accompany the synthetic data. */
import { ANNUAL_FILES } from './annual.js';
import { ALL_AREAS, COMPARATOR_CODES, COUNTY, COUNTY_AREAS, HOME_CODE, HOME_NAME, HOME_WARDS } from './geography.js';
import { monthsEnding } from './months.js';
import { SHIFT } from './police.js';

export const SOURCE_TEXT = 'synthetic sample data - not real figures';
export const YEAR_END_MONTH = 9;
export const MONTHS_PER_FOLDER = 48;

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

export function rootReadme(years: number[]): string {
  return `# Sample data

${WARNING}

One folder per assessment year (${years.map((y) => `\`${y}/\``).join(', ')}), each holding the
extracts a partnership would collect for that year's Strategic Assessment of the fictional
${HOME_NAME} district (\`${HOME_CODE}\`) in the county of ${COUNTY.name}. The project's
\`assess.config.yaml\` is configured for it:

\`\`\`sh
assess build ${years.at(-1)}
\`\`\`

The folders cut windows from one synthetic world, so they agree where they overlap (the same
month has the same value in every folder).

${REGENERATE}
`;
}

export function yearReadme(year: number): string {
  const months = monthsEnding(year, YEAR_END_MONTH, MONTHS_PER_FOLDER);
  const assessment = monthsEnding(year, YEAR_END_MONTH, 12);
  const annual = ANNUAL_FILES.map((f) => `| \`${f.file}\` | ${f.agency} | ${f.description}; assessment years ${year - 2}-${year} (\`${f.measures.join('`, `')}\`) |`);
  return `# Sample data for assessment year ${year}

${WARNING}

Assessment year ${year} = ${assessment[0]} to ${assessment.at(-1)} (\`year_end_month: ${YEAR_END_MONTH}\`).
Tidy files have the header \`measure,area_code,area_name,period,value,source\`; \`period\` is
\`YYYY-MM\` for a month or \`YYYY\` for an assessment year; the \`source\` column of every row says
"${SOURCE_TEXT}". Counts are plain integers; nothing is suppressed or missing.

| file | agency | contents |
|---|---|---|
| \`police-recorded-crime.csv\` | police | recorded crime by offence group, monthly ${months[0]} to ${months.at(-1)}, for the ${COUNTY_AREAS.length} ${COUNTY.name} districts and the ${ALL_AREAS.length - COUNTY_AREAS.length} other members of ${HOME_NAME}'s most similar group |
| \`police-asb-domestic-abuse.csv\` | police | anti-social behaviour incidents, domestic abuse incidents and repeat victims, monthly, same areas and months |
| \`police-wards.csv\` | police | all the police measures above for ${HOME_NAME}'s ${HOME_WARDS.length} wards, monthly ${assessment[0]} to ${assessment.at(-1)}; the wards add up to the district |
${annual.join('\n')}
| \`population.csv\` | ONS-style estimates | residents, dwellings, households and residents aged 10-17, per district (the denominators of the rates) |
| \`wards.csv\` | ONS-style lookup | ${HOME_NAME}'s wards, their codes and residents |

Built-in features worth knowing when testing: all crime is the sum of the offence groups plus
about 3% of other crimes; ${HOME_NAME}'s ${SHIFT.family} rises by ${Math.round((SHIFT.factor - 1) * 100)}% from ${SHIFT.from}
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
