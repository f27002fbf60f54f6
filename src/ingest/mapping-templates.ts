import type { FileMapping } from '../config/mapping-types.js';
import { csvCell } from '../figures/export-figures.js';

export interface MappingTemplate {
  name: string;
  content: string;
}

function columnHeader(ref: FileMapping['area'] | undefined, fallback: string): string[] {
  if (ref === undefined || 'code' in ref) return [];
  return ['header' in ref.column ? ref.column.header : fallback];
}

/**
 * A header-only copy of each configured partner spreadsheet's layout, so a partner can be sent
 * the exact columns the mapping reads. Mappings that find their period columns automatically
 * have no fixed header to give.
 */
export function mappingTemplates(mappings: readonly FileMapping[] | undefined): MappingTemplate[] {
  return (mappings ?? []).flatMap((mapping) => {
    const values = mapping.values;
    const area = columnHeader(mapping.area, 'Area');
    let headers: string[];
    if (values.kind === 'columns') headers = [...area, ...values.columns.map((c) => c.header)];
    else if (values.periods === 'auto') return [];
    else {
      const category = values.kind === 'categories' ? ['header' in values.category.column ? values.category.column.header : 'Category'] : [];
      headers = [...area, ...category, ...values.periods.map((p) => p.header)];
    }
    const base = mapping.file.split('/').at(-1)!.replace(/\.csv$/i, '').replace(/[*?]+/g, '').replace(/[-_ ]+$/, '') || `mapping-${mapping.index}`;
    return [{ name: `${base}-template.csv`, content: `${headers.map(csvCell).join(',')}\n` }];
  });
}
