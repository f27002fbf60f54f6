/** Categories of change about the builds as a whole: measures and areas, SPC, priorities, revisions. */
import { capitalise } from '../charts/format.js';
import { ordinal } from '../narrative/format.js';
import { plain, toned, type SideNames } from './home-sections.js';
import type { DiffSection } from './report-types.js';
import type { FigureDiff, PriorityPlace, SpcChange } from './types.js';
import { fieldLabel, revisionTexts, spcVerdict, verdictTone } from './values.js';

/** Items in one build only: added ones are in the later build, removed ones in the earlier. */
function appearanceSection<T>(
  names: SideNames,
  items: { appeared: readonly T[]; disappeared: readonly T[] },
  describe: (item: T) => { label: string; code: string },
  text: Pick<DiffSection, 'id' | 'topic' | 'heading' | 'intro' | 'caption' | 'headers' | 'empty'>,
): DiffSection {
  const row = (item: T, change: string) => {
    const { label, code } = describe(item);
    return { label, cells: [plain(code), plain(change)] };
  };
  return {
    ...text,
    numeric: [false, false, false],
    rows: [...items.appeared.map((item) => row(item, `Added: in ${names.after} only`)), ...items.disappeared.map((item) => row(item, `Removed: in ${names.before} only`))],
  };
}

export function measureSection(diff: FigureDiff, names: SideNames): DiffSection {
  return appearanceSection(names, diff.measures, (m) => ({ label: m.label, code: m.id }), {
    id: 'measures',
    topic: 'measures',
    heading: 'Measures added or removed',
    intro: 'Measures with figures in one build and not the other (a new extract, a measure added to the configuration, or a source that did not arrive).',
    caption: 'Measures in one build only',
    headers: ['Measure', 'Id', 'Change'],
    empty: 'The same measures are in both builds.',
  });
}

export function areaSection(diff: FigureDiff, names: SideNames): DiffSection {
  return appearanceSection(names, diff.areas, (a) => ({ label: a.name, code: a.code }), {
    id: 'areas',
    topic: 'areas',
    heading: 'Areas added or removed',
    intro: 'Districts and comparator areas with figures in one build and not the other.',
    caption: 'Areas in one build only',
    headers: ['Area', 'Code', 'Change'],
    empty: 'The same areas are in both builds.',
  });
}

export function spcSection(diff: FigureDiff, names: SideNames): DiffSection {
  const row = (change: SpcChange, started: boolean) => {
    const reading = change.signal.variation === 'neither' ? `${change.signal.side}, no better direction` : change.signal.variation;
    return {
      label: change.measure.label,
      cells: [
        toned(`${started ? 'Started' : 'Ended'} (${reading})`, verdictTone(spcVerdict(change, started))),
        plain(change.beforeSummary === null ? 'No SPC chart' : capitalise(change.beforeSummary)),
        plain(change.afterSummary === null ? 'No SPC chart' : capitalise(change.afterSummary)),
      ],
    };
  };
  return {
    id: 'spc',
    topic: 'SPC signals',
    heading: 'SPC signals started or ended',
    intro: `Special-cause signals on ${diff.home.name}'s monthly SPC charts that run to the latest month: those that started since ${names.before} and those that have ended. Each chart's own summary is shown for both builds.`,
    caption: `SPC signals that started or ended: ${diff.home.name}`,
    headers: ['Measure', 'Signal', names.before, names.after],
    numeric: [false, false, false, false],
    rows: [...diff.spc.started.map((c) => row(c, true)), ...diff.spc.ended.map((c) => row(c, false))],
    empty: 'No SPC signal started or ended.',
  };
}

function placeText(place: PriorityPlace | null): string {
  if (place === null) return 'Not ranked';
  return `${ordinal(place.rank)}, ${place.total} point${place.total === 1 ? '' : 's'}`;
}

export function prioritySection(diff: FigureDiff, names: SideNames): DiffSection {
  const row = (label: string, change: string, before: PriorityPlace | null, after: PriorityPlace | null) => ({ label, cells: [plain(change), plain(placeText(before)), plain(placeText(after))] });
  return {
    id: 'priorities',
    topic: 'recommended priorities',
    heading: 'Recommended priorities changed',
    intro: 'Themes that entered or left the list of recommended priorities, with their place and total in the scoring matrix of each build.',
    caption: 'Themes that entered or left the recommended priorities',
    headers: ['Theme', 'Change', names.before, names.after],
    numeric: [false, false, false, false],
    rows: [
      ...diff.priorities.entered.map((p) => row(p.title, 'Entered the recommended list', p.before, p.after)),
      ...diff.priorities.left.map((p) => row(p.title, 'Left the recommended list', p.before, p.after)),
    ],
    empty: 'The same themes are recommended.',
  };
}

export function revisionSection(diff: FigureDiff, names: SideNames): DiffSection {
  const level = { area: '', county: ' (county)', ward: ' (ward)' };
  return {
    id: 'revisions',
    topic: 'figures',
    heading: 'Revised figures',
    intro: `Every figure of ${diff.after.yearLabel} that differs between the two builds, with its value in each (figures that round alike are shown unrounded).`,
    caption: `Revised figures, ${names.before} and ${names.after}`,
    headers: ['Measure', 'Area', 'Figure', names.before, names.after],
    numeric: [false, false, false, true, true],
    rows: diff.revisions.map((r) => {
      const [before, after] = revisionTexts(r);
      return { label: r.measure.label, cells: [plain(`${r.area.name}${level[r.level]}`), plain(fieldLabel(r.field)), plain(before), plain(after)] };
    }),
    empty: 'No figure was revised.',
  };
}
