import type { ChartView } from '../charts/index.js';
import type { ChartFigure, DataTableView } from './view-types.js';

/**
 * Numbers the charts in document order and collects the data behind each for the appendix, so
 * every chart has its table (WCAG 1.1.1) without interrupting the sections.
 */
export class ChartRegister {
  readonly tables: DataTableView[] = [];

  add(chart: ChartView): ChartFigure {
    const number = this.tables.length + 1;
    const id = `chart-data-${number}`;
    this.tables.push({ id, caption: `Table C${number}: ${chart.table.caption}`, headers: chart.table.headers, rows: chart.table.rows });
    return { svg: chart.svg, alt: chart.alt, caption: chart.caption, tableRef: `Table C${number}`, tableId: id };
  }
}
