/** Small hand-made figures.json documents for the diff tests: a county of three districts. */
import type { PriorityRecord, SpcRecord } from '../../src/figures/export-figures.js';
import type { FigureRecord, FiguresDocument, MeasureRecord } from '../../src/diff/figures-file.js';
import type { BuildFolder } from '../../src/diff/read-build.js';

export const HOME = 'E1';

export const MEASURES: MeasureRecord[] = [
  { id: 'burglary', label: 'Burglary', polarity: 'lower_is_better', denominator: 'dwellings' },
  { id: 'shoplifting', label: 'Shoplifting', polarity: 'lower_is_better', denominator: 'population' },
  { id: 'da_incidents', label: 'Domestic abuse incidents', polarity: 'neutral', denominator: 'population' },
  { id: 'repeat_pct', label: 'Repeat victims %', polarity: 'lower_is_better', denominator: 'none', ratio_of: ['a', 'b'] },
];

const AREAS = [{ code: 'E1', name: 'Medbury' }, { code: 'E2', name: 'Bramleigh' }, { code: 'E3', name: 'Caverley' }];

/** A row with every published column, empty unless given. */
export function row(measure: string, area: string, fields: Partial<FigureRecord> = {}): FigureRecord {
  const name = AREAS.find((a) => a.code === area)?.name ?? 'Wealdshire';
  return {
    measure, area_code: area, period: 2024, value: null, previous_value: null, change: null, pct_change: null, per_1000: null,
    county_per_1000: null, county_rank: null, county_rank_of: null, msg_rank: null, msg_rank_of: null, area_name: name,
    kind: area === 'C1' ? 'county' : 'area', value_two_years_ago: null, denominator: null, previous_county_rank: null,
    lower_95: null, upper_95: null, county_comparison: null, change_z: null, change_notable: null, suppressed: '',
    msg_comparison: null, lower_998: null, upper_998: null, ...fields,
  };
}

export function spc(measure: string, summary: string, latest: SpcRecord['latest'], lastMonth = '2024-09'): SpcRecord {
  return { measure, area_code: HOME, first_month: '2021-10', last_month: lastMonth, summary, latest };
}

export function priority(rank: number, theme: string, total: number, recommended: boolean): PriorityRecord {
  return { rank, theme, title: theme.charAt(0).toUpperCase() + theme.slice(1), total, recommended };
}

export interface DocumentParts {
  year?: number;
  generator?: string;
  colouring?: string;
  area?: string;
  measures?: MeasureRecord[];
  areas?: { code: string; name: string }[];
  rows?: FigureRecord[];
  wards?: FiguresDocument['wards'];
  colours?: FiguresDocument['colours'];
  spc?: SpcRecord[];
  priorities?: PriorityRecord[] | null;
}

export function document(parts: DocumentParts = {}): FiguresDocument {
  const year = parts.year ?? 2024;
  const short = (y: number) => `${y - 1}-${String(y).slice(2)}`;
  return {
    meta: {
      generator: parts.generator ?? 'assess 0.1.0', partnership: 'Safer Medbury', area: parts.area ?? HOME, year,
      period_labels: [year - 2, year - 1, year].map((y) => `Oct ${y - 1} to Sep ${y}`),
      year_labels: [year - 2, year - 1, year].map(short),
      county: { code: 'C1', name: 'Wealdshire' }, comparator_group: 'Most similar group', format_version: 2, colouring: parts.colouring ?? 'significance',
    },
    measures: parts.measures ?? MEASURES,
    areas: (parts.areas ?? AREAS).map((a) => ({ ...a, in_county: true, in_comparators: false })),
    rows: parts.rows ?? [],
    wards: parts.wards ?? [],
    colours: parts.colours ?? [],
    spc: parts.spc ?? [],
    priorities: parts.priorities === undefined ? [] : parts.priorities,
  };
}

export function build(folder: string, parts: DocumentParts = {}): BuildFolder {
  return { folder, document: document(parts), source: { file: `/builds/${folder}/figures.json`, outputFolder: `/builds/${folder}` } };
}
