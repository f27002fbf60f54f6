import { describe, expect, it } from 'vitest';
import { compareBuilds } from '../../src/diff/compare.js';
import { diffReport } from '../../src/diff/diff-report.js';
import { diffCsv } from '../../src/diff/format/csv.js';
import { diffHtml } from '../../src/diff/format/html.js';
import { diffJson } from '../../src/diff/format/json.js';
import { markdownText } from '../../src/diff/format/markdown.js';
import { terminalText, useColour } from '../../src/diff/format/terminal.js';
import { rateChangeText, rateChangeTexts, revisionTexts } from '../../src/diff/values.js';
import { build, HOME, row } from './fixtures.js';
import { after, before } from './two-years.js';

const diff = compareBuilds(before, after);
const report = diffReport(diff);

describe('the terminal table', () => {
  const text = terminalText(report, false);
  const lines = text.split('\n');

  it('heads the output with the builds compared and ends with the count', () => {
    expect(lines.slice(0, 4)).toEqual([
      'What changed: 2022-23 to 2023-24',
      'Medbury: Safer Medbury',
      'Before: out/2023, Oct 2022 to Sep 2023 (assess 0.1.0)',
      'After: out/2024, Oct 2023 to Sep 2024 (assess 0.2.0)',
    ]);
    expect(text.endsWith('25 differences between 2022-23 (out/2023) and 2023-24 (out/2024).\n')).toBe(true);
  });

  it('aligns columns: text to the left, figures to the right', () => {
    const at = lines.indexOf('County rank moved (3)');
    expect(lines.slice(at, at + 6)).toEqual([
      'County rank moved (3)',
      '  Measure                   2022-23  2023-24  Move',
      '  ------------------------  -------  -------  ---------------',
      '  Burglary                   2 of 3   3 of 3  1 place worse',
      '  Shoplifting                3 of 3   1 of 3  2 places better',
      '  Domestic abuse incidents   1 of 3   2 of 3  1 place higher',
    ]);
    expect(text).toContain('  Repeat victims %          20.0% (county 22.0%)  25.0% (county 23.0%)  Above Wealdshire\n');
    expect(text).toContain('  Repeat victims %            20.0%    25.0%  +5.0 pp    +25.0%\n');
  });

  it('writes every category with its rows', () => {
    for (const line of [
      '  Old measure  old_measure  Removed: in 2022-23 only',
      '  Dunmere   E4    Added: in 2023-24 only',
      '  Burglary                  Most similar group  Similar  Worse    Worsened',
      '  Burglary  Rate against Wealdshire      Better (green)  Not shaded',
      '  Shoplifting               Started (concern)                    Common cause variation only',
      '  Burglary                  Ended (concern)                      Special cause: concern, 7-point run above the mean since March 2023  Common cause variation only',
      '  Gamma  Entered the recommended list  3rd, 40 points  2nd, 47 points',
      'Note: The builds were made by different versions: assess 0.1.0 (out/2023) and assess 0.2.0 (out/2024).',
    ]) expect(text).toContain(line);
  });

  it('has no colour codes unless asked, and then colours worse red and better green after padding', () => {
    expect(text).not.toContain('\x1b[');
    const coloured = terminalText(report, true);
    expect(coloured).toContain('\x1b[1mCounty rank moved (3)\x1b[0m');
    expect(coloured).toContain('  Burglary                   2 of 3   3 of 3  \x1b[31m1 place worse  \x1b[0m');
    expect(coloured).toContain('\x1b[32m2 places better\x1b[0m');
  });

  it('colours only a terminal, and never with NO_COLOR set', () => {
    expect(useColour(true, {})).toBe(true);
    expect(useColour(true, { NO_COLOR: '1' })).toBe(false);
    expect(useColour(true, { NO_COLOR: '' })).toBe(true);
    expect(useColour(false, {})).toBe(false);
    expect(useColour(undefined, {})).toBe(false);
  });

  it('says so when there is no difference, and lists what it checked when some categories did not change', () => {
    const same = terminalText(diffReport(compareBuilds(before, before)), false);
    expect(same).toBe([
      'What changed: two builds of 2022-23',
      'Medbury: Safer Medbury',
      'Before: out/2023, Oct 2022 to Sep 2023 (assess 0.1.0)',
      'After: out/2023, Oct 2022 to Sep 2023 (assess 0.1.0)',
      '',
      'No differences between the two builds of 2022-23 in out/2023 and out/2023: the figures are the same.',
      '',
    ].join('\n'));
    const one = build('b', { rows: [row('burglary', HOME, { county_rank: 1, county_rank_of: 3 })] });
    const oneMove = terminalText(diffReport(compareBuilds(build('a', { year: 2023, rows: [row('burglary', HOME, { county_rank: 2, county_rank_of: 3 })] }), one)), false);
    expect(oneMove).toContain('No change in: measures, areas, comparisons with benchmarks, shading, crossings of the county rate, rates, SPC signals, recommended priorities.\n');
  });
});

describe('changes in rate', () => {
  const measure = (kind: 'count' | 'percent' | 'rate') => ({ id: 'm', label: 'M', kind, polarity: 'lower_is_better' as const });

  it('are signed to one decimal place, whole or not, and in percentage points for proportions', () => {
    expect(rateChangeText(-1, measure('count'))).toBe('-1.0');
    expect(rateChangeText(1.54, measure('count'))).toBe('+1.5');
    expect(rateChangeText(1205, measure('rate'))).toBe('+1,205.0');
    expect(rateChangeText(-0.03, measure('count'))).toBe('0.0');
    expect(rateChangeText(5, measure('percent'))).toBe('+5.0 pp');
  });

  it('take more decimal places when two rates would round alike, so a listed change is never 0.2 -> 0.2, 0.0', () => {
    expect(rateChangeTexts(0.19, 0.22, 0.03, measure('count'))).toEqual(['0.19', '0.22', '+0.03']);
    expect(rateChangeTexts(0.7, 0.5, -0.2, measure('count'))).toEqual(['0.7', '0.5', '-0.2']);
    expect(rateChangeTexts(12.04, 12.041, 0.001, measure('count'))).toEqual(['12.040', '12.041', '+0.001']);
    expect(rateChangeTexts(31.04, 31.01, -0.03, measure('percent'))).toEqual(['31.04%', '31.01%', '-0.03 pp']);
  });
});

describe('revised figures', () => {
  const revision = (field: string, before: number | string | null, after: number | string | null) =>
    revisionTexts({ measure: { id: 'm', label: 'M', kind: 'count', polarity: 'lower_is_better' }, area: { code: 'E1', name: 'Medbury' }, level: 'area', field, before, after });

  it('are written as the document writes them', () => {
    expect(revision('value', 1205, 1300)).toEqual(['1,205', '1,300']);
    expect(revision('change', -3, 12)).toEqual(['-3', '+12']);
    expect(revision('pct_change', 2.46, null)).toEqual(['+2.5%', 'n/a']);
    expect(revision('county_comparison', 'better', 'worst')).toEqual(['Better', 'Much worse']);
    expect(revision('suppressed', null, '2024')).toEqual(['none', '2024']);
    expect(revision('change_notable', 'false', 'true')).toEqual(['no', 'yes']);
  });

  it('are written unrounded when rounding would show them alike', () => {
    expect(revision('per_1000', 1.23456, 1.23461)).toEqual(['1.23456', '1.23461']);
  });
});

describe('the other formats', () => {
  it('Markdown: a heading per category, a table, and what an empty category means', () => {
    const md = markdownText(report);
    expect(md.startsWith('# What changed: 2022-23 to 2023-24\n\nMedbury: Safer Medbury\n\n- Before: out/2023')).toBe(true);
    expect(md).toContain('## County rank moved (3)\n\nMedbury\'s position among the 3 districts of Wealdshire, where 1 is best (lowest for measures with no better direction).\n\n| Measure | 2022-23 | 2023-24 | Move |\n| --- | --: | --: | --- |\n| Burglary | 2 of 3 | 3 of 3 | 1 place worse |\n');
    expect(markdownText(diffReport(compareBuilds(before, before)))).toContain('## Revised figures (0)\n\nNo figure was revised.\n');
  });

  it('CSV: one line per difference, figures unrounded', () => {
    const lines = diffCsv(diff).split('\n');
    expect(lines[0]).toBe('category,item,item_label,area_code,area_name,field,before,after,county_before,county_after,pct_change,direction,detail');
    for (const line of [
      'measure_added,new_measure,New measure,,,,,,,,,,',
      'area_removed,,,E3,Caverley,,,,,,,,',
      'county_rank,burglary,Burglary,E1,Medbury,county_rank,2,3,,,,worsened,',
      'comparison,burglary,Burglary,E1,Medbury,msg_comparison,similar,worse,,,,worsened,',
      'colour,burglary,Burglary,E1,Medbury,rate_colour,better,none,,,,,',
      'crossed_county,repeat_pct,Repeat victims %,E1,Medbury,value,20,25,22,23,,worsened,',
      'rate_change,burglary,Burglary,E1,Medbury,per_1000,5,6.5,,,30,worsened,',
      'spc_ended,burglary,Burglary,E1,Medbury,spc_summary,"special cause: concern, 7-point run above the mean since March 2023",common cause variation only,,,,improved,shift high (concern) 2023-03 to 2023-09',
      'priority_entered,gamma,Gamma,,,priority_rank,3,2,,,,,',
    ]) expect(lines).toContain(line);
    expect(lines).toHaveLength(25 + 2);
  });

  it('JSON: the diff itself under a name and version', () => {
    const parsed = JSON.parse(diffJson(diff));
    expect(Object.keys(parsed).slice(0, 5)).toEqual(['format', 'format_version', 'differences', 'mode', 'before']);
    expect(parsed).toMatchObject({ format: 'assess-diff', format_version: 1, differences: 25, mode: 'years' });
    expect(parsed.rankMoves[0]).toEqual({ measure: { id: 'burglary', label: 'Burglary', kind: 'count', polarity: 'lower_is_better' }, before: { rank: 2, of: 3 }, after: { rank: 3, of: 3 }, verdict: 'worsened' });
  });

  it('HTML: headings, captions, column and row headers, shading said in words', async () => {
    const { html } = await diffHtml(report);
    for (const part of [
      '<html lang="en-GB">',
      '<title>What changed: 2022-23 to 2023-24 – Medbury: Safer Medbury</title>',
      '<h1>What changed: 2022-23 to 2023-24</h1>',
      '<h2 id="ranks-heading">County rank moved (3)</h2>',
      '<caption>Measures whose county rank moved: Medbury, 2022-23 and 2023-24</caption>',
      '<thead><tr><th scope="col" class="text">Measure</th><th scope="col" class="">2022-23</th>',
      '<tr><th scope="row">Burglary</th><td class="tone-none">2 of 3</td><td class="tone-none">3 of 3</td><td class="text tone-worse">1 place worse</td></tr>',
    ]) expect(html).toContain(part);
    // "+30.0%" does not say worse by itself: the shading is said in hidden text.
    expect(html).toContain('<td class="tone-worse">+30.0%<span class="visually-hidden"> (worse)</span></td>');
    expect((await diffHtml(diffReport(compareBuilds(before, before)))).html).toContain('<h2 id="revisions-heading">Revised figures (0)</h2>\n  <p>No figure was revised.</p>');
    expect(html).toMatch(/<style>@font-face\{font-family:'Source Sans 3'/);
    // Printed from a browser, the HTML has the PDF's running header and footer.
    expect(html).toContain('<style id="assess-running-heads">@page{@top-left{content:"What changed: 2022-23 to 2023-24 – Medbury: Safer Medbury";');
    expect(html).toContain('@bottom-right{content:"Page " counter(page) " of " counter(pages);');
  });
});
