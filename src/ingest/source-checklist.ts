import type { AssessConfig, YearInputs } from '../model.js';

export interface ChecklistEntry {
  /** An agency (police, fire, health, ...) or a lookup (population, wards). */
  source: string;
  status: 'received' | 'missing';
  files: string[];
  rows: number;
  periods: string;
  /** Measures expected from this source with no value for the home district in the year. */
  missingMeasures: string[];
  /** Sections of the document that will be empty without it. */
  emptySections: string[];
}

/** Files inside one archive or folder are one delivery: "police-street.zip (12 files)". */
function groupFiles(files: string[]): string[] {
  const groups = new Map<string, number>();
  for (const file of files) {
    const top = file.split('/')[0]!;
    groups.set(top, (groups.get(top) ?? 0) + 1);
  }
  return [...groups].map(([top, count]) => (count > 1 || top.endsWith('.zip') || files.some((f) => f.startsWith(`${top}/`)) ? `${top} (${count} file${count === 1 ? '' : 's'})` : top));
}

function periodRange(periods: string[]): string {
  if (periods.length === 0) return '-';
  const sorted = [...periods].sort();
  return sorted[0] === sorted.at(-1) ? sorted[0]! : `${sorted[0]} to ${sorted.at(-1)}`;
}

/**
 * What each partner was expected to send (from the measures configured for its agency), what
 * arrived, and what the document loses without the rest: `assess sources`.
 */
export function sourceChecklist(config: AssessConfig, inputs: YearInputs, year: number): ChecklistEntry[] {
  const agencies = [...new Set(config.measures.map((m) => m.agency))];
  const entries: ChecklistEntry[] = agencies.map((agency) => {
    const measures = config.measures.filter((m) => m.agency === agency && !m.ratioOf);
    const ids = new Set(measures.map((m) => m.id));
    const files = inputs.sources.filter((s) => s.measures.some((id) => ids.has(id)));
    const hasValue = (id: string): boolean => inputs.annual.get(id)?.get(config.area)?.get(year) != null;
    const missing = measures.filter((m) => !hasValue(m.id));
    const themesOf = (list: typeof measures): Set<string> => new Set(list.map((m) => m.theme));
    // A section is empty when none of its measures, from any agency, has a value.
    const emptyThemes = [...themesOf(missing)].filter((theme) => !config.measures.some((m) => m.theme === theme && !m.ratioOf && hasValue(m.id)));
    return {
      source: agency,
      // The catalogue offers alternatives (published rates beside local counts): a partner who sent
      // some of an agency's measures has sent its extract, and the rest are listed, not failed.
      status: missing.length === measures.length ? 'missing' : 'received',
      files: groupFiles(files.map((f) => f.file)),
      rows: files.reduce((sum, f) => sum + f.rows, 0),
      periods: periodRange(files.flatMap((f) => [f.firstPeriod, f.lastPeriod].filter((p): p is string => p !== undefined))),
      missingMeasures: missing.map((m) => m.label),
      emptySections: config.themes.filter((t) => emptyThemes.includes(t.id)).map((t) => t.title),
    };
  });
  for (const kind of ['population', 'wards'] as const) {
    // An LSOA lookup names the wards too (data.police.uk files are placed by it).
    const files = inputs.sources.filter((s) => s.kind === kind || (kind === 'wards' && s.kind === 'lookup' && /LSOA/.test(s.format ?? '')));
    entries.push({
      source: kind === 'population' ? 'population (ONS)' : 'wards lookup',
      status: files.length > 0 ? 'received' : 'missing',
      files: files.map((f) => f.file),
      rows: files.reduce((sum, f) => sum + f.rows, 0),
      periods: '-',
      missingMeasures: [],
      emptySections: files.length > 0 ? [] : kind === 'population' ? ['every rate per 1,000 and county position'] : ['ward hotspots'],
    });
  }
  return entries;
}

export function formatChecklist(entries: ChecklistEntry[]): string {
  const mark = { received: '[x]', missing: '[ ]' };
  const lines: string[] = [];
  for (const entry of entries) {
    const detail = entry.files.length > 0 ? `${entry.files.join(', ')}; ${entry.rows.toLocaleString('en-GB')} rows; ${entry.periods}` : 'no file received';
    lines.push(`${mark[entry.status]} ${entry.source} (${entry.status}): ${detail}`);
    if (entry.status !== 'missing' && entry.missingMeasures.length > 0) {
      const shown = entry.missingMeasures.slice(0, 3).join('; ');
      const more = entry.missingMeasures.length > 3 ? `; and ${entry.missingMeasures.length - 3} more` : '';
      lines.push(`      not supplied (the catalogue's other ${entry.source} measures): ${shown}${more}`);
    }
    if (entry.emptySections.length > 0) lines.push(`      empty without it: ${entry.emptySections.join('; ')}`);
  }
  return lines.join('\n') + '\n';
}
