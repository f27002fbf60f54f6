import { describe, expect, it } from 'vitest';
import { buildSummary, buildSummaryEvent, validateSummaryEvent } from '../../src/cli/summary.js';

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

describe('buildSummaryEvent', () => {
  it('gives the summary text, a one-line message and the figures of the JSON event', () => {
    const event = buildSummaryEvent({ ...result, warnings: ['a', 'b'] }, '/work/project');
    expect(event.text).toBe(buildSummary({ ...result, warnings: ['a', 'b'] }, '/work/project'));
    expect(event.message).toBe('Strategic Assessment written to out/2024/');
    expect(event.fields).toEqual({
      command: 'build',
      out_dir: '/work/project/out/2024',
      files: ['/work/project/out/2024/strategic-assessment-2024.pdf', '/work/project/out/2024/figures.csv'],
      pages: 24,
      measures: 33,
      areas: 20,
      warnings: 2,
    });
  });
});

describe('validateSummaryEvent', () => {
  it('has no text (the report says it) and the counts as fields', () => {
    expect(validateSummaryEvent({ report: 'Result: ...', errors: 2, warnings: 1 })).toEqual({
      text: '',
      message: 'Validation: 2 error(s), 1 warning(s)',
      fields: { command: 'validate', errors: 2, warnings: 1 },
    });
  });
});
