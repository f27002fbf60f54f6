// Learns the chart templates (src/charts/compiled-specs.ts) of the sample data's documents, the
// home district's and every other district's of each year in data/, and writes them beside the
// bundled chart worker (dist/bundle/chart-templates.json), which starts every build's chart
// thread with them. Run by `npm install` and `npm run build`, after the bundle.
//
// Why: a document's 61 charts come in a handful of kinds, and the first chart of each kind was
// compiled (Vega-Lite to Vega to a dataflow) in every build, while the browser waited: a tenth of
// a second of a two-second build. A template is learnt here exactly as a build learns it, checked
// against a real chart of its kind, by the same compilers (the file names their versions, and a
// build uses it only with the same). A build that meets a kind not learnt here learns it as before.
//
// The sample data are synthetic (see data/README.md); nothing about the charts' text or values is
// kept, only the compiled shape of each kind with its data and titles left as holes.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = path.join(root, 'dist', 'bundle', 'chart-templates.json');

const { loadYearConfig } = await import('../dist/config/load-year-config.js');
const { readYearData } = await import('../dist/commands/build-read.js');
const { prepareDocument } = await import('../dist/commands/build-document.js');
const { countyDistricts } = await import('../dist/commands/build-district.js');
const { learnSpec, learnedTemplates } = await import('../dist/charts/render.js');

/** As build-all-areas.ts gives another district its data: without the home district's priorities and commentary. */
const districtData = (data, district) => (district.home ? data : { inputs: { ...data.inputs, sources: data.inputs.sources.filter((s) => s !== data.prioritySource) }, commentary: new Map() });

async function learnYear(year) {
  const dataDir = path.join(root, 'data', String(year));
  const config = await loadYearConfig(path.join(root, 'assess.config.yaml'), dataDir);
  const data = await readYearData(dataDir, config, { cwd: root, env: {}, log: () => undefined });
  for (const district of countyDistricts(config, data.inputs, data.commentary.size > 0)) {
    const drawElsewhere = async (spec) => {
      learnSpec(spec);
      return '';
    };
    const prepared = await prepareDocument({ config: district.config, year, data: districtData(data, district), dataDir, documentDate: `${year}-11-20`, notes: district.notes, drawElsewhere });
    await prepared.drawing.catch(() => undefined);
  }
}

try {
  const years = existsSync(path.join(root, 'data')) ? readdirSync(path.join(root, 'data')).filter((name) => /^\d{4}$/.test(name)).map(Number) : [];
  for (const year of years) await learnYear(year);
  const learned = learnedTemplates();
  writeFileSync(target, `${JSON.stringify(learned)}\n`);
  console.log(`chart-templates.json: ${learned.templates.length} kinds of chart learnt from the sample years ${years.join(', ')}`);
} catch (error) {
  // Builds only lose the head start: every kind is then learnt as it comes.
  console.warn(`chart-templates.json not made (${error instanceof Error ? error.message : String(error)}); builds learn each kind of chart as it comes.`);
}
