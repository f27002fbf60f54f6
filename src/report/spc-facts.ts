import type { MeasureDefinition } from '../model.js';
import { joinList } from '../narrative/wording.js';
import type { MeasureCharts } from './measure-charts.js';

const CONCERN = /^special cause: concern, (.*)$/;

/**
 * The executive summary's SPC fact: measures whose special cause of concern runs to the latest
 * month, which is what a committee can still act on (a signal that ended years ago is not).
 */
export function spcConcernFact(measures: readonly MeasureDefinition[], charts: ReadonlyMap<string, MeasureCharts> | undefined): string | null {
  const items = measures.flatMap((measure) => {
    const chart = charts?.get(measure.id);
    const match = CONCERN.exec(chart?.spcSummary ?? '');
    return match && chart?.spcConcernContinues ? [`${measure.label} (${match[1]})`] : [];
  });
  if (items.length === 0) return null;
  return `Statistical process control shows special-cause variation of concern continuing to the latest month for ${joinList(items)}.`;
}
