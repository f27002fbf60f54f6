import { describe, expect, it } from 'vitest';
import type { WardFigure } from '../../src/model.js';
import { hotspots } from '../../src/report/hotspots.js';
import { measure } from '../narrative/rows.js';

const shoplifting = measure();
const ward = (name: string, value: number | null, per1000: number | null, suppressed = value === null): WardFigure => ({
  measure: 'shoplifting', wardCode: `W_${name}`, wardName: name, value, per1000, suppressed,
});
const VOLUME = 'In 2023-24, High Street ward recorded the highest volume of shoplifting in Medbury, with 40 (40.0% of the district total).';

describe('ward hotspots: the highest rate', () => {
  it('names a different ward with the highest rate, looking beyond the top five by volume', () => {
    const wards = [ward('High Street', 40, 8), ward('Abbey', 20, 4), ward('Bridge', 15, 3), ward('Castle', 10, 2), ward('Dene', 8, 1), ward('Priory', 7, 12.2)];
    const view = hotspots(shoplifting, wards, 'Medbury', 100, '2023-24')!;
    expect(view.sentence).toBe(`${VOLUME} By rate, Priory ward is highest, at 12.2 per 1,000 residents.`);
    // The table stays the top five by volume.
    expect(view.rows.map((r) => r[0])).toEqual(['High Street', 'Abbey', 'Bridge', 'Castle', 'Dene']);
  });

  it('says when the highest-volume ward also has the highest rate', () => {
    const view = hotspots(shoplifting, [ward('High Street', 40, 8), ward('Abbey', 20, 4)], 'Medbury', 100, '2023-24')!;
    expect(view.sentence).toBe(`${VOLUME} The same ward also has the highest rate, at 8.0 per 1,000 residents.`);
  });

  it('never names a withheld ward', () => {
    const wards = [ward('High Street', 40, 8), ward('Abbey', 20, 4), ward('Bridge', null, 50), ward('Castle', 5, 30, true)];
    const view = hotspots(shoplifting, wards, 'Medbury', 100, '2023-24')!;
    expect(view.sentence).toBe(`${VOLUME} The same ward also has the highest rate, at 8.0 per 1,000 residents.`);
  });

  it('names tied wards together', () => {
    const view = hotspots(shoplifting, [ward('High Street', 40, 8), ward('Abbey', 20, 9), ward('Bridge', 10, 9)], 'Medbury', 100, '2023-24')!;
    expect(view.sentence).toBe(`${VOLUME} By rate, Abbey and Bridge wards are highest, at 9.0 per 1,000 residents each.`);
  });

  it('adds no rate sentence when no ward has a rate', () => {
    const view = hotspots(shoplifting, [ward('High Street', 40, null), ward('Abbey', 20, null)], 'Medbury', 100, '2023-24')!;
    expect(view.sentence).toBe(VOLUME);
  });
});
