import { describe, expect, it } from 'vitest';
import { leagueChart, leagueOrder, type LeagueChartInput } from '../../src/charts/index.js';
import { elements, markGroups, markPaths, wrapperFacts } from './svg.js';

const base: LeagueChartInput = {
  title: 'Violence against the person, 2024/25',
  unit: 'Crimes per 1,000 population',
  polarity: 'lower_is_better',
  benchmark: { name: 'Countyshire', value: 31.42 },
  areas: [
    { name: 'Ashby', value: 35.1, home: false },
    { name: 'Northtown', value: 29.96, home: true },
    { name: 'Brookfield', value: null, home: false },
    { name: 'Castleford', value: 24.25, home: false },
    { name: 'Deepdale', value: 29.96, home: false },
    { name: 'Eastwick', value: 40, home: false },
  ],
};

describe('leagueOrder', () => {
  it('puts the best first by polarity, ties by name, missing values last', () => {
    expect(leagueOrder(base.areas, 'lower_is_better').map((a) => a.name)).toEqual(['Castleford', 'Deepdale', 'Northtown', 'Ashby', 'Eastwick', 'Brookfield']);
    expect(leagueOrder(base.areas, 'higher_is_better').map((a) => a.name)).toEqual(['Eastwick', 'Ashby', 'Deepdale', 'Northtown', 'Castleford', 'Brookfield']);
  });
});

describe('leagueChart', () => {
  it('draws a bar per area with a value, the home bar darker, and bolds the home name and value', async () => {
    const { svg } = await leagueChart(base);
    const bars = markPaths(svg, 'bars');
    expect(bars).toHaveLength(5);
    expect(bars.map((b) => b.attrs.fill)).toEqual(['#a8c8e2', '#a8c8e2', '#0072B2', '#a8c8e2', '#a8c8e2']);
    const bold = elements(svg, 'text').filter((t) => t.attrs['font-weight'] === 'bold').map((t) => t.text);
    expect(bold).toEqual(expect.arrayContaining(['Northtown', '30.0']));
    expect(bold).not.toContain('Deepdale');
    expect(elements(markGroups(svg, 'values').join(''), 'text').map((t) => t.text)).toEqual(['24.3', '30.0', '35.1', '40.0']);
    expect(elements(svg, 'text').map((t) => t.text)).not.toContain('Brookfield');
  });

  it('orders the bars best first (top to bottom)', async () => {
    const { svg } = await leagueChart(base);
    const y = (name: string) => {
      const label = elements(svg, 'text').find((t) => t.text === name);
      return Number(/translate\([^,]+,([^)]+)\)/.exec(label?.attrs.transform ?? '')?.[1]);
    };
    const ys = ['Castleford', 'Deepdale', 'Northtown', 'Ashby', 'Eastwick'].map(y);
    expect(ys.every(Number.isFinite)).toBe(true);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it('draws and labels a dashed line at the county rate', async () => {
    const { svg } = await leagueChart(base);
    const rule = elements(markGroups(svg, 'benchmark').join(''), 'line');
    expect(rule).toHaveLength(1);
    expect(rule[0]?.attrs['stroke-dasharray']).toBe('5,3');
    expect(elements(markGroups(svg, 'benchmark_label').join(''), 'text').map((t) => t.text)).toEqual(['Countyshire: 31.4']);
  });

  it('says where the home district ranks and lists missing areas as n/a', async () => {
    const view = await leagueChart(base);
    expect(view.alt).toBe(
      'Violence against the person, 2024/25: crimes per 1,000 population for 5 areas, lowest (best) first. ' +
        "Northtown is 2nd lowest of 5 at 30.0, against Countyshire's 31.4.",
    );
    expect(view.caption).toBe(
      'Crimes per 1,000 population by area, lowest (best) first; Northtown is the darker bar with its name in bold; ' +
        'the dashed line marks Countyshire. No value for Brookfield.',
    );
    expect(view.table).toEqual({
      caption: 'Violence against the person, 2024/25: crimes per 1,000 population by area',
      headers: ['Area', 'Crimes per 1,000 population'],
      rows: [
        ['Castleford', '24.3'],
        ['Deepdale', '30.0'],
        ['Northtown', '30.0'],
        ['Ashby', '35.1'],
        ['Eastwick', '40.0'],
        ['Brookfield', 'n/a'],
        ['Countyshire', '31.4'],
      ],
    });
  });

  it('works without a benchmark and with the home district missing a value', async () => {
    const view = await leagueChart({
      ...base,
      polarity: 'higher_is_better',
      benchmark: null,
      areas: base.areas.map((a) => (a.home ? { ...a, value: null } : a)),
    });
    expect(markGroups(view.svg, 'benchmark')).toHaveLength(0);
    expect(markPaths(view.svg, 'bars').every((b) => b.attrs.fill === '#a8c8e2')).toBe(true);
    expect(view.alt).toBe('Violence against the person, 2024/25: crimes per 1,000 population for 4 areas, highest (best) first. Northtown has no value.');
    expect(view.caption).toBe('Crimes per 1,000 population by area, highest (best) first. No value for Brookfield, Northtown.');
  });

  it('is an accessible SVG of a fixed size', async () => {
    const view = await leagueChart(base);
    expect(wrapperFacts(view.svg)).toMatchObject({ role: 'img', ariaLabel: view.alt, width: '640', height: '280', urls: ['http://www.w3.org/2000/svg'], innerAria: 0 });
  });

  it('rejects repeated area names and a table with no values', async () => {
    await expect(leagueChart({ ...base, areas: [...base.areas, { name: 'Ashby', value: 1, home: false }] })).rejects.toThrow(/unique/);
    await expect(leagueChart({ ...base, areas: base.areas.map((a) => ({ ...a, value: null })) })).rejects.toThrow(/no area has a value/);
  });
});
