import path from 'node:path';
import { LineCounter, isScalar, parseDocument, type Document, type Node } from 'yaml';
import { isCalendarDate } from '../calendar-date.js';
import { AssessError, ExitCode, collectProblems } from '../errors.js';
import type { AreaSet, AssessConfig } from '../model.js';
import { parseMappings } from './parse-mappings.js';
import { parseMeasures } from './parse-measures.js';
import { parsePriorities } from './parse-priorities.js';
import { parseSuppression } from './parse-suppression.js';
import { parseSpc } from './parse-spc.js';
import { parseThemes } from './parse-themes.js';
import { didYouMean } from './suggest.js';
import { describeNode, type Fields, YamlReader } from './yaml-reader.js';

const topKeys = ['partnership', 'area', 'county', 'comparators', 'year_end_month', 'document_date', 'cover_note', 'draft', 'colouring', 'significance_levels', 'templates', 'themes', 'measures', 'mappings', 'spc', 'priorities', 'suppression'] as const;
const colourings = ['significance', 'direction'] as const;

function readAreaSet(reader: YamlReader, node: Node | undefined, what: string, extraKeys: string[]): { set: AreaSet; fields: Fields } | undefined {
  if (node === undefined) return undefined;
  const fields = reader.fields(node, `"${what}"`, ['name', 'areas', ...extraKeys]);
  if (fields === undefined) return undefined;
  const name = reader.string(fields, 'name', `"${what}"`, true);
  const areasNode = reader.valueOf(fields, 'areas', `"${what}"`, true);
  const list = areasNode === undefined ? undefined : reader.codeList(areasNode, `"${what}.areas"`);
  if (list !== undefined && areasNode !== undefined && list.codes.length < 2) {
    reader.problem(areasNode, `"${what}.areas" needs at least two areas to compare`, {
      found: `${list.codes.length} area code${list.codes.length === 1 ? '' : 's'}`,
      expected: 'the codes of every district in the group, including the home area',
    });
  }
  if (name === undefined || list === undefined) return undefined;
  return { set: { name, areas: list.codes }, fields };
}

/** Accepts the date however YAML typed it, but only a real calendar date in YYYY-MM-DD form. */
function readDate(reader: YamlReader, fields: Fields): string | undefined {
  const node = reader.valueOf(fields, 'document_date', 'the configuration', false);
  if (node === undefined) return undefined;
  const value = isScalar(node) ? node.value : undefined;
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value.trim() : '';
  if (isCalendarDate(text)) return text;
  reader.problem(node, '"document_date" is not a valid date', {
    found: describeNode(node),
    expected: 'a date written YYYY-MM-DD, e.g. 2024-11-20',
    fix: 'Write the date as year-month-day, or remove the line to use the build date.',
  });
  return undefined;
}

function requireHomeIn(reader: YamlReader, area: string | undefined, group: { set: AreaSet; fields: Fields } | undefined, what: string): void {
  if (area === undefined || group === undefined || group.set.areas.includes(area)) return;
  reader.problem(group.fields.byKey.get('areas')?.value ?? group.fields.node, `The home area ${area} is not in "${what}.areas"`, {
    found: group.set.areas.join(', '),
    expected: `a list that includes ${area}`,
    fix: `Add ${area} to ${what}.areas (ranks are worked out within the list, so the home area must be in it).`,
  });
}

/**
 * The county's own code names the county's figures: one that is also a district's or a
 * comparator's would file the county's figures under that area, and the other way round.
 */
function requireOwnCountyCode(reader: YamlReader, node: Node | undefined, code: string | undefined, groups: ({ set: AreaSet } | undefined)[]): void {
  if (node === undefined || code === undefined) return;
  const clash = groups.find((group) => group?.set.areas.includes(code));
  if (clash === undefined) return;
  reader.problem(node, `"county.code" ${code} is also one of the areas`, {
    found: code,
    expected: 'the county\'s own area code (e.g. E10000016 for Kent), which no district or comparator has',
    fix: 'Set county.code to the county\'s own code, or leave it out (the county\'s rows then use its name as their code).',
  });
}

/** Turns the text of assess.config.yaml into a checked configuration; every problem is reported at once. */
export function parseConfig(yamlText: string, file: string): AssessConfig {
  const lineCounter = new LineCounter();
  return parseConfigDocument(parseDocument(yamlText, { lineCounter, prettyErrors: false }), lineCounter, file);
}

/** As parseConfig, for a document already parsed (with its line counter) to check its size. */
export function parseConfigDocument(doc: Document.Parsed, lineCounter: LineCounter, file: string): AssessConfig {
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error) => {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      return new AssessError(`The configuration is not valid YAML: ${error.message.split('\n')[0]}`, ExitCode.badInput, {
        location: { file, line, column: col },
        fix: 'Check the indentation and the brackets and quotes on this line and the one before it.',
      });
    });
    throw collectProblems(`Could not read ${file}`, problems);
  }
  const root = doc.contents as Node | null;
  if (root === null) {
    throw new AssessError('The configuration file is empty', ExitCode.badInput, {
      location: { file },
      expected: 'settings such as partnership, area, county and year_end_month',
      fix: 'Copy the example configuration from the README and fill it in.',
    });
  }
  const reader = new YamlReader(file, lineCounter);
  const fields = reader.fields(root, 'the configuration', topKeys);
  if (fields === undefined) throw collectProblems(`Problems in ${file}`, reader.problems);

  const partnership = reader.string(fields, 'partnership', 'the configuration', true);
  const areaNode = reader.valueOf(fields, 'area', 'the configuration', true);
  const area = areaNode === undefined ? undefined : reader.code(areaNode, '"area"');
  const county = readAreaSet(reader, reader.valueOf(fields, 'county', 'the configuration', true), 'county', ['code']);
  const countyCode = county === undefined ? undefined : reader.valueOf(county.fields, 'code', '"county"', false);
  const comparators = readAreaSet(reader, reader.valueOf(fields, 'comparators', 'the configuration', false), 'comparators', []);
  requireHomeIn(reader, area, county, 'county');
  requireHomeIn(reader, area, comparators, 'comparators');
  const yearEndMonth = reader.integer(fields, 'year_end_month', 'the configuration', 1, 12, 'a month number from 1 to 12 (e.g. 9 for years ending in September, 3 for April to March)');
  const documentDate = readDate(reader, fields);
  const coverNote = reader.string(fields, 'cover_note', 'the configuration');
  const draft = reader.boolean(fields, 'draft', 'the configuration') ?? false;
  const colouring = reader.string(fields, 'colouring', 'the configuration');
  if (colouring !== undefined && !(colourings as readonly string[]).includes(colouring)) {
    reader.problem(reader.valueOf(fields, 'colouring', 'the configuration', false)!, `"colouring" is not valid.${didYouMean(colouring, colourings)}`, {
      found: colouring,
      expected: 'significance (shade only changes and differences that are statistically significant) or direction (shade every rise and fall)',
    });
  }
  const levelsNode = reader.valueOf(fields, 'significance_levels', 'the configuration', false);
  const significanceLevels = levelsNode !== undefined && isScalar(levelsNode) && (levelsNode.value === 1 || levelsNode.value === 2) ? levelsNode.value : undefined;
  if (levelsNode !== undefined && significanceLevels === undefined) {
    reader.problem(levelsNode, '"significance_levels" is not valid', {
      found: describeNode(levelsNode),
      expected: '1 (compare at 95% only) or 2 (also at 99.8%, so a difference can be best or worst)',
      fix: 'Write significance_levels: 1 or significance_levels: 2, or remove the line for 1.',
    });
  }
  const templates = reader.string(fields, 'templates', 'the configuration');
  const themes = parseThemes(reader, reader.valueOf(fields, 'themes', 'the configuration', false));
  const measures = parseMeasures(reader, reader.valueOf(fields, 'measures', 'the configuration', false), themes);
  const mappings = parseMappings(reader, reader.valueOf(fields, 'mappings', 'the configuration', false), measures);
  const spc = parseSpc(reader, reader.valueOf(fields, 'spc', 'the configuration', false), measures);
  const priorities = parsePriorities(reader, reader.valueOf(fields, 'priorities', 'the configuration', false), measures, themes);
  const suppression = parseSuppression(reader, reader.valueOf(fields, 'suppression', 'the configuration', false), measures);
  const code = countyCode === undefined ? undefined : reader.code(countyCode, '"county.code"');
  requireOwnCountyCode(reader, countyCode, code, [county, comparators]);

  if (reader.problems.length > 0 || partnership === undefined || area === undefined || county === undefined || yearEndMonth === undefined) {
    throw collectProblems(`Problems in ${file}`, reader.problems);
  }
  return {
    partnership,
    area,
    county: code === undefined ? county.set : { ...county.set, code },
    ...(comparators === undefined ? {} : { comparators: comparators.set }),
    yearEndMonth,
    ...(documentDate === undefined ? {} : { documentDate }),
    ...(coverNote === undefined ? {} : { coverNote }),
    draft,
    ...(colouring === 'direction' || colouring === 'significance' ? { colouring } : {}),
    // Only when configured, so configurations without it are unchanged (the default is 1).
    ...(significanceLevels === undefined ? {} : { significanceLevels }),
    // Relative to the configuration file, so a build works from any working directory.
    ...(templates === undefined ? {} : { templates: path.resolve(path.dirname(file), templates) }),
    themes,
    measures,
    // Only present when configured, so configurations without partner spreadsheets are unchanged.
    ...(mappings.length === 0 ? {} : { mappings }),
    ...(spc === undefined ? {} : { spc }),
    // Only when configured: without it the document has no priorities section.
    ...(priorities === undefined ? {} : { priorities }),
    // Only when configured: agencies not listed keep their default rule (see figures/disclosure.ts).
    ...(suppression === undefined ? {} : { suppression }),
    sourceFile: file,
  };
}
