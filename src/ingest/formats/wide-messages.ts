import path from 'node:path';
import type { FileMapping } from '../../config/mapping-types.js';
import type { AssessConfig, InputWarning } from '../../model.js';

/**
 * Wording shared by the partner-table messages: which mapping is meant, line lists such as
 * "3, 5-7 and 12", and the one warning per file that lists the rows left out by rule.
 */

export function describeWhere(mapping: FileMapping, config: AssessConfig): string {
  const line = mapping.configLine === undefined ? '' : ` (line ${mapping.configLine})`;
  // A year's mappings.yaml names itself, so the analyst edits the right file.
  return `the mapping for "${mapping.file}" in ${path.basename(mapping.sourceFile ?? config.sourceFile)}${line}`;
}

/** "3, 5-7 and 12" */
export function lineList(lines: readonly number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j > i ? `${sorted[i]}-${sorted[j]}` : String(sorted[i]));
    i = j;
  }
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

export function shortList(labels: string[]): string {
  return labels.length > 10 ? `${labels.slice(0, 10).join(', ')} and ${labels.length - 10} more` : labels.join(', ');
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Rows left out on purpose, grouped by why, for one warning per file. */
export class Ignored {
  private readonly groups = new Map<string, number[]>();

  add(reason: string, line: number): void {
    const lines = this.groups.get(reason) ?? [];
    lines.push(line);
    this.groups.set(reason, lines);
  }

  warning(file: string): InputWarning | undefined {
    if (this.groups.size === 0) return undefined;
    const all = [...this.groups.values()].flat();
    const groups = [...this.groups].sort(([, a], [, b]) => Math.min(...a) - Math.min(...b));
    const parts = groups.map(([reason, lines]) => `${reason} (line${lines.length === 1 ? '' : 's'} ${lineList(lines)})`);
    return { message: `Ignored ${plural(all.length, 'row')} by rule: ${parts.join('; ')}`, file, line: Math.min(...all) };
  }
}
