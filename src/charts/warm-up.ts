import { xmrChart } from '../statistics/spc.js';
import type { DrawSvg } from './draw.js';
import { leagueChart } from './league-chart.js';
import { spcChart } from './spc-chart.js';
import { trendChart } from './trend-chart.js';
import { wardChart } from './ward-chart.js';

const MONTHS = Array.from({ length: 24 }, (_, i) => `20${23 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
const VALUES = MONTHS.map((_, i) => 100 + ((i * 37) % 23) - (i > 18 ? 30 : 0));

/**
 * Draws one chart of each kind from made-up figures and throws the drawings away. Vega's code is
 * compiled as it first runs: the first few charts take four times as long as the rest. A chart
 * thread does this while the build reads its data, so the real charts start at full speed.
 */
export async function warmUp(draw: DrawSvg): Promise<void> {
  const chart = xmrChart(VALUES, { improvement: 'decrease', screenOutliers: false });
  await spcChart({ title: 'Warm-up', measureLabel: 'Per month', labels: MONTHS, chart, improvement: 'decrease', summary: 'common cause variation' }, draw);
  const areas = ['A', 'B', 'C', 'D', 'E', 'F'].map((name, i) => ({ name, value: 40 + i * 7.5, home: i === 2 }));
  await leagueChart({ title: 'Warm-up', unit: 'per 1,000 population', areas, benchmark: { name: 'County', value: 55 }, polarity: 'lower_is_better', decimals: 1 }, draw);
  await wardChart({ title: 'Warm-up', unit: 'Count', wards: areas.map(({ name, value }) => ({ name, value: Math.round(value) })) }, draw);
  await trendChart({ title: 'Warm-up', yearLabels: ['2022-23', '2023-24', '2024-25'], series: [{ name: 'A', values: [60, 62.5, 58], emphasis: true }, { name: 'County', values: [55, 56, 54], emphasis: false }], unit: 'Crimes per 1,000 population', decimals: 1 }, draw);
}
