import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../src/figures/compute-figures.js';
import { csvCell, FIGURES_FORMAT_VERSION, figuresToCsv, figuresToJson, type FiguresJsonSections } from '../../src/figures/export-figures.js';
import type { FigureRow, Figures } from '../../src/model.js';
import { MAIDSTONE, seedConfig, seedInput } from './seed-fixture.js';

const HEADER =
  'measure,area_code,period,value,previous_value,change,pct_change,per_1000,county_per_1000,county_rank,county_rank_of,' +
  'msg_rank,msg_rank_of,area_name,kind,value_two_years_ago,denominator,previous_county_rank,' +
  'lower_95,upper_95,county_comparison,change_z,change_notable,suppressed,msg_comparison,lower_998,upper_998';

const config = seedConfig();
const figures = computeFigures(seedInput(config));

function row(overrides: Partial<FigureRow>): FigureRow {
  return {
    measure: 'robbery', areaCode: 'X1', areaName: 'Area', kind: 'area', period: 2024,
    values: [null, null, null], value: null, previousValue: null, change: null, pctChange: null,
    denominator: null, per1000: null, countyPer1000: null, countyRank: null, countyRankOf: null,
    comparatorRank: null, comparatorRankOf: null, previousCountyRank: null,
    lower95: null, upper95: null, countyComparison: null, changeZ: null, changeNotable: null, suppressed: [false, false, false], ...overrides,
  };
}

describe('figuresToCsv', () => {
  const csv = figuresToCsv(figures, config);
  const lines = csv.split('\n');

  it('starts with the published header and ends with a newline', () => {
    expect(lines[0]).toBe(HEADER);
    expect(csv.endsWith('\n')).toBe(true);
    expect(csv).not.toContain('\r');
    expect(lines).toHaveLength(figures.rows.length + 2);
  });

  it('writes unrounded numbers', () => {
    expect(lines).toContain(
      'shoplifting,E07000110,2012,955,932,23,2.467811158798283,6.379425517702071,5.187852832392447,4,4,2,2,Maidstone,area,917,149700,4,' +
        '5.98118369891622,6.797211701372605,worse,0.7487984715547853,false,,,,',
    );
    expect(lines).toContain('shoplifting,E10000016,2012,2665,2702,-37,-1.3693560325684677,5.187852832392447,5.187852832392447,,,,,Kent,county,2617,513700,,' +
      '4.992738324531235,5.388638371804615,,-0.7142553538137548,false,,,,');
  });

  it('leaves a missing value empty', () => {
    expect(lines.find((l) => l.startsWith('asb,E07000105'))).toBe(
      'asb,E07000105,2012,,,,,,,,1,,,Ashford,area,,118000,,,,,,,,,,',
    );
  });

  it('quotes cells as RFC 4180 requires', () => {
    const tricky: Figures = {
      year: 2024,
      rows: [row({ areaName: 'Tonbridge, Malling "East"', values: [1, 2, 3], value: 3, previousValue: 2, change: 1, pctChange: 50 })],
      wards: [],
    };
    expect(figuresToCsv(tricky, config).split('\n')[1]).toBe('robbery,X1,2024,3,2,1,50,,,,,,,"Tonbridge, Malling ""East""",area,1,,,,,,,,,,,');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(0.1 + 0.2)).toBe('0.30000000000000004');
  });
});

describe('figuresToJson', () => {
  const meta = { generator: 'assess 0.1.0', periodLabels: ['2009-10', '2010-11', '2011-12'], yearLabels: ['09-10', '10-11', '11-12'] };
  const sections: FiguresJsonSections = {
    colours: [{ measure: 'shoplifting', area_code: MAIDSTONE, change: 'none', rate: 'worse' }],
    spc: [{ measure: 'shoplifting', area_code: MAIDSTONE, first_month: '2009-04', last_month: '2012-03', summary: 'special cause: concern, point above the upper limit in March 2012', latest: { rule: 'outside', side: 'high', variation: 'concern', start: '2012-03', end: '2012-03', points: 1, continues: true } }],
    priorities: null,
  };
  const json = figuresToJson(figures, config, meta, sections);
  const parsed = JSON.parse(json);

  it('is pretty-printed with a trailing newline', () => {
    expect(json.startsWith('{\n  "meta": {\n    "generator": "assess 0.1.0",')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
  });

  it('has a stable top-level shape', () => {
    expect(Object.keys(parsed)).toEqual(['meta', 'measures', 'areas', 'rows', 'wards', 'colours', 'spc', 'priorities']);
    expect(parsed.meta).toEqual({
      generator: 'assess 0.1.0',
      partnership: 'Safer Maidstone Partnership',
      area: MAIDSTONE,
      year: 2012,
      period_labels: ['2009-10', '2010-11', '2011-12'],
      county: { code: 'E10000016', name: 'Kent' },
      comparator_group: 'Most similar group',
      format_version: FIGURES_FORMAT_VERSION,
      year_labels: ['09-10', '10-11', '11-12'],
      colouring: 'significance',
    });
    expect(FIGURES_FORMAT_VERSION).toBe(2);
  });

  it('writes the document\'s colours, SPC signals and priorities after the figures, as given', () => {
    expect(parsed.colours).toEqual(sections.colours);
    expect(parsed.spc).toEqual(sections.spc);
    expect(parsed.priorities).toBeNull();
  });

  it('describes the measures, with ratio_of only on ratios', () => {
    expect(parsed.measures).toHaveLength(14);
    expect(parsed.measures[0]).toEqual({ id: 'all_crime', label: 'All crime', agency: 'police', theme: 'overall', denominator: 'population', polarity: 'lower_is_better' });
    expect(parsed.measures.find((m: { id: string }) => m.id === 'da_repeat_pct').ratio_of).toEqual(['da_repeat_victims', 'da_incidents']);
  });

  it('lists the districts with their group membership', () => {
    expect(parsed.areas).toEqual([
      { code: 'E07000105', name: 'Ashford', in_county: true, in_comparators: false },
      { code: 'E07000108', name: 'Dover', in_county: true, in_comparators: false },
      { code: 'E07000110', name: 'Maidstone', in_county: true, in_comparators: true },
      { code: 'E07000113', name: 'Swale', in_county: true, in_comparators: true },
      { code: 'E07000084', name: 'Basingstoke and Deane', in_county: false, in_comparators: true },
      { code: 'E07000071', name: 'Colchester', in_county: false, in_comparators: true },
    ]);
  });

  it('writes rows with the CSV\'s fields, numbers unrounded and nulls as null', () => {
    expect(Object.keys(parsed.rows[0]).join(',')).toBe(HEADER);
    const shoplifting = parsed.rows.find((r: { measure: string; area_code: string }) => r.measure === 'shoplifting' && r.area_code === MAIDSTONE);
    expect(shoplifting).toMatchObject({ value: 955, pct_change: 2.467811158798283, county_rank: 4, msg_rank: 2, kind: 'area' });
    const county = parsed.rows.find((r: { kind: string }) => r.kind === 'county');
    expect(county.county_rank).toBeNull();
    expect(parsed.rows).toHaveLength(figures.rows.length);
  });

  it('writes ward totals', () => {
    expect(parsed.wards[0]).toEqual({ measure: 'asb', ward_code: 'W_HIGH', ward_name: 'High Street', value: 513, per_1000: 51.3, suppressed: false });
  });

  it('is deterministic', () => {
    expect(figuresToJson(computeFigures(seedInput(config)), config, meta, sections)).toBe(json);
  });
});
