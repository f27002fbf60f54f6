/** FigureDiff -> the "what changed" paper as text: title, the builds compared, one table per category. Pure. */
import { formatCount } from '../narrative/format.js';
import { areaSection, measureSection, prioritySection, revisionSection, spcSection } from './build-sections.js';
import { colourSection, comparisonSection, crossingSection, rankSection, rateSection, type SideNames } from './home-sections.js';
import type { DiffReport, DiffSection } from './report-types.js';
import { differenceCount, type FigureDiff } from './types.js';

type SectionBuilder = (diff: FigureDiff, names: SideNames) => DiffSection;

/** The categories in the order a reader takes them; rank and rate moves are revisions within one year. */
const YEAR_SECTIONS: SectionBuilder[] = [measureSection, areaSection, rankSection, comparisonSection, colourSection, crossingSection, rateSection, spcSection, prioritySection];
const REVISION_SECTIONS: SectionBuilder[] = [measureSection, areaSection, revisionSection, comparisonSection, colourSection, crossingSection, spcSection, prioritySection];

function sideNames(diff: FigureDiff): SideNames {
  return diff.mode === 'years' ? { before: diff.before.yearLabel, after: diff.after.yearLabel } : { before: diff.before.folder, after: diff.after.folder };
}

export function diffReport(diff: FigureDiff): DiffReport {
  const names = sideNames(diff);
  const sections = (diff.mode === 'years' ? YEAR_SECTIONS : REVISION_SECTIONS).map((build) => build(diff, names));
  const differences = differenceCount(diff);
  const between = diff.mode === 'years'
    ? `${diff.before.yearLabel} (${diff.before.folder}) and ${diff.after.yearLabel} (${diff.after.folder})`
    : `the two builds of ${diff.after.yearLabel} in ${diff.before.folder} and ${diff.after.folder}`;
  return {
    lang: 'en-GB',
    title: diff.mode === 'years' ? `What changed: ${diff.before.yearLabel} to ${diff.after.yearLabel}` : `What changed: two builds of ${diff.after.yearLabel}`,
    subtitle: `${diff.home.name}: ${diff.partnership}`,
    compared: [diff.before, diff.after].map((b, i) => `${i === 0 ? 'Before' : 'After'}: ${b.folder}, ${b.periodLabel} (${b.generator})`),
    summary: differences === 0
      ? `No differences between ${between}: the figures are the same.`
      : `${formatCount(differences)} difference${differences === 1 ? '' : 's'} between ${between}.`,
    differences,
    sections,
    notes: diff.notes,
  };
}
