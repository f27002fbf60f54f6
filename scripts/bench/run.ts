/**
 * `npm run bench`: the performance figures of issue 6, each as the median of several runs with
 * min and max, beside its floor measured in the same run on the same machine. Everything it
 * reads is SYNTHETIC and generated here (cached in the system temporary folder), so it needs no
 * download. Not part of `npm test`. See docs/performance.md.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { copyFile, cp, link, mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle, WORKERS } from '../bundle.mjs';
import { lookupCsv, writeStreetFile, type StreetGeography } from './street-file.js';
import { paired, range, seconds, summarise, timed, type Run } from './measure.js';
import { countyBatch } from './county-batch.js';
import { BENCH_BUNDLE, cli, countScript, floorScript, mb, node, quick, report } from './invocation.js';

const dataDir = path.join(tmpdir(), 'assess-bench-v1');
const geography: StreetGeography = { districts: Array.from({ length: 12 }, (_, i) => `E07999${String(i + 1).padStart(3, '0')}`), lsoasPerDistrict: 80, wardsPerDistrict: 16 };
const YEAR = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`);

async function streetFile(rows: number): Promise<string> {
  const file = path.join(dataDir, `street-${rows}.csv`);
  if (!existsSync(file)) {
    process.stderr.write(`Generating a synthetic street-level file of ${rows.toLocaleString('en-GB')} rows ...\n`);
    await writeStreetFile(`${file}.partial`, rows, geography, YEAR, rows);
    await rename(`${file}.partial`, file);
  }
  return file;
}

function countStreet(lookup: string, file: string): Run {
  return timed(node, [countScript, lookup, file]);
}

async function ingest(lookup: string): Promise<void> {
  const file = await streetFile(1_000_000);
  const awk = existsSync('/usr/bin/awk') ? '/usr/bin/awk' : 'awk';
  const result = paired(quick ? 3 : 5, () => countStreet(lookup, file), () => timed(awk, ['-F,', '{c[$8"|"$2"|"$10]++}', file]));
  const out = JSON.parse(result.last.stdout) as { rows: number; allCrimePlaced: number };
  report('## 1. Ingest: 1,000,000 data.police.uk rows (~200 MB) to district, ward, month and crime type');
  report(`awk one-liner (floor):  ${range(result.floor)}`);
  report(`assess (${out.rows.toLocaleString('en-GB')} rows read, ${out.allCrimePlaced.toLocaleString('en-GB')} crimes placed): ${range(result.measured)}`);
  report(`ratio: ${(result.measured.median / result.floor.median).toFixed(2)} (target <= 1.0)`);
  report();
}

async function memory(lookup: string): Promise<void> {
  const small = await streetFile(100_000);
  const large = await streetFile(quick ? 1_000_000 : 6_000_000);
  const peak = (file: string): { kb: number; run: Run } => {
    const run = countStreet(lookup, file);
    return { kb: (JSON.parse(run.stdout) as { maxRssKb: number }).maxRssKb, run };
  };
  const a = peak(small);
  const b = peak(large);
  report(`## 2. Peak memory as input grows`);
  report(`100,000 rows: ${mb(a.kb)} peak (${seconds(a.run.seconds)})`);
  report(`${(quick ? 1_000_000 : 6_000_000).toLocaleString('en-GB')} rows: ${mb(b.kb)} peak (${seconds(b.run.seconds)})`);
  report(`ratio: ${(b.kb / a.kb).toFixed(2)} (target <= 1.5)`);
  report();
}

async function build(work: string): Promise<number> {
  const out = path.join(work, 'single');
  const args = [cli, 'build', '2024', '--out', out, '--date', '2024-11-20', '--quiet'];
  timed(node, args); // Warm: the packaged Chromium unpacks itself into the temporary folder on first use.
  const html = path.join(out, 'strategic-assessment-2024.html');
  // Seven pairs: the floor alone moved from 1.56 s to 1.91 s within one run of three on this kind of VM.
  const result = paired(quick ? 2 : 7, () => timed(node, args), () => timed(node, [floorScript, '1', work, html]));
  report('## 3. Build of the sample year, end to end');
  report(`bare browser printing the final HTML once (floor): ${range(result.floor)}`);
  report(`assess build 2024: ${range(result.measured)}`);
  report(`ratio: ${(result.measured.median / result.floor.median).toFixed(2)} (target <= 1.5)`);
  report();
  return result.measured.median;
}

/** A build as row 6 times it, with the process's peak memory in KB. */
type Built = Run & { kb: number };

/**
 * Row 6: the sample year with a national street-level file beside it (every row outside the
 * county, as most of a national download is), against the sample alone: the whole build's time
 * and its peak memory, and whether the county's figures came out the same.
 */
async function nationalYear(work: string): Promise<void> {
  const rows = quick ? 1_000_000 : 6_000_000;
  const street = await streetFile(rows);
  const sample = path.resolve('data/2024');
  const national = path.join(work, 'national-data');
  await cp(sample, national, { recursive: true });
  // A link where the file system allows one: the file is over a gigabyte.
  const target = path.join(national, 'national-street.csv');
  await link(street, target).catch(async () => {
    process.stderr.write(`Copying ${street} (no link possible here) ...\n`);
    await copyFile(street, target);
  });
  const rssFile = path.join(work, 'peak-rss');
  const peakRss = pathToFileURL(path.resolve('scripts/bench/peak-rss.mjs')).href;
  const build = (data: string, out: string): Built => {
    const args = ['--import', peakRss, cli, 'build', '2024', '--data', data, '--out', path.join(work, out), '--date', '2024-11-20', '--quiet'];
    // Removed first, so a build that wrote no peak cannot pass off the one before's as its own.
    rmSync(rssFile, { force: true });
    const run = timed(node, args, { ...process.env, ASSESS_BENCH_RSS: rssFile });
    const kb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : NaN;
    if (!(kb > 0)) throw new Error(`The build of ${data} left no peak memory in ${rssFile} (scripts/bench/peak-rss.mjs)`);
    return { ...run, kb };
  };
  const alone: Built[] = [];
  const withNational: Built[] = [];
  for (let i = 0; i < (quick ? 1 : 3); i++) {
    alone.push(build(sample, 'sample-out'));
    withNational.push(build(national, 'national-out'));
  }
  const peak = (runs: Built[]): number => Math.max(...runs.map((run) => run.kb));
  const same = ['figures.csv', 'figures.json'].every((file) => readFileSync(path.join(work, 'sample-out', file)).equals(readFileSync(path.join(work, 'national-out', file))));
  const gb = (await stat(street)).size / 1e9;
  report('## 6. A national year, end to end');
  report(`assess build 2024 of the sample: ${range(summarise(alone.map((run) => run.seconds)))}, peak ${mb(peak(alone))}`);
  report(`with a national street-level file added (${rows.toLocaleString('en-GB')} rows, ${gb.toFixed(2)} GB, none in the county): ${range(summarise(withNational.map((run) => run.seconds)))}, peak ${mb(peak(withNational))}`);
  report(`memory ratio: ${(peak(withNational) / peak(alone)).toFixed(2)} (as row 2, <= 1.5); the county's figures.csv and figures.json byte-identical: ${same ? 'yes' : 'NO'}`);
  report('(times are medians; memory is the highest peak of the assess process, all its threads, over the runs; the browser prints the same document either way)');
  report();
}

function coldStart(): void {
  const times = Array.from({ length: 10 }, () => timed(node, [cli, '--help']).seconds);
  report('## 5. Cold start');
  report(`assess --help: ${range(summarise(times))} (target < 300 ms)`);
  report();
}

async function main(): Promise<void> {
  // The reader's worker only: the floor draws no charts.
  await bundle({ 'count-street': 'scripts/bench/count-street.mjs', 'print-floor': 'scripts/bench/print-floor.mjs', 'street-worker': WORKERS['street-worker']! }, BENCH_BUNDLE);
  await mkdir(dataDir, { recursive: true });
  const lookup = path.join(dataDir, 'lookup.csv');
  await writeFile(lookup, lookupCsv(geography));
  const work = await mkdtemp(path.join(tmpdir(), 'assess-bench-run-'));
  const cpu = cpus();
  report(`# assess benchmark${quick ? ' (quick)' : ''}`);
  report(`machine: ${cpu.length} x ${cpu[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}, ${process.platform}`);
  report();
  try {
    await ingest(lookup);
    await memory(lookup);
    const single = await build(work);
    countyBatch(work, single);
    coldStart();
    await nationalYear(work);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
