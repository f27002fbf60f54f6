import { readFile } from 'node:fs/promises';
import { AssessError, ExitCode } from '../errors.js';
import type { AssessConfig } from '../model.js';
import { parseConfig } from './parse-config.js';

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
  return parseConfig(text.replace(/^\uFEFF/, ''), file);
}
