/**
 * Row 4: the county batch (`--all-areas`, 12 districts) against one build, and beside it the bare
 * browser printing the batch's own 12 documents, so the report shows how much of the target the
 * browser alone already takes on this machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseJobs } from '../../src/commands/build-parallel.js';
import { cli, floorScript, node, quick, report } from './invocation.js';
import { range, seconds, summarise, timed } from './measure.js';

/** `single` is the median time of one build (row 3), whose final HTML is in `work`/single. */
export function countyBatch(work: string, single: number): void {
  report('## 4. County batch: --all-areas for the 12 districts');
  const county = path.join(work, 'county');
  const batch = () => timed(node, [cli, 'build', '2024', '--all-areas', '--out', county, '--date', '2024-11-20', '--quiet']).seconds;
  const times = [batch()];
  // The batch's own final HTML, printed by the bare browser as the batch prints it: every
  // district's document, as many at once as the batch's default --jobs, and alone the one that is
  // byte for byte the sample build's (the home district's).
  const documents = readdirSync(county, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(county, entry.name, 'strategic-assessment-2024.html'))
    .sort();
  const sample = readFileSync(path.join(work, 'single', 'strategic-assessment-2024.html'));
  const home = documents.find((file) => readFileSync(file).equals(sample));
  if (documents.length !== 12 || home === undefined) {
    throw new Error(`The county batch wrote ${documents.length} district documents to ${county}, not 12 with one identical to the sample build's`);
  }
  const jobs = parseJobs(undefined);
  const floorAll: number[] = [];
  const floorOne: number[] = [];
  for (let i = 0; i < (quick ? 1 : 2); i++) {
    if (i > 0) times.push(batch());
    floorAll.push(timed(node, [floorScript, String(jobs), work, ...documents]).seconds);
    floorOne.push(timed(node, [floorScript, '1', work, home]).seconds);
  }
  const measured = summarise(times);
  const all = summarise(floorAll);
  const one = summarise(floorOne);
  const target = 4 * single;
  report(`assess build 2024 --all-areas: ${range(measured)}`);
  report(`ratio to one build (${seconds(single)}): ${(measured.median / single).toFixed(2)} (target <= 4)`);
  report(`bare browser printing the batch's 12 documents, ${jobs} at a time: ${range(all)}`);
  report(`bare browser printing one of them (the sample build's): ${range(one)}; the browser's own ratio: ${(all.median / one.median).toFixed(2)}`);
  report(
    `of the target's ${seconds(target)} (4 x one build), the browser's printing alone takes ${seconds(all.median)}, ` +
      `leaving ${seconds(Math.max(0, target - all.median))} for reading the data and making the 12 documents ` +
      `(figures, charts, HTML, contents numbers, files); the batch takes ${seconds(Math.max(0, measured.median - all.median))} more than the browser alone`,
  );
  report();
}
