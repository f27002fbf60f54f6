import { describe, expect, it } from 'vitest';
import { countyDistricts, slug } from '../../src/commands/build-district.js';
import type { AssessConfig, Figures } from '../../src/model.js';

const config: AssessConfig = {
  partnership: 'Safer Medbury Partnership', area: 'E2', county: { name: 'Wealdshire', code: 'E10', areas: ['E1', 'E2', 'E3', 'E1'] },
  comparators: { name: 'Most similar group', areas: ['E2', 'E9'] },
  priorities: { previous: [{ name: 'Tackle domestic abuse', measures: ['da_incidents'] }] },
  yearEndMonth: 9, measures: [], themes: [], draft: false, sourceFile: 'assess.config.yaml',
} as AssessConfig;
const population = [
  { areaCode: 'E1', areaName: 'Ashworth Vale', denominators: {} },
  { areaCode: 'E2', areaName: 'Medbury', denominators: {} },
  { areaCode: 'E3', areaName: 'Beaupré & Lee', denominators: {} },
];
const wards = [{ wardCode: 'W1', wardName: 'Abbotsfield', areaCode: 'E2' }];
const noWards: Figures = { year: 2024, rows: [], wards: [] };

describe('countyDistricts', () => {
  const districts = countyDistricts(config, { population, wards }, true);

  it('lists each district once, in the configuration\'s order, with a folder of code and name', () => {
    expect(districts.map((d) => [d.code, d.folder, d.home])).toEqual([
      ['E1', 'E1-ashworth-vale', false],
      ['E2', 'E2-medbury', true],
      ['E3', 'E3-beaupre-lee', false],
    ]);
    expect(slug('  ')).toBe('district');
  });

  it('keeps the configuration as it is for the home district, so its document is the plain build\'s', () => {
    expect(districts[1]!.config).toBe(config);
    expect(districts[1]!.notes(noWards)).toEqual([]);
  });

  it('gives another district its own area and partnership, without the home district\'s group and priorities', () => {
    const other = districts[0]!;
    expect(other.config.area).toBe('E1');
    expect(other.config.partnership).toBe('Ashworth Vale Community Safety Partnership');
    expect(other.config.comparators).toBeUndefined();
    expect(other.config.priorities).toBeUndefined();
    expect(other.config.county).toBe(config.county);
    expect(other.notes(noWards)).toEqual([
      'The Most similar group is configured for Medbury, so Ashworth Vale is compared with the districts of Wealdshire but not ranked within a most similar group.',
      'The review of priorities and the priority scoring belong to the Safer Medbury Partnership, so this document has no priorities section.',
      "The analyst's commentary in the data folder is written about Medbury, so it is not part of this document.",
      'The data folder has no ward figures for Ashworth Vale, so this document has no ward hotspot tables or charts (the ward lookups cover Medbury only).',
    ]);
    const withWards: Figures = { year: 2024, rows: [], wards: [{ measure: 'asb', wardCode: 'W7', wardName: 'Vale', value: 3, per1000: null, suppressed: false }] };
    expect(other.notes(withWards)).toHaveLength(3);
  });
});
