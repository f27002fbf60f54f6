import { describe, expect, it } from 'vitest';
import { buildSummary, buildSummaryEvent } from '../../src/cli/summary.js';
import type { BuildResult } from '../../src/commands/build.js';

const base: BuildResult = { outDir: '/srv/csp/out/2024', files: [], pageCount: 0, measureCount: 0, areaCount: 0, warnings: [] };

describe('the summary of a build with --if-changed or --all-areas', () => {
  it('is one line when there was nothing to do', () => {
    const upToDate = { ...base, upToDate: true };
    expect(buildSummary(upToDate, '/srv/csp')).toBe('out/2024 is up to date: no input, configuration or tool change since the last build.\n');
    const event = buildSummaryEvent(upToDate, '/srv/csp');
    expect(event.message).toBe('out/2024 is up to date: no input, configuration or tool change since the last build.');
    expect(event.fields).toMatchObject({ command: 'build', up_to_date: true, files: [] });
  });

  it('lists the manifest after the files of a single build', () => {
    const single = { ...base, files: ['/srv/csp/out/2024/figures.csv'], manifest: '/srv/csp/out/2024/manifest.json', measureCount: 36, areaCount: 20 };
    expect(buildSummary(single, '/srv/csp')).toBe('Strategic Assessment written to out/2024/:\n  out/2024/figures.csv\n  out/2024/manifest.json\n36 measures, 20 areas.\n');
    expect(buildSummaryEvent(single, '/srv/csp').fields).toMatchObject({ manifest: '/srv/csp/out/2024/manifest.json' });
  });

  it('lists the county summary and each district\'s folder of a county build', () => {
    const county: BuildResult = {
      ...base,
      files: ['/srv/csp/out/2024/county-summary-2024.html', '/srv/csp/out/2024/county-summary-2024.csv', '/srv/csp/out/2024/E1-ashworth/figures.csv', '/srv/csp/out/2024/E2-medbury/figures.csv'],
      manifest: '/srv/csp/out/2024/manifest.json',
      measureCount: 36,
      areaCount: 20,
      jobs: 2,
      districts: [
        { code: 'E1', name: 'Ashworth', folder: 'E1-ashworth', pageCount: 61, home: false },
        { code: 'E2', name: 'Medbury', folder: 'E2-medbury', pageCount: 78, home: true },
      ],
    };
    expect(buildSummary(county, '/srv/csp')).toBe([
      'Strategic Assessments of 2 districts written to out/2024/ (2 at a time):',
      '  out/2024/county-summary-2024.html',
      '  out/2024/county-summary-2024.csv',
      '  out/2024/E1-ashworth/: Ashworth, 61 pages',
      '  out/2024/E2-medbury/: Medbury (home district), 78 pages',
      '  out/2024/manifest.json',
      '36 measures, 20 areas.',
      '',
    ].join('\n'));
    expect(buildSummaryEvent(county, '/srv/csp').fields).toMatchObject({ jobs: 2, districts: [{ code: 'E1', name: 'Ashworth', folder: 'E1-ashworth', pages: 61 }, { code: 'E2', name: 'Medbury', folder: 'E2-medbury', pages: 78 }] });
  });
});
