/**
 * What the document made of the figures, as records for figures.json: the shading of every row,
 * each measure's SPC signal and the priority ranking. Taken from the same functions and view the
 * document is drawn from, so a build compared with another (assess diff) is compared on what the
 * committee actually saw.
 */
import type { FiguresJsonSections, PriorityRecord, RowColourRecord, SpcRecord } from '../figures/export-figures.js';
import type { AssessConfig, Figures } from '../model.js';
import { latestGroupSignal } from '../statistics/spc-summary.js';
import { changeCells, hasRate, rateCell } from './measure-table.js';
import type { DocumentCharts, MeasureCharts } from './measure-charts.js';
import type { ReportView } from './view-types.js';

export interface SectionsInput {
  config: AssessConfig;
  figures: Figures;
  charts: DocumentCharts;
  view: Pick<ReportView, 'priorities'>;
}

export function figuresJsonSections(input: SectionsInput): FiguresJsonSections {
  return { colours: rowColours(input.config, input.figures), spc: spcRecords(input.config, input.charts), priorities: priorityRecords(input.config, input.view) };
}

function rowColours(config: AssessConfig, figures: Figures): RowColourRecord[] {
  const colouring = config.colouring ?? 'significance';
  const measures = new Map(config.measures.map((m) => [m.id, m]));
  return figures.rows.map((row) => {
    const measure = measures.get(row.measure)!;
    const rate = hasRate(measure) ? rateCell(row, measure, config.county.name, colouring).tone : 'none';
    return { measure: row.measure, area_code: row.areaCode, change: changeCells(row, measure, colouring)[0]!.tone, rate };
  });
}

function spcRecords(config: AssessConfig, charts: DocumentCharts): SpcRecord[] {
  return config.measures.flatMap((measure) => {
    const charted: MeasureCharts | undefined = charts.byMeasure.get(measure.id);
    if (charted?.spc === undefined || charted.spcSummary === undefined) return [];
    const { months, chart } = charted.spc;
    const { signal } = latestGroupSignal(chart);
    const last = months.length - 1;
    return [{
      measure: measure.id,
      area_code: config.area,
      first_month: months[0]!,
      last_month: months[last]!,
      summary: charted.spcSummary,
      latest: signal === undefined ? null : {
        rule: signal.rule,
        side: signal.side,
        variation: signal.variation,
        start: months[signal.start]!,
        end: months[signal.end]!,
        points: signal.points,
        continues: signal.end === last,
      },
    }];
  });
}

/** The ranking as the document prints it; totals are read back from its one-decimal text. */
function priorityRecords(config: AssessConfig, view: Pick<ReportView, 'priorities'>): PriorityRecord[] | null {
  const matrix = view.priorities?.matrix;
  if (matrix === undefined) return null;
  return matrix.rows.map((row) => ({
    rank: Number(row.rank),
    theme: config.themes.find((t) => t.title === row.theme)?.id ?? row.theme,
    title: row.theme,
    total: Number(row.total.replace(/,/g, '')),
    recommended: row.recommended,
  }));
}
