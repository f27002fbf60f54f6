import { describe, expect, it } from 'vitest';
import { bundledMeasures } from '../../src/catalogue/measures.js';
import { bundledThemes } from '../../src/catalogue/themes.js';
import { yearChecks } from '../../src/ingest/year-checks.js';
import type { AnnualTable, AssessConfig, Observation, YearInputs } from '../../src/model.js';

const config: AssessConfig = {
  partnership: 'P', area: 'A1', county: { name: 'County', areas: ['A1', 'A2'] }, yearEndMonth: 9,
  measures: bundledMeasures, themes: bundledThemes, draft: false, sourceFile: 'assess.config.yaml',
};

function inputs(annual: AnnualTable, observations: Observation[] = []): YearInputs {
  return { observations, population: [{ areaCode: 'A1', areaName: 'Medbury', denominators: { population: 1000 } }], wards: [], sources: [], ignoredFiles: [], warnings: [], annual, published: new Map() };
}

const series = (values: Record<number, number>): Map<number, number> => new Map(Object.entries(values).map(([y, v]) => [Number(y), v]));

describe('yearChecks', () => {
  it('warns when a count changed by more than half on a base of 20 or more', () => {
    const annual: AnnualTable = new Map([
      ['robbery', new Map([['A1', series({ 2023: 40, 2024: 61 })], ['A2', series({ 2023: 10, 2024: 30 })]])],
      ['shoplifting', new Map([['A1', series({ 2023: 100, 2024: 150 })]])],
    ]);
    const observations: Observation[] = [{ measure: 'robbery', areaCode: 'A1', period: '2024', value: 61, file: 'police.csv', line: 7 }];
    expect(yearChecks(inputs(annual, observations), config, 2024)).toEqual([
      { file: 'police.csv', measure: 'robbery', message: 'Robbery for Medbury changed by +52.5% on last year (from 40 to 61): check the extract before publishing' },
    ]);
  });

  it('warns when the other districts have a figure and the home district has none', () => {
    const annual: AnnualTable = new Map([['fires_deliberate', new Map([['A2', series({ 2024: 30 })]])]]);
    expect(yearChecks(inputs(annual), config, 2024)).toEqual([
      { measure: 'fires_deliberate', message: 'Deliberate fires has figures for other districts but none for Medbury in 2024: check the extract (the measure is left out of the document if Medbury has no figure for any year)' },
    ]);
  });

  it('warns once per file about rows after the assessment year', () => {
    const row = (period: string, line: number): Observation => ({ measure: 'asb', areaCode: 'A1', period, value: 1, file: 'asb.csv', line });
    const warnings = yearChecks(inputs(new Map(), [row('2024-09', 2), row('2024-10', 3), row('2024-11', 4)]), config, 2024);
    expect(warnings).toEqual([{ file: 'asb.csv', line: 3, message: '2 rows are after the assessment year 2024 (up to 2024-11) and are not used: check the year asked for, or the extract\'s dates' }]);
  });
});
