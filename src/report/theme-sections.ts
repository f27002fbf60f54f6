import type { AssessConfig, Figures, FigureRow } from '../model.js';
import { measureSentence } from '../narrative/sentences.js';
import { hotspots } from './hotspots.js';
import { measureTable, type TableContext } from './measure-table.js';
import type { ChartRegister } from './chart-figures.js';
import type { MeasureCharts } from './measure-charts.js';
import type { MeasureView, ThemeView } from './view-types.js';

export interface ThemeInput {
  /** Charts rendered for each measure, registered in document order as they are placed. */
  charts?: ReadonlyMap<string, MeasureCharts>;
  register: ChartRegister;
  config: AssessConfig;
  figures: Figures;
  homeName: string;
  context: TableContext;
  /** Section number of "Findings by theme", e.g. "4". */
  sectionNumber: string;
  /** Analyst commentary rendered as HTML, by theme id. */
  commentary?: ReadonlyMap<string, string>;
}

function spcKindOf(summary: string | undefined): MeasureView['spcKind'] {
  if (summary === undefined) return undefined;
  const match = /^special cause: (concern|improvement)/.exec(summary);
  return match ? (match[1] as 'concern' | 'improvement') : summary.startsWith('special cause') ? 'neither' : 'common';
}

export function anchorOf(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export function rowsByMeasure(figures: Figures, areaCode: string): Map<string, FigureRow> {
  return new Map(figures.rows.filter((r) => r.areaCode === areaCode).map((r) => [r.measure, r]));
}

/** One section per theme that has data, one subsection per measure (seed 002 section 4). */
export function themeSections(input: ThemeInput): ThemeView[] {
  const { config, figures, context } = input;
  const countyCode = config.county.code ?? config.county.name;
  const home = rowsByMeasure(figures, config.area);
  const county = rowsByMeasure(figures, countyCode);
  const themes: ThemeView[] = [];
  for (const theme of config.themes) {
    // A measure the home district has no figure for says nothing about it (validate warns).
    const measures = config.measures.filter((m) => m.theme === theme.id && home.get(m.id)?.values.some((v) => v !== null));
    if (measures.length === 0) continue;
    const themeNumber = `${input.sectionNumber}.${themes.length + 1}`;
    themes.push({
      heading: `${themeNumber} ${theme.title}`,
      anchor: `theme-${theme.id}`,
      intro: theme.intro,
      commentary: input.commentary?.get(theme.id),
      measures: measures.map((measure, i) => {
        const homeRow = home.get(measure.id)!;
        // A county row with no value in any year (districts' data not supplied) says nothing.
        const countyRow = county.get(measure.id);
        const countyShown = countyRow?.values.some((v) => v !== null) ? countyRow : undefined;
        const heading = `${themeNumber}.${i + 1} ${measure.label}`;
        const charts = input.charts?.get(measure.id);
        return {
          id: measure.id,
          spcSummary: charts?.spcSummary,
          spcKind: spcKindOf(charts?.spcSummary),
          charts: (charts?.charts ?? []).map((chart) => input.register.add(chart)),
          heading,
          anchor: `measure-${anchorOf(measure.id)}`,
          table: measureTable(measure, homeRow, countyShown, context),
          sentence: measureSentence({ measure, home: homeRow, county: countyRow, homeName: input.homeName, countyName: config.county.name, comparatorName: config.comparators?.name, yearLabels: { current: context.yearLabels[2], previous: context.yearLabels[1] } }),
          note: measure.note,
          hotspots: hotspots(measure, figures.wards, input.homeName, homeRow.value, context.yearLabels[2]),
        };
      }),
    });
  }
  return themes;
}
