/**
 * Writes the bundled SYNTHETIC sample data (data/<year>/*, data/README.md) and the sample
 * assess.config.yaml. Run with `npm run sample-data`; the output is deterministic.
 *
 * The files are built by the pure generateSampleData() (scripts/sample-data/files.ts); this
 * script only writes them, replacing each year folder so no stale file survives.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SAMPLE_YEARS, generateSampleData } from './sample-data/files.js';

export { SAMPLE_YEARS, generateSampleData, type SampleFile } from './sample-data/files.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function main(): void {
  const files = generateSampleData(SAMPLE_YEARS);
  for (const year of SAMPLE_YEARS) rmSync(join(root, 'data', String(year)), { recursive: true, force: true });
  for (const file of files) {
    const target = join(root, file.path);
    mkdirSync(dirname(target), { recursive: true });
    if (typeof file.content === 'string') writeFileSync(target, file.content, 'utf8');
    else writeFileSync(target, file.content);
  }
  process.stderr.write(`wrote ${files.length} files of synthetic sample data under ${root}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
