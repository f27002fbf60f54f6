import { describe, expect, it } from 'vitest';
import { headerKey } from '../../../src/ingest/csv-table.js';
import { lsoaLookupFormat } from '../../../src/ingest/formats/lsoa-lookup.js';
import { contextWith, fixtureText, wealdshireConfig } from '../../fixtures/police/context.js';

const context = contextWith(wealdshireConfig(), []);
const keys = (text: string): string[] => text.split(',').map(headerKey);

describe('lsoaLookupFormat', () => {
  it('recognises ONS lookups of any boundary year', () => {
    expect(lsoaLookupFormat.matches(keys('LSOA21CD,LSOA21NM,WD23CD,WD23NM,LAD23CD,LAD23NM,ObjectId'), 'x.csv')).toBe(true);
    expect(lsoaLookupFormat.matches(keys('lsoa11cd,lsoa11nm,ltla22cd,ltla22nm'), 'x.csv')).toBe(true);
    expect(lsoaLookupFormat.matches(keys('LSOA21CD,LSOA21NM,MSOA21CD'), 'x.csv')).toBe(false);
  });

  it('reads every LSOA, and the wards of the county and comparator districts', () => {
    const output = lsoaLookupFormat.read(fixtureText('LSOA21_WD23_LAD23_EW_LU.csv'), 'lookup.csv', context);
    expect(output.problems).toEqual([]);
    expect(output.warnings).toEqual([]);
    expect(output.rows).toBe(12);
    expect(output.lsoa).toHaveLength(12);
    expect(output.lsoa[4]).toEqual({ lsoaCode: 'E01999005', wardCode: 'E05999103', wardName: 'Hollins', areaCode: 'E07999001', areaName: 'Ashcombe' });
    // Northgate East is in a district outside the county: no ward for it.
    expect(output.wards).toEqual([
      { wardCode: 'E05999101', wardName: 'Ashcombe Central', areaCode: 'E07999001' },
      { wardCode: 'E05999102', wardName: 'Ashcombe North', areaCode: 'E07999001' },
      { wardCode: 'E05999103', wardName: 'Hollins', areaCode: 'E07999001' },
      { wardCode: 'E05999201', wardName: 'Bramley', areaCode: 'E07999002' },
      { wardCode: 'E05999202', wardName: 'Vale End', areaCode: 'E07999002' },
      { wardCode: 'E05999301', wardName: 'Colton Town', areaCode: 'E07999003' },
    ]);
  });

  it('takes the latest year when a lookup carries two, and accepts repeats that agree', () => {
    const text = 'FID,OA21CD,lsoa21cd,LSOA21NM,WD22CD,WD22NM,WD23CD,WD23NM,LAD21CD,LAD23CD,LAD23NM\n'
      + '1,E00000001,E01999001,Ashcombe 001A,E05000001,Old Ward,E05999101,Ashcombe Central,E07000001,E07999001,Ashcombe\n'
      + '2,E00000002,E01999001,Ashcombe 001A,E05000001,Old Ward,E05999101,Ashcombe Central,E07000001,E07999001,Ashcombe\n';
    const output = lsoaLookupFormat.read(text, 'oa.csv', context);
    expect(output.problems).toEqual([]);
    expect(output.lsoa).toEqual([{ lsoaCode: 'E01999001', wardCode: 'E05999101', wardName: 'Ashcombe Central', areaCode: 'E07999001', areaName: 'Ashcombe' }]);
  });

  it('reports an LSOA placed in two wards, and a ward in two districts', () => {
    const text = 'LSOA21CD,LSOA21NM,WD23CD,WD23NM,LAD23CD,LAD23NM\n'
      + 'E01999001,A 001A,E05999101,Ashcombe Central,E07999001,Ashcombe\n'
      + 'E01999001,A 001A,E05999102,Ashcombe North,E07999001,Ashcombe\n'
      + 'E01999002,B 001A,E05999101,Ashcombe Central,E07999002,Bramley Vale\n';
    const { problems } = lsoaLookupFormat.read(text, 'bad.csv', context);
    expect(problems.map((p) => [p.message, p.details.location?.line, p.details.found])).toEqual([
      ['LSOA E01999001 is placed in two different wards or districts', 3, 'E05999102 in E07999001 here, E05999101 in E07999001 on line 2'],
      ['Ward E05999101 is placed in two districts', 4, 'E07999002 here, E07999001 on line 2'],
    ]);
  });

  it('warns when there are no ward columns or no LSOA in the home district', () => {
    const output = lsoaLookupFormat.read('LSOA21CD,LSOA21NM,LAD22CD,LAD22NM\nE01999006,Bramley Vale 001A,E07999002,Bramley Vale\n', 'lad.csv', context);
    expect(output.lsoa).toEqual([{ lsoaCode: 'E01999006', wardCode: '', wardName: '', areaCode: 'E07999002', areaName: 'Bramley Vale' }]);
    expect(output.wards).toEqual([]);
    expect(output.warnings.map((w) => w.message)).toEqual([
      'The LSOA lookup has no ward columns (such as WD23CD, WD23NM): district totals can be made, but no ward totals or hotspots',
      'The LSOA lookup has no LSOA in the home district E07999001: street-level crime cannot be placed in it',
    ]);
  });

  it('reports a row with no district code', () => {
    const { problems } = lsoaLookupFormat.read('LSOA21CD,WD23CD,WD23NM,LAD23CD\nE01999001,E05999101,Ashcombe Central,\n', 'gap.csv', context);
    expect(problems.map((p) => [p.message, p.details.location])).toEqual([['No LAD23CD on this row', { file: 'gap.csv', line: 2, column: 4 }]]);
  });
});
