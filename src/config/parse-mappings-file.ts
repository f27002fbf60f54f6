import { LineCounter, parseDocument, type Node } from 'yaml';
import { AssessError, ExitCode, collectProblems } from '../errors.js';
import type { MeasureDefinition } from '../model.js';
import { parseMappings, type FileMapping } from './parse-mappings.js';
import { YamlReader } from './yaml-reader.js';

/**
 * A year's own mappings file (data/<year>/mappings.yaml): partner layouts change from year to
 * year, so the mappings for one year's files can sit next to them. Its only key is `mappings:`,
 * read exactly as in the configuration, and every problem names this file with line and column.
 */

/** Parses the text of a mappings file; measure ids are checked against the configuration's catalogue. Throws every problem at once. */
export function parseMappingsFile(yamlText: string, file: string, measures: MeasureDefinition[]): FileMapping[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error) => {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      return new AssessError(`The mappings file is not valid YAML: ${error.message.split('\n')[0]}`, ExitCode.badInput, {
        location: { file, line, column: col },
        fix: 'Check the indentation and the brackets and quotes on this line and the one before it.',
      });
    });
    throw collectProblems(`Could not read ${file}`, problems);
  }
  // An empty file (or one with only comments) maps nothing: the configuration's mappings apply.
  const root = doc.contents as Node | null;
  if (root === null) return [];
  const reader = new YamlReader(file, lineCounter);
  const fields = reader.fields(root, 'the mappings file', ['mappings']);
  const node = fields === undefined ? undefined : reader.valueOf(fields, 'mappings', 'the mappings file', true);
  const mappings = parseMappings(reader, node, measures);
  if (reader.problems.length > 0) throw collectProblems(`Problems in ${file}`, reader.problems);
  return mappings.map((mapping) => ({ ...mapping, sourceFile: file }));
}
