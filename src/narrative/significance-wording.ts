import type { FigureRow, MeasureDefinition } from '../model.js';

/**
 * What the statistics say about the figures (statistics.md): a change larger than chance, and
 * the rate against the county's by Fingertips' method. Silent where nothing was tested, so
 * the sentence never claims a test that was not made.
 */
export function significanceSentence(measure: MeasureDefinition, home: FigureRow): string | null {
  const parts: string[] = [];
  if (home.changeNotable === true && home.change !== null && home.change !== 0) {
    parts.push(`This is a statistically significant ${home.change > 0 ? 'increase' : 'decrease'}.`);
  }
  const what = measure.ratioOf ? 'percentage' : 'rate';
  switch (home.countyComparison) {
    case 'similar':
      parts.push(`The ${what} is statistically similar to the county's.`);
      break;
    case 'better':
    case 'worse':
    case 'best':
    case 'worst':
    case 'higher':
    case 'lower': {
      // Better and worse are higher or lower read through the measure's polarity; best and
      // worst are the same outside the 99.8% interval too (two significance levels).
      const verdict = home.countyComparison;
      const worse = verdict === 'worse' || verdict === 'worst';
      const better = verdict === 'better' || verdict === 'best';
      const above = verdict === 'higher'
        || (worse && measure.polarity === 'lower_is_better')
        || (better && measure.polarity === 'higher_is_better');
      const note = verdict === 'best' ? ' (much better)' : verdict === 'worst' ? ' (much worse)' : better || worse ? ` (${verdict})` : '';
      parts.push(`The ${what} is significantly ${above ? 'higher' : 'lower'} than the county's${note}.`);
      break;
    }
    default:
      break;
  }
  return parts.length === 0 ? null : parts.join(' ');
}
