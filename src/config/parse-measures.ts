import { isScalar, isSeq, type Node } from 'yaml';
import { bundledMeasures } from '../catalogue/measures.js';
import type { MeasureDefinition, Polarity, ThemeDefinition } from '../model.js';
import { didYouMean, listWords } from './suggest.js';
import { describeNode, type Fields, type YamlReader } from './yaml-reader.js';

const measureKeys = ['id', 'label', 'agency', 'theme', 'denominator', 'polarity', 'note', 'overview', 'ratio_of', 'value_kind'] as const;
const valueKinds = ['count', 'rate'] as const;
const polarities: readonly Polarity[] = ['lower_is_better', 'higher_is_better', 'neutral'];

/** A configuration entry as written, kept with its nodes so later checks can point at the line. */
interface Entry {
  id: string;
  item: Node;
  fields: Partial<MeasureDefinition>;
  themeNode?: Node;
  ratioNode?: Node;
}

function readPolarity(reader: YamlReader, fields: Fields, what: string): Polarity | undefined {
  const node = reader.valueOf(fields, 'polarity', what, false);
  if (node === undefined) return undefined;
  const value = isScalar(node) && typeof node.value === 'string' ? node.value.trim() : '';
  if ((polarities as readonly string[]).includes(value)) return value as Polarity;
  reader.problem(node, `"polarity" in ${what} is not valid.${didYouMean(value, polarities)}`, {
    found: describeNode(node),
    expected: listWords(polarities),
    fix: 'Use lower_is_better when a fall is good news, higher_is_better when a rise is, neutral when neither.',
  });
  return undefined;
}

function readValueKind(reader: YamlReader, fields: Fields, what: string): MeasureDefinition['valueKind'] {
  const node = reader.valueOf(fields, 'value_kind', what, false);
  if (node === undefined) return undefined;
  const value = isScalar(node) && typeof node.value === 'string' ? node.value.trim() : '';
  if ((valueKinds as readonly string[]).includes(value)) return value as 'count' | 'rate';
  reader.problem(node, `"value_kind" in ${what} is not valid.${didYouMean(value, valueKinds)}`, {
    found: describeNode(node),
    expected: listWords(valueKinds),
    fix: 'Use count for figures that add up across districts, rate for published rates or percentages.',
  });
  return undefined;
}

function readRatio(reader: YamlReader, fields: Fields, what: string): [string, string] | undefined {
  const node = reader.valueOf(fields, 'ratio_of', what, false);
  if (node === undefined) return undefined;
  if (!isSeq(node) || node.items.length !== 2) {
    reader.problem(node, `"ratio_of" in ${what} should name two measures`, {
      found: describeNode(node),
      expected: '[numerator, denominator], e.g. [da_repeat_victims, da_incidents]',
    });
    return undefined;
  }
  const [top, bottom] = (node.items as Node[]).map((item) => reader.code(item, `A measure in "ratio_of" of ${what}`));
  return top !== undefined && bottom !== undefined ? [top, bottom] : undefined;
}

function readEntry(reader: YamlReader, item: Node, index: number): Entry | undefined {
  const what = `measures entry ${index + 1}`;
  const fields = reader.fields(item, what, measureKeys);
  if (fields === undefined) return undefined;
  const idNode = reader.valueOf(fields, 'id', what, true);
  const id = idNode === undefined ? undefined : reader.code(idNode, `The id of ${what}`);
  const named = id === undefined ? what : `measure "${id}"`;
  const denominatorNode = reader.valueOf(fields, 'denominator', named, false);
  const partial: Partial<MeasureDefinition> = {
    label: reader.string(fields, 'label', named),
    agency: reader.string(fields, 'agency', named),
    theme: reader.string(fields, 'theme', named),
    // Lower case because population.csv headers are matched case-insensitively.
    denominator: denominatorNode === undefined ? undefined : reader.code(denominatorNode, `"denominator" of ${named}`)?.toLowerCase(),
    polarity: readPolarity(reader, fields, named),
    ratioOf: readRatio(reader, fields, named),
    note: reader.string(fields, 'note', named),
    overview: reader.boolean(fields, 'overview', named),
    valueKind: readValueKind(reader, fields, named),
  };
  if (id === undefined) return undefined;
  const fieldsGiven = Object.fromEntries(Object.entries(partial).filter(([, value]) => value !== undefined)) as Partial<MeasureDefinition>;
  return { id, item, fields: fieldsGiven, themeNode: reader.valueOf(fields, 'theme', named, false), ratioNode: reader.valueOf(fields, 'ratio_of', named, false) };
}

function newMeasure(reader: YamlReader, entry: Entry, known: readonly string[]): MeasureDefinition | undefined {
  const { label, agency, theme, polarity } = entry.fields;
  if (label === undefined || agency === undefined || theme === undefined || polarity === undefined) {
    const missing = (['label', 'agency', 'theme', 'polarity'] as const).filter((key) => entry.fields[key] === undefined);
    reader.problem(entry.item, `New measure "${entry.id}" needs ${listWords(missing, 'and')}.${didYouMean(entry.id, known)}`, {
      found: `no ${listWords(missing)}`,
      expected: 'id, label, agency, theme and polarity for a measure that is not in the bundled catalogue',
      fix: 'Add the missing lines, or correct the id if you meant to change a bundled measure.',
    });
    return undefined;
  }
  // A proportion is already a percentage: dividing it by population would be meaningless.
  const denominator = entry.fields.denominator ?? (entry.fields.ratioOf ? 'none' : 'population');
  return { id: entry.id, label, agency, theme, polarity, ...entry.fields, denominator };
}

function checkReferences(reader: YamlReader, measures: MeasureDefinition[], entries: Map<string, Entry>, themes: ThemeDefinition[]): void {
  const themeIds = themes.map((theme) => theme.id);
  const byId = new Map(measures.map((measure) => [measure.id, measure]));
  for (const measure of measures) {
    const entry = entries.get(measure.id);
    if (entry?.fields.theme !== undefined && !themeIds.includes(measure.theme)) {
      reader.problem(entry.themeNode, `Measure "${measure.id}" belongs to an unknown theme.${didYouMean(measure.theme, themeIds)}`, {
        found: measure.theme,
        expected: `one of ${themeIds.join(', ')}`,
        fix: 'Use a bundled theme id or add the theme under "themes:".',
      });
    }
    if (measure.ratioOf === undefined) continue;
    for (const part of measure.ratioOf) {
      const target = byId.get(part);
      const problem =
        part === measure.id ? 'cannot be a proportion of itself'
          : target === undefined ? `is a proportion of an unknown measure "${part}".${didYouMean(part, byId.keys())}`
            : target.ratioOf !== undefined ? `is a proportion of "${part}", which is itself a proportion` : undefined;
      if (problem === undefined) continue;
      reader.problem(entry?.ratioNode ?? entries.get(part)?.item, `Measure "${measure.id}" ${problem}`, {
        found: `ratio_of: [${measure.ratioOf.join(', ')}]`,
        expected: 'two different count measures (not proportions), numerator first',
        fix: 'Correct the ids in ratio_of.',
      });
    }
    if (measure.ratioOf[0] === measure.ratioOf[1] && measure.ratioOf[0] !== measure.id) {
      reader.problem(entry?.ratioNode, `Measure "${measure.id}" divides a measure by itself`, {
        found: `ratio_of: [${measure.ratioOf.join(', ')}]`,
        expected: 'two different measures',
      });
    }
  }
}

/**
 * The measure catalogue for this partnership: bundled measures in catalogue order, each
 * overridden field by field by a configuration entry with the same id, then new measures.
 */
export function parseMeasures(reader: YamlReader, node: Node | undefined, themes: ThemeDefinition[]): MeasureDefinition[] {
  const measures = bundledMeasures.map((measure) => ({ ...measure }));
  if (node === undefined) return measures;
  if (!isSeq(node)) {
    reader.problem(node, '"measures" should be a list', { found: describeNode(node), expected: 'one "- id: ..." entry per measure' });
    return measures;
  }
  const bundledIds = bundledMeasures.map((measure) => measure.id);
  const entries = new Map<string, Entry>();
  (node.items as Node[]).forEach((item, index) => {
    const entry = readEntry(reader, item, index);
    if (entry === undefined) return;
    if (entries.has(entry.id)) {
      reader.problem(item, `Measure "${entry.id}" is configured twice`, { found: entry.id, expected: 'each measure id once', fix: 'Merge the two entries into one.' });
      return;
    }
    entries.set(entry.id, entry);
    const existing = measures.find((measure) => measure.id === entry.id);
    if (existing === undefined) {
      const created = newMeasure(reader, entry, bundledIds);
      if (created !== undefined) measures.push(created);
      return;
    }
    Object.assign(existing, entry.fields);
    if (entry.fields.ratioOf !== undefined && entry.fields.denominator === undefined) existing.denominator = 'none';
  });
  checkReferences(reader, measures, entries, themes);
  return measures;
}
