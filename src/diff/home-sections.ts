/** The home district's categories of change as tables of text: ranks, comparisons, shading, crossings, rates. */
import { formatSignedPct } from '../narrative/format.js';
import { TOP_RATE_CHANGES } from './compare-home.js';
import type { DiffCell, DiffSection } from './report-types.js';
import type { FigureDiff, Tone } from './types.js';
import { comparisonText, rankText, rateChangeTexts, rateText, toneText, verdictText, verdictTone } from './values.js';

/** Column headers for the two builds: their years, or their folders when both are of one year. */
export interface SideNames {
  before: string;
  after: string;
}

export const plain = (text: string): DiffCell => ({ text, tone: 'none' });
export const toned = (text: string, tone: Tone): DiffCell => ({ text, tone });

const places = (n: number): string => `${n} place${n === 1 ? '' : 's'}`;

export function rankSection(diff: FigureDiff, names: SideNames): DiffSection {
  const of = diff.rankMoves.find((m) => m.after.of !== null)?.after.of;
  return {
    id: 'ranks',
    topic: 'county ranks',
    heading: 'County rank moved',
    intro: `${diff.home.name}'s position among the ${of === undefined ? '' : `${of} `}districts of ${diff.county.name}, where 1 is best (lowest for measures with no better direction).`,
    caption: `Measures whose county rank moved: ${diff.home.name}, ${names.before} and ${names.after}`,
    headers: ['Measure', names.before, names.after, 'Move'],
    numeric: [false, true, true, false],
    rows: diff.rankMoves.map((move) => {
      const by = move.before.rank === null || move.after.rank === null ? undefined : move.after.rank - move.before.rank;
      const words = by === undefined ? 'Ranked in one year only'
        : move.verdict === 'changed' ? `${places(Math.abs(by))} ${by > 0 ? 'higher' : 'lower'}`
          : `${places(Math.abs(by))} ${move.verdict === 'improved' ? 'better' : 'worse'}`;
      return { label: move.measure.label, cells: [plain(rankText(move.before)), plain(rankText(move.after)), toned(words, verdictTone(move.verdict))] };
    }),
    empty: 'No measure moved in the county ranking.',
  };
}

export function comparisonSection(diff: FigureDiff, names: SideNames): DiffSection {
  const group = diff.comparatorGroup ?? 'comparator group';
  return {
    id: 'comparisons',
    topic: 'comparisons with benchmarks',
    heading: `Comparison with ${diff.county.name}${diff.comparatorGroup ? ` or the ${diff.comparatorGroup}` : ''} changed`,
    intro: `The benchmark's rate (or percentage) against ${diff.home.name}'s 95% confidence interval: better or worse when outside it, similar when inside, higher or lower for measures with no better direction.`,
    caption: `Measures whose comparison with a benchmark changed: ${diff.home.name}, ${names.before} and ${names.after}`,
    headers: ['Measure', 'Compared with', names.before, names.after, 'Direction'],
    numeric: [false, false, false, false, false],
    rows: diff.comparisons.map((c) => ({
      label: c.measure.label,
      cells: [plain(c.benchmark === 'county' ? diff.county.name : group), plain(comparisonText(c.before)), plain(comparisonText(c.after)), toned(verdictText(c.verdict), verdictTone(c.verdict))],
    })),
    empty: 'No comparison with a benchmark changed.',
  };
}

export function colourSection(diff: FigureDiff, names: SideNames): DiffSection {
  return {
    id: 'colours',
    topic: 'shading',
    heading: 'Shading changed',
    intro: `How the document's tables shade ${diff.home.name}'s change on the previous year and its rate against ${diff.county.name}: green (a circle) better, red (a triangle) worse, by the measure's better direction.`,
    caption: `Cells whose shading changed: ${diff.home.name}, ${names.before} and ${names.after}`,
    headers: ['Measure', 'Cell', names.before, names.after],
    numeric: [false, false, false, false],
    rows: diff.colours.map((c) => ({
      label: c.measure.label,
      cells: [plain(c.cell === 'change' ? 'Change on the previous year' : `Rate against ${diff.county.name}`), toned(toneText(c.before), c.before), toned(toneText(c.after), c.after)],
    })),
    empty: 'No cell changed its shading.',
  };
}

export function crossingSection(diff: FigureDiff, names: SideNames): DiffSection {
  return {
    id: 'crossings',
    topic: 'crossings of the county rate',
    heading: `Crossed the ${diff.county.name} rate`,
    intro: `Measures whose rate per 1,000 (percentage for proportions, the published value for published rates) went from one side of the ${diff.county.name} figure to the other, as shown to one decimal place.`,
    caption: `Measures that crossed the ${diff.county.name} rate: ${diff.home.name}, and ${diff.county.name} in brackets`,
    headers: ['Measure', names.before, names.after, 'Now'],
    numeric: [false, true, true, false],
    rows: diff.crossings.map((c) => ({
      label: c.measure.label,
      cells: [
        plain(`${rateText(c.before.value, c.measure)} (county ${rateText(c.before.county, c.measure)})`),
        plain(`${rateText(c.after.value, c.measure)} (county ${rateText(c.after.county, c.measure)})`),
        toned(`${c.now === 'above' ? 'Above' : 'Below'} ${diff.county.name}`, verdictTone(c.verdict)),
      ],
    })),
    empty: `No measure crossed the ${diff.county.name} rate.`,
  };
}

export function rateSection(diff: FigureDiff, names: SideNames): DiffSection {
  return {
    id: 'rates',
    topic: 'rates',
    heading: 'Largest changes in rate',
    intro: `The ${TOP_RATE_CHANGES} measures (at most) whose rate per 1,000 (percentage for proportions) changed most between ${names.before} and ${names.after}, by % change; proportions change in percentage points (pp).`,
    caption: `Largest changes in ${diff.home.name}'s rates, ${names.before} to ${names.after}`,
    headers: ['Measure', names.before, names.after, 'Change', '% change'],
    numeric: [false, true, true, true, true],
    rows: diff.rateChanges.map((r) => {
      const tone = verdictTone(r.verdict);
      const [before, after, change] = rateChangeTexts(r.before, r.after, r.change, r.measure);
      return { label: r.measure.label, cells: [plain(before), plain(after), toned(change, tone), toned(formatSignedPct(r.pctChange), tone)] };
    }),
    empty: 'No rate changed.',
  };
}
