import type { FigureRow, MeasureDefinition } from '../model.js';
import { agreeWith } from './agreement.js';
import { changePredicate, countyComparison, suppressedSentence, type YearLabels } from './change-wording.js';
import { rankSentence } from './rank-wording.js';
import { significanceSentence } from './significance-wording.js';

export interface MeasureSentenceInput {
  measure: MeasureDefinition;
  home: FigureRow;
  county: FigureRow | undefined;
  homeName: string;
  /**
   * Accepted for callers that know it, but not printed: the sentences say "the county"
   * generically, as the seed does, so the name is not repeated in every paragraph.
   */
  countyName: string;
  /** Printed after "its most similar group" in brackets, unless it only repeats those words. */
  comparatorName?: string;
  /** Dates a withheld figure ("suppressed in 2023-24"); without them it is "the latest 12 months". */
  yearLabels?: YearLabels;
}

/**
 * The paragraph under a measure's table, in the seed's style (002 section 4): its change, how
 * that compares with the county's, and the home area's rank.
 * "Shoplifting has increased by 23 (2.5%), from 932 to 955. This rate of increase is counter to
 * the county-wide decrease of 3.2%. Per 1,000 population Medbury ranks 9th of 12 in the county."
 */
/** For measures where more reporting is welcome, say why a rise is not read as worse. */
function reportingReading(measure: MeasureDefinition, home: FigureRow): string | null {
  if (!measure.riseReading || home.change == null || home.change === 0) return null;
  return home.change > 0
    ? `This rise can mean ${measure.riseReading}, so it is not marked as worse.`
    : `This fall is not marked as better: a rise can mean ${measure.riseReading}.`;
}

export function measureSentence(input: MeasureSentenceInput): string {
  const { measure, home, county, homeName, comparatorName } = input;
  // A withheld figure has no change, rank or test to report: any of them would hint at its size.
  const suppressed = suppressedSentence(measure, home, homeName, input.yearLabels);
  if (suppressed !== null) return suppressed;
  const sentences = [
    `${measure.label} ${agreeWith(measure.label, changePredicate(measure, home))}.`,
    reportingReading(measure, home),
    countyComparison(measure, home, county),
    rankSentence({ measure, home, homeName, comparatorName }),
    significanceSentence(measure, home),
  ];
  return sentences.filter((sentence): sentence is string => sentence !== null).join(' ');
}
