import type { FigureRow, MeasureDefinition } from '../model.js';
import { formatPct, formatValue, roundHalfAwayFromZero } from './format.js';
import { compareShown, movementNoun, ppAmount } from './wording.js';

export interface YearLabels {
  current: string;
  previous: string;
}

/**
 * What happened to a measure, as the predicate after its label: "has decreased by 262 (-17.3%),
 * from 1,518 to 1,256". Ratio measures move in percentage points. With year labels the values
 * are dated ("from 9,354 in 2010-11 to 8,149 in 2011-12").
 */
export function changePredicate(measure: MeasureDefinition, row: FigureRow, labels?: YearLabels): string {
  const isRatio = measure.ratioOf !== undefined;
  const current = row.value;
  const previous = row.previousValue;
  const at = (value: number, label: string | undefined) => (label ? `${formatValue(value, isRatio)} in ${label}` : formatValue(value, isRatio));

  // Small-number suppression: say a figure is withheld, never what it might be.
  if (row.suppressed?.[2] === true) return `is suppressed for ${labels?.current ?? 'the current year'} because the figure is small`;
  if (current == null) return `has no figure for ${labels?.current ?? 'the current year'}`;
  if (row.suppressed?.[1] === true) {
    return `stands at ${at(current, labels?.current)}; the figure for ${labels?.previous ?? 'the previous year'} is suppressed because it is small`;
  }
  if (previous == null) {
    return `stands at ${at(current, labels?.current)}; no figure is available for ${labels?.previous ?? 'the previous year'}`;
  }
  const change = row.change ?? current - previous;
  if (change === 0) return `has not changed, at ${at(current, labels?.current)}`;

  const fromTo = `from ${at(previous, labels?.previous)} to ${at(current, labels?.current)}`;
  if (isRatio) {
    const verb = change > 0 ? 'risen' : 'fallen';
    // "from 23.5% to 23.5%" would contradict the rise it describes.
    if (roundHalfAwayFromZero(Math.abs(change), 1) === 0) return `has ${verb} by ${ppAmount(change)}, to ${at(current, labels?.current)}`;
    return `has ${verb} by ${ppAmount(change)}, ${fromTo}`;
  }
  const verb = change > 0 ? 'increased' : 'decreased';
  // A change from zero has no percentage (statistics.md): the counts alone tell it.
  const pct = row.pctChange == null ? '' : ` (${formatPct(row.pctChange)})`;
  return `has ${verb} by ${formatValue(Math.abs(change), false)}${pct}, ${fromTo}`;
}

/**
 * The sentence that replaces a measure's change when its current figure is withheld by
 * small-number suppression: "Figures for hospital admissions ... in Medbury are suppressed in
 * 2023-24 because they are small." Null when the figure is shown.
 */
export function suppressedSentence(measure: MeasureDefinition, row: FigureRow, homeName: string, labels?: YearLabels): string | null {
  if (row.suppressed?.[2] !== true) return null;
  // Keep acronyms (ASB, KSI) as they are; lower-case an ordinary first word for mid-sentence use.
  const what = /^[A-Z][a-z]/.test(measure.label) ? measure.label[0]!.toLowerCase() + measure.label.slice(1) : measure.label;
  return `Figures for ${what} in ${homeName} are suppressed ${labels ? `in ${labels.current}` : 'for the latest 12 months'} because they are small.`;
}

/** The county's movement as a noun phrase: "decrease of 3.1%", "rise of 0.2 percentage points". */
export function countyMovement(measure: MeasureDefinition, county: FigureRow): string | null {
  const isRatio = measure.ratioOf !== undefined;
  const change = county.change;
  if (change == null || change === 0) return null;
  if (isRatio) return `${movementNoun(change, true)} of ${ppAmount(change)}`;
  if (county.pctChange == null) return null;
  return `${movementNoun(change, false)} of ${formatPct(Math.abs(county.pctChange))}`;
}

/**
 * How the home area's change compares with the county's (seed 002 section 4): "This rate of
 * decrease is greater than the county decrease of 11.9%." Rates of change are compared as
 * shown, to one decimal place, so the text never contradicts the table. Null when there is
 * nothing to compare.
 */
export function countyComparison(measure: MeasureDefinition, home: FigureRow, county: FigureRow | undefined): string | null {
  if (!county || home.change == null || county.change == null) return null;
  const isRatio = measure.ratioOf !== undefined;
  if (county.change === 0) return isRatio ? 'The county-wide percentage has not changed.' : 'The county-wide figure has not changed.';

  // "counter to the county-wide increase of 0.0%" would say the opposite of what the table shows.
  const countyShown = isRatio ? county.change : county.pctChange;
  if (countyShown != null && roundHalfAwayFromZero(Math.abs(countyShown), 1) === 0) {
    return isRatio ? 'The county-wide percentage was broadly unchanged.' : 'The county-wide figure was broadly unchanged.';
  }
  const movement = countyMovement(measure, county);
  if (movement === null) return null;
  const homeRate = isRatio ? home.change : home.pctChange;
  if (home.change === 0 || homeRate == null) return `This compares with a county-wide ${movement}.`;

  const subject = isRatio ? `This ${movementNoun(home.change, true)}` : `This rate of ${movementNoun(home.change, false)}`;
  if (Math.sign(home.change) !== Math.sign(county.change)) return `${subject} is counter to the county-wide ${movement}.`;
  const countyRate = isRatio ? county.change : county.pctChange!;
  return `${subject} is ${compareShown(homeRate, countyRate)} the county ${movement}.`;
}
