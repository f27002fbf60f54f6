import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../src/cli/summary.js';

const result = {
  outDir: '/work/project/out/2024',
  files: ['/work/project/out/2024/strategic-assessment-2024.pdf', '/work/project/out/2024/figures.csv'],
  pageCount: 24,
  measureCount: 33,
  areaCount: 20,
  warnings: [] as string[],
};

describe('buildSummary', () => {
  it('lists outputs relative to the working folder with the page count', () => {
    expect(buildSummary(result, '/work/project')).toBe(
      'Strategic Assessment written to out/2024/:\n  out/2024/strategic-assessment-2024.pdf (24 pages)\n  out/2024/figures.csv\n33 measures, 20 areas.\n',
    );
  });

  it('shows paths outside the working folder in full', () => {
    expect(buildSummary(result, '/elsewhere')).toContain('  /work/project/out/2024/figures.csv\n');
  });

  it('lists at most ten warnings', () => {
    const warnings = Array.from({ length: 12 }, (_, i) => `warning ${i + 1}`);
    const text = buildSummary({ ...result, warnings }, '/work/project');
    expect(text).toContain('12 data warning(s)');
    expect(text).toContain('  - warning 10\n  ... and 2 more\n');
  });
});
