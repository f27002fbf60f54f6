import { readFile } from 'node:fs/promises';
import { isAlias, LineCounter, parseDocument, visit, type Alias, type Document } from 'yaml';
import { AssessError, ExitCode } from '../errors.js';
import type { AssessConfig } from '../model.js';
import { parseConfigDocument } from './parse-config.js';

/**
 * How many times aliases (*name) may be expanded when the configuration is resolved. A real
 * configuration needs few or none; a "billion laughs" file nests aliases of aliases so that
 * expanding them would take more memory than the machine has.
 */
export const MAX_ALIAS_COUNT = 100;

/**
 * Refuses a configuration whose aliases expand out of all proportion, before anything resolves
 * them (the yaml package counts the expansion and stops at maxAliasCount), or that is nested so
 * deeply that the parser runs out of stack. Other syntax errors are left for parseConfig, which
 * reports them with their line and column.
 */
function checkResourceLimits(doc: Document.Parsed, lineCounter: LineCounter, file: string): void {
  const tooDeep = doc.errors.find((error) => /call stack/i.test(error.message));
  if (tooDeep !== undefined) {
    const { line, col } = lineCounter.linePos(tooDeep.pos[0]);
    throw new AssessError('The configuration is nested too deeply to be read', ExitCode.badInput, {
      location: { file, line, column: col },
      found: 'brackets or indentation nested thousands of levels deep',
      expected: 'settings nested a few levels deep, as in the README example',
      fix: 'Look for a runaway run of [ or { brackets, or of indented lines, around this line and remove it.',
    });
  }
  if (doc.errors.length > 0) return;
  let first: Alias | undefined;
  let count = 0;
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node)) {
        first ??= node;
        count++;
      }
    },
  });
  if (first === undefined) return;
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) return;
    const offset = first.range?.[0];
    const position = offset === undefined ? undefined : lineCounter.linePos(offset);
    throw new AssessError('The configuration repeats YAML aliases (*name) too many times to be read safely', ExitCode.badInput, {
      location: { file, line: position?.line, column: position?.col },
      found: `${count} aliases whose expansion goes past ${MAX_ALIAS_COUNT} copies`,
      expected: 'plain settings; assess needs no anchors (&name) or aliases (*name)',
      fix: 'Write the settings out in full, without &name anchors and *name aliases (see the example in the README).',
    });
  }
}

/** Reads and checks the configuration file; the only part of the config stage that touches the disk. */
export async function loadConfig(file: string): Promise<AssessConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new AssessError('Configuration file not found', ExitCode.badInput, {
        location: { file },
        fix: 'Create assess.config.yaml at the project root (see README) or pass --config FILE',
      });
    }
    // Permissions, a folder in place of the file...: the user's to fix, not a bug.
    throw new AssessError(`The configuration file cannot be read (${code ?? 'unknown error'})`, ExitCode.badInput, {
      location: { file },
      found: (error as Error).message,
      fix: 'Check that --config names a readable YAML file.',
    });
  }
  // A BOM from Windows editors would otherwise become part of the first key.
  const yaml = text.replace(/^\uFEFF/, '');
  // Parsed once, for both the checks and the settings: parsing took most of the time of reading the configuration.
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false });
  checkResourceLimits(doc, lineCounter, file);
  return parseConfigDocument(doc, lineCounter, file);
}
