// The measured side of the ingest benchmark: reads data.police.uk street-level files with the
// compiled reader exactly as `assess build` does (LSOA lookup, then every street file counted and
// placed in districts and wards), and prints what it produced and its peak memory as JSON.
// Plain JavaScript importing dist/, so the timing includes no TypeScript loader.
// Usage: node scripts/bench/count-street.mjs <lookup.csv> <street.csv>...
import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { bundledMeasures } from '../../dist/catalogue/measures.js';
import { lsoaLookupFormat } from '../../dist/ingest/formats/lsoa-lookup.js';
import { policeStreetFormat } from '../../dist/ingest/formats/police-street.js';

const [lookupFile, ...streetFiles] = process.argv.slice(2);
const districts = Array.from({ length: 12 }, (_, i) => `E07999${String(i + 1).padStart(3, '0')}`);
const config = { area: districts[0], county: { name: 'Synthetic', areas: districts }, measures: bundledMeasures, yearEndMonth: 12 };
const measures = new Map(bundledMeasures.map((measure) => [measure.id, measure]));
const bare = { config, measures, knownAreas: new Set(districts), lookups: { lsoa: new Map(), csp: new Map() } };
const lookup = lsoaLookupFormat.read(readFileSync(lookupFile, 'utf8'), lookupFile, bare);
for (const entry of lookup.lsoa) bare.lookups.lsoa.set(entry.lsoaCode, entry);
const context = { ...bare, knownAreas: new Set([...districts, ...lookup.wards.map((ward) => ward.wardCode)]) };

const head = Buffer.alloc(1000);
const fd = openSync(streetFiles[0], 'r');
readSync(fd, head, 0, head.length, 0);
closeSync(fd);
const header = head.toString('utf8').split('\n')[0].split(',');
const files = streetFiles.map((file) => ({
  name: file, shown: file, path: file, size: statSync(file).size, utf16: false,
  header: { cells: header, keys: header.map((cell) => cell.trim().toLowerCase()), line: 1 },
  open: () => createReadStream(file),
  text: () => { throw new Error('not needed'); },
}));
const outputs = await policeStreetFormat.readStreamed(files, context, process.env);
const problems = outputs.flatMap((output) => output.problems.map((problem) => problem.message));
if (problems.length > 0) throw new Error(problems.join('\n'));
const allCrime = outputs.flatMap((output) => output.observations).filter((o) => o.measure === 'all_crime' && districts.includes(o.areaCode));
process.stdout.write(JSON.stringify({
  rows: outputs.reduce((sum, output) => sum + output.rows, 0),
  observations: outputs.reduce((sum, output) => sum + output.observations.length, 0),
  allCrimePlaced: allCrime.reduce((sum, o) => sum + o.value, 0),
  maxRssKb: process.resourceUsage().maxRSS,
}) + '\n');
