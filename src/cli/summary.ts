import { displayPath } from '../display-path.js';
import type { BuildResult } from '../commands/build.js';

export function buildSummary(result: BuildResult, cwd: string): string {
  const relative = (file: string): string => displayPath(file, cwd);
  const lines = [
    `Strategic Assessment written to ${relative(result.outDir)}/:`,
    ...result.files.map((file) => `  ${relative(file)}${file.endsWith('.pdf') ? ` (${result.pageCount} pages)` : ''}`),
    `${result.measureCount} measures, ${result.areaCount} areas.`,
  ];
  if (result.warnings.length > 0) {
    lines.push(`${result.warnings.length} data warning(s), listed in the document's methodology section:`);
    lines.push(...result.warnings.slice(0, 10).map((w) => `  - ${w}`));
    if (result.warnings.length > 10) lines.push(`  ... and ${result.warnings.length - 10} more`);
  }
  return lines.join('\n') + '\n';
}
