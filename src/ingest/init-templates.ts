import { JUDGEMENT_FACTORS } from '../config/parse-priorities.js';
import type { AssessConfig } from '../model.js';
import { mappingTemplates } from './mapping-templates.js';
import { monthsOfAssessmentYear, periodLabel } from './periods.js';

export interface TemplateFile {
  name: string;
  content: string;
}

const AGENCY_PARTNER: Record<string, string> = {
  police: 'the police force performance or analysis team (or data.police.uk / Home Office open data)',
  fire: 'the fire and rescue service',
  probation: 'the probation service (or the MoJ proven re-offending geographical data tool)',
  'youth offending': 'the youth offending service',
  highways: 'the county highways / road safety team',
  health: 'public health (or OHID Fingertips)',
};

/**
 * The files `assess init` writes into a new year's folder: a README telling the analyst which
 * extract to request from which partner, and header-only templates of the formats assess reads.
 */
export function initTemplates(config: AssessConfig, year: number): TemplateFile[] {
  const first = monthsOfAssessmentYear(year - 2, config.yearEndMonth)[0]!;
  const last = monthsOfAssessmentYear(year, config.yearEndMonth).at(-1)!;
  const agencies = [...new Set(config.measures.filter((m) => !m.ratioOf).map((m) => m.agency))];
  const requests = agencies.flatMap((agency) => {
    const measures = config.measures.filter((m) => m.agency === agency && !m.ratioOf);
    return [
      `### ${agency[0]!.toUpperCase()}${agency.slice(1)}: ask ${AGENCY_PARTNER[agency] ?? `the ${agency} partner`}`,
      '',
      ...measures.map((m) => `- \`${m.id}\`: ${m.label}`),
      '',
    ];
  });
  const areas = [...config.county.areas, ...(config.comparators?.areas ?? []).filter((a) => !config.county.areas.includes(a))];
  const readme = [
    `# Data for the Strategic Assessment ${year}`,
    '',
    `Assessment year ${year}: ${periodLabel(year, config.yearEndMonth)}. The document compares it with the two years before,`,
    `so monthly extracts should cover ${first} to ${last} (36 months); annual figures need ${year - 2}, ${year - 1} and ${year}.`,
    '',
    `Areas: the ${config.county.areas.length} districts of ${config.county.name}${config.comparators ? ` and the ${config.comparators.name}` : ''}: ${areas.join(', ')}.`,
    `Home district: ${config.area}; ward figures are wanted for its wards.`,
    '',
    '## What to request from each partner',
    '',
    ...requests,
    '## Files in this folder',
    '',
    '- `tidy-template.csv`: the simplest format: one row per measure, area, period and value. Copy it, fill it in, rename it.',
    '- `population.csv`: ONS mid-year estimates: one row per area (districts and comparators), with dwellings and the 10-17 population.',
    '- `wards.csv`: the home district\'s wards and their populations, for the hotspot tables.',
    '- Published downloads (data.police.uk street files, Home Office CSP tables, Fingertips, ONS, MoJ) can be saved here as they come;',
    '  partner spreadsheets need a few lines under `mappings:` in the configuration (see the README of assess);',
    '  each mapped spreadsheet has a `<name>-template.csv` here with exactly the columns its mapping reads.',
    `- \`mappings.yaml\` (optional): mappings for this year's partner spreadsheets, tried before the configuration's; \`assess init\``,
    `  copies it from the ${year - 1} folder next to this one when there is one. Edit it when a partner's layout has changed.`,
    '',
    `Check the folder with \`assess sources ${year}\` and \`assess validate ${year}\` before \`assess build ${year}\`.`,
    '',
  ].join('\n');
  return [
    { name: 'README.md', content: readme },
    { name: 'tidy-template.csv', content: 'measure,area_code,area_name,period,value\n' },
    { name: 'population.csv', content: 'area_code,area_name,population,dwellings,households,population_10_17\n' },
    { name: 'wards.csv', content: 'ward_code,ward_name,area_code,population\n' },
    ...scoringTemplate(config),
    ...mappingTemplates(config.mappings),
  ];
}

/**
 * The partnership's scoring sheet: one row per theme to score, with the judgement columns its
 * weights name (the computed factors are assess's, so they are not asked for).
 */
function scoringTemplate(config: AssessConfig): TemplateFile[] {
  const scoring = config.priorities?.scoring;
  if (!scoring) return [];
  const judged = scoring.weights.map((w) => w.factor).filter((f) => (JUDGEMENT_FACTORS as readonly string[]).includes(f) || f === 'resident_concern');
  const rows = config.themes.map((theme) => `${theme.id}${','.repeat(judged.length + 1)}`);
  return [{ name: scoring.file.replace(/\.csv$/, '-template.csv'), content: `theme,${judged.join(',')},notes\n${rows.join('\n')}\n` }];
}
