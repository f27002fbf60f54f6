import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { priorityScoresCsv } from '../../scripts/sample-data/priorities.js';
import { bundledThemes } from '../../src/catalogue/themes.js';
import { parsePriorityScores, type PriorityScoresOptions } from '../../src/ingest/parse-priority-scores.js';
import { readPriorityScores } from '../../src/ingest/read-priority-scores.js';
import { inspectYearFolder } from '../../src/ingest/read-year.js';
import { errorFromAsync, problemsOf, testConfig } from './helpers.js';
import { tempDir } from '../temp-dir.js';

const file = 'data/2024/priority-scores.csv';
const options: PriorityScoresOptions = { themes: bundledThemes, scale: [1, 5], factors: ['harm', 'likelihood', 'organisational', 'confidence'] };

function summary(text: string, opts: PriorityScoresOptions = options): string[] {
  return parsePriorityScores(text, file, opts).problems.map((p) => `${p.details.location?.line}:${p.details.location?.column ?? '-'} ${p.message}`);
}

describe('parsePriorityScores', () => {
  it('reads one row per theme, by id or title, with the optional resident concern and notes', () => {
    const text = 'Theme,Harm,Likelihood,Organisational,Confidence,Resident concern,Notes\n'
      + 'domestic_abuse,5,4,4,3,3,agreed 12 October\n'
      + 'Anti-social behaviour,2,5,3,4,,\n'
      + 'FIRE,3,2,2,4.5,2\n';
    const { scores, problems } = parsePriorityScores(text, file, options);
    expect(problems).toEqual([]);
    expect(scores).toEqual({
      hasResidentConcern: true,
      rows: [
        { theme: 'domestic_abuse', scores: { harm: 5, likelihood: 4, organisational: 4, confidence: 3, resident_concern: 3 }, notes: 'agreed 12 October', line: 2 },
        // A blank resident concern is left out for the theme, not an error.
        { theme: 'asb', scores: { harm: 2, likelihood: 5, organisational: 3, confidence: 4 }, line: 3 },
        { theme: 'fire', scores: { harm: 3, likelihood: 2, organisational: 2, confidence: 4.5, resident_concern: 2 }, line: 4 },
      ],
    });
  });

  it('needs only the weighted judgement columns', () => {
    const { scores, problems } = parsePriorityScores('theme,harm\nviolence,4\n', file, { ...options, factors: ['harm'] });
    expect(problems).toEqual([]);
    expect(scores).toEqual({ hasResidentConcern: false, rows: [{ theme: 'violence', scores: { harm: 4 }, line: 2 }] });
  });

  it('reports missing columns in the header', () => {
    const [problem] = parsePriorityScores('theme,harm,likelihood\nasb,1,2\n', file, options).problems;
    expect(problem!.message).toBe('The header of the priority scores file lacks the columns organisational and confidence');
    expect(problem!.details.location).toEqual({ file, line: 1, column: undefined });
  });

  it('reports out-of-scale, blank and non-numeric scores, unknown and repeated themes, each at its line and column', () => {
    const text = 'theme,harm,likelihood,organisational,confidence,resident_concern\n'
      + 'asb,6,4,3,2,1\n'
      + 'acquisitve,3,3,3,3,3\n'
      + 'violence,3,,3,three,0\n'
      + 'ASB,1,1,1,1,1\n'
      + ',1,1,1,1,1\n'
      + 'damage,1,1,1,1,1\n';
    expect(summary(text)).toEqual([
      '2:2 The harm score of "asb" is outside the scale 1 to 5',
      '3:1 "acquisitve" is not a theme of the document. Did you mean "acquisitive"?',
      '4:3 No likelihood score for "violence" in column 3',
      '4:5 The confidence score of "violence" in column 5 is not a number',
      '4:6 The resident_concern score of "violence" is outside the scale 1 to 5',
      '5:1 The theme "asb" is scored twice',
      '6:1 No theme in column 1',
    ]);
    // Rows with a problem are left out; the others are kept.
    expect(parsePriorityScores(text, file, options).scores.rows.map((r) => r.theme)).toEqual(['damage']);
  });

  it('checks scores against the configured scale', () => {
    expect(summary('theme,harm\nasb,0\nfire,10\n', { ...options, scale: [0, 10], factors: ['harm'] })).toEqual([]);
    expect(summary('theme,harm\nasb,0\n', { ...options, factors: ['harm'] })).toEqual(['2:2 The harm score of "asb" is outside the scale 1 to 5']);
  });
});

describe('readPriorityScores', () => {
  const scoring = { file: 'priority-scores.csv', scale: [1, 5] as [number, number], weights: [{ factor: 'harm' as const, weight: 3 }, { factor: 'trend' as const, weight: 1 }], recommend: 2 };
  const config = testConfig({ priorities: { previous: [], scoring } });

  it('is not needed when no scoring is configured', async () => {
    expect(await readPriorityScores('/nowhere', testConfig())).toBeUndefined();
  });

  it('stops with exit code 2, naming the path and the fix, when the configured file is missing', async () => {
    const dir = await tempDir('scores');
    const error = await errorFromAsync(() => readPriorityScores(dir, config));
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe(`No priority scores file: ${path.join(dir, 'priority-scores.csv')}`);
    expect(error.details.expected).toContain('theme,harm');
    expect(error.details.fix).toContain('remove "priorities.scoring"');
  });

  it('reads the file and lists it as an information source; problems stop the build', async () => {
    const dir = await tempDir('scores');
    await writeFile(path.join(dir, 'priority-scores.csv'), 'theme,harm\nasb,4\nfire,2\n');
    const read = await readPriorityScores(dir, config);
    expect(read?.scores.rows.map((r) => [r.theme, r.scores.harm])).toEqual([['asb', 4], ['fire', 2]]);
    expect(read?.source).toMatchObject({ file: 'priority-scores.csv', kind: 'lookup', rows: 2 });
    await writeFile(path.join(dir, 'priority-scores.csv'), 'theme,harm\nasb,7\nfire,0\n');
    const error = await errorFromAsync(() => readPriorityScores(dir, config));
    expect(problemsOf(error).map((p) => p.details.location?.line)).toEqual([2, 3]);
  });
});

describe('the data folder reader', () => {
  it('leaves the configured scores file to the priorities, instead of reporting it as unrecognised', async () => {
    const dir = path.join(await tempDir('scores'), '2024');
    await mkdir(path.join(dir, 'scoring'), { recursive: true });
    await writeFile(path.join(dir, 'population.csv'), 'area_code,area_name,population\nE07000110,Maidstone,177700\nE07000105,Ashford,132700\nE07000106,Canterbury,157400\n');
    await writeFile(path.join(dir, 'crime.csv'), 'measure,area_code,period,value\nall_crime,E07000110,2024,100\n');
    await writeFile(path.join(dir, 'scoring', 'MoRiLE.csv'), 'theme,harm\nasb,4\n');
    const plain = await inspectYearFolder(dir, testConfig());
    expect(plain.inputs.ignoredFiles.map((f) => f.file)).toEqual(['scoring/MoRiLE.csv']);
    const scoring = { file: 'scoring/morile.csv', scale: [1, 5] as [number, number], weights: [{ factor: 'harm' as const, weight: 1 }], recommend: 1 };
    const configured = await inspectYearFolder(dir, testConfig({ priorities: { previous: [], scoring } }));
    expect(configured.problems).toEqual([]);
    expect(configured.inputs.ignoredFiles).toEqual([]);
    expect(configured.inputs.sources.map((f) => f.file)).toEqual(['crime.csv', 'population.csv']);
  });
});

describe('the sample scoring sheet', () => {
  it('scores every bundled theme, cleanly, and says in each row that it is synthetic', () => {
    const { scores, problems } = parsePriorityScores(priorityScoresCsv(), file, options);
    expect(problems).toEqual([]);
    expect(scores.rows.map((r) => r.theme)).toEqual(bundledThemes.map((t) => t.id));
    expect(scores.rows.every((r) => r.notes === 'synthetic sample score - not a real assessment' && r.scores.resident_concern !== undefined)).toBe(true);
  });
});
