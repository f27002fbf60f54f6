import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config/load-config.js';
import { displayPath } from '../display-path.js';
import { initTemplates } from '../ingest/init-templates.js';
import { yearPaths, type YearOptions } from './year-options.js';

/**
 * assess init <year>: prepares the year's data folder. Files that already exist are kept, so
 * running it again never destroys an extract that has arrived.
 */
export async function init(options: YearOptions): Promise<string> {
  const { year, configFile, dataDir } = yearPaths(options);
  const config = await loadConfig(configFile);
  await mkdir(dataDir, { recursive: true });
  const lines = [`Prepared ${displayPath(dataDir, options.cwd)}:`];
  for (const file of initTemplates(config, year)) {
    const target = path.join(dataDir, file.name);
    try {
      await writeFile(target, file.content, { flag: 'wx' });
      lines.push(`  created ${file.name}`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      lines.push(`  kept    ${file.name} (already there)`);
    }
  }
  lines.push(`Next: read ${path.join(displayPath(dataDir, options.cwd), 'README.md')}, request the extracts, then run assess sources ${year}.`);
  return lines.join('\n') + '\n';
}
