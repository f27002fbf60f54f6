/** Two builds' figures -> a FigureDiff: what changed, by category. Pure. */
import { AssessError, ExitCode } from '../errors.js';
import { compareHome, homeFigures } from './compare-home.js';
import { compareRevisions } from './compare-revisions.js';
import { comparePriorities, compareSpc } from './compare-signals.js';
import type { FiguresDocument, MeasureRecord } from './figures-file.js';
import type { BuildFolder } from './read-build.js';
import type { AreaRef, BuildSummary, FigureDiff, MeasureRef } from './types.js';

function measureRef(record: MeasureRecord): MeasureRef {
  const kind = record.ratio_of !== undefined ? 'percent' : record.value_kind === 'rate' ? 'rate' : 'count';
  return { id: record.id, label: record.label, kind, polarity: record.polarity };
}

function summary(build: BuildFolder): BuildSummary {
  const { meta } = build.document;
  return { folder: build.folder, year: meta.year, yearLabel: meta.year_labels[2] ?? String(meta.year), periodLabel: meta.period_labels[2] ?? String(meta.year), generator: meta.generator };
}

/** Items of the later build missing from the earlier (appeared), the reverse (disappeared), and the later build's items in both. */
function appearance<T>(before: readonly T[], after: readonly T[], key: (item: T) => string): { appeared: T[]; disappeared: T[]; inBoth: T[] } {
  const had = new Set(before.map(key));
  const has = new Set(after.map(key));
  return { appeared: after.filter((item) => !had.has(key(item))), disappeared: before.filter((item) => !has.has(key(item))), inBoth: after.filter((item) => had.has(key(item))) };
}

function areaName(document: FiguresDocument, code: string): string {
  return document.areas.find((a) => a.code === code)?.name ?? code;
}

function notesOf(before: BuildFolder, after: BuildFolder): string[] {
  const [a, b] = [before.document.meta, after.document.meta];
  const notes: string[] = [];
  if (a.generator !== b.generator) notes.push(`The builds were made by different versions: ${a.generator} (${before.folder}) and ${b.generator} (${after.folder}).`);
  if (a.colouring !== b.colouring) notes.push(`The builds shade their tables by different rules (colouring: ${a.colouring} in ${before.folder}, ${b.colouring} in ${after.folder}), so some changes of shading come from the rule, not the figures.`);
  const months = (labels: readonly string[]) => labels.at(-1)?.replace(/\d+/g, '').trim();
  if (months(a.period_labels) !== months(b.period_labels)) notes.push(`The builds' years run over different months (${a.period_labels.at(-1)} in ${before.folder}, ${b.period_labels.at(-1)} in ${after.folder}), so a change between them is partly a change of period.`);
  if (a.county.code !== b.county.code || a.county.name !== b.county.name) notes.push(`The county differs: ${a.county.name} (${a.county.code}) in ${before.folder}, ${b.county.name} (${b.county.code}) in ${after.folder}.`);
  for (const build of [before, after]) {
    if (build.document.priorities === null) notes.push(`${build.folder} has no priority scoring, so the recommended priorities are not compared.`);
  }
  return notes;
}

/**
 * Compares two builds of one partnership's home district. Builds of different years give the
 * year-on-year categories; two builds of the same year also list every revised figure.
 */
export function compareBuilds(before: BuildFolder, after: BuildFolder): FigureDiff {
  const [a, b] = [before.document, after.document];
  if (a.meta.area !== b.meta.area) {
    throw new AssessError(`${before.folder} and ${after.folder} are about different districts and cannot be compared`, ExitCode.badInput, {
      found: `${areaName(a, a.meta.area)} (${a.meta.area}) and ${areaName(b, b.meta.area)} (${b.meta.area})`,
      expected: 'two builds for the same home district (area: in the configuration)',
      fix: 'Compare builds made with the same configuration.',
    });
  }
  const mode = a.meta.year === b.meta.year ? 'revision' : 'years';
  if (a.meta.year > b.meta.year) {
    // Every verdict (better, worse, entered, left) reads from the first build to the second.
    throw new AssessError(`${before.folder} is a later year than ${after.folder}: the earlier build comes first`, ExitCode.badInput, {
      found: `${a.meta.year_labels.at(-1)} then ${b.meta.year_labels.at(-1)}`,
      expected: 'the earlier build, then the later one',
      fix: `Swap them: assess diff ${after.folder} ${before.folder}`,
    });
  }
  const periods = (document: FiguresDocument) => document.meta.period_labels.join('; ');
  if (mode === 'revision' && periods(a) !== periods(b)) {
    throw new AssessError(`${before.folder} and ${after.folder} cover different 12-month periods, so their figures are not revisions of each other`, ExitCode.badInput, {
      found: `${a.meta.period_labels.at(-1)} in ${before.folder}, ${b.meta.period_labels.at(-1)} in ${after.folder}`,
      expected: 'two builds of the same year with the same year_end_month',
      fix: 'Compare builds made with the same year_end_month in the configuration.',
    });
  }
  const measures = appearance(a.measures, b.measures, (m) => m.id);
  const inBoth = measures.inBoth.map(measureRef);
  const areas = appearance<AreaRef>(a.areas.map(({ code, name }) => ({ code, name })), b.areas.map(({ code, name }) => ({ code, name })), (area) => area.code);
  const home = compareHome(inBoth, homeFigures(a), homeFigures(b));
  return {
    mode,
    before: summary(before),
    after: summary(after),
    partnership: b.meta.partnership,
    home: { code: b.meta.area, name: areaName(b, b.meta.area) },
    county: { code: b.meta.county.code, name: b.meta.county.name },
    comparatorGroup: b.meta.comparator_group,
    measures: { appeared: measures.appeared.map(measureRef), disappeared: measures.disappeared.map(measureRef) },
    areas: { appeared: areas.appeared, disappeared: areas.disappeared },
    // Between builds of one year, rank and rate changes are revisions and are listed with them.
    rankMoves: mode === 'years' ? home.rankMoves : [],
    comparisons: home.comparisons,
    colours: home.colours,
    crossings: home.crossings,
    rateChanges: mode === 'years' ? home.rateChanges : [],
    spc: compareSpc(inBoth, a.spc, b.spc, b.meta.area),
    priorities: a.priorities !== null && b.priorities !== null ? comparePriorities(a.priorities, b.priorities) : { entered: [], left: [] },
    revisions: mode === 'revision' ? compareRevisions(new Map(inBoth.map((m) => [m.id, m])), new Set(areas.inBoth.map((area) => area.code)), a, b) : [],
    notes: notesOf(before, after),
  };
}
