import { describe, expect, it } from 'vitest';
import { wardChart, type WardChartInput } from '../../src/charts/index.js';
import { elements, markGroups, markPaths, wrapperFacts } from './svg.js';

const base: WardChartInput = {
  title: 'Anti-social behaviour hotspots, 2024/25',
  unit: 'Incidents',
  wards: [
    { name: 'Castle', value: 640 },
    { name: 'Town & Pier', value: 1250 },
    { name: 'Buckland', value: 640 },
    { name: "St Radigund's", value: 412 },
    { name: 'Whitfield', value: 97 },
  ],
};

describe('wardChart', () => {
  it('draws one bar per ward, highest first, each labelled with its value', async () => {
    const { svg } = await wardChart(base);
    expect(markPaths(svg, 'bars')).toHaveLength(5);
    expect(elements(markGroups(svg, 'values').join(''), 'text').map((t) => t.text)).toEqual(['1,250', '640', '640', '412', '97']);
    const texts = elements(svg, 'text').map((t) => t.text);
    expect(texts).toEqual(expect.arrayContaining(['Town &amp; Pier', "St Radigund's", 'Incidents', base.title]));
  });

  it('names the top three in the alt text and lists every ward in the table', async () => {
    const view = await wardChart(base);
    expect(view.alt).toBe(
      'Anti-social behaviour hotspots, 2024/25: incidents in the top 5 wards, highest first: Town & Pier (1,250), Buckland (640) and Castle (640), then the others in the table.',
    );
    expect(view.caption).toBe('Incidents by ward, highest first.');
    expect(view.table).toEqual({
      caption: 'Anti-social behaviour hotspots, 2024/25: incidents by ward',
      headers: ['Ward', 'Incidents'],
      rows: [
        ['Town & Pier', '1,250'],
        ['Buckland', '640'],
        ['Castle', '640'],
        ["St Radigund's", '412'],
        ['Whitfield', '97'],
      ],
    });
  });

  it('shows rates to one decimal place', async () => {
    const view = await wardChart({ ...base, unit: 'Incidents per 1,000 residents', wards: [{ name: 'Castle', value: 41.25 }, { name: 'Buckland', value: 9 }] });
    expect(view.table.rows).toEqual([['Castle', '41.3'], ['Buckland', '9.0']]);
    expect(view.alt).toBe('Anti-social behaviour hotspots, 2024/25: incidents per 1,000 residents in the top 2 wards, highest first: Castle (41.3) and Buckland (9.0).');
  });

  it('escapes names in the aria-label and is an accessible SVG of a fixed size', async () => {
    const view = await wardChart(base);
    expect(view.svg).toContain('aria-label="Anti-social behaviour hotspots, 2024/25: incidents in the top 5 wards, highest first: Town &amp; Pier (1,250)');
    expect(wrapperFacts(view.svg)).toMatchObject({ role: 'img', ariaLabel: view.alt, width: '640', height: '240', urls: ['http://www.w3.org/2000/svg'], innerAria: 0 });
  });

  it('keeps an acronym at the start of the unit in capitals mid-sentence', async () => {
    const view = await wardChart({ ...base, unit: 'ASB incidents', wards: [{ name: 'Castle', value: 5 }] });
    expect(view.alt).toBe('Anti-social behaviour hotspots, 2024/25: ASB incidents in one ward, highest first: Castle (5).');
  });

  it('rejects an empty list', async () => {
    await expect(wardChart({ ...base, wards: [] })).rejects.toThrow(/no wards/);
  });
});
