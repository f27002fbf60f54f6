import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { ExitCode } from '../../src/errors.js';
import { errorFromAsync } from '../ingest/helpers.js';

describe('loadConfig', () => {
  it('explains a missing file', async () => {
    const error = await errorFromAsync(() => loadConfig('no/such/assess.config.yaml'));
    expect(error.message).toBe('Configuration file not found');
    expect(error.exitCode).toBe(ExitCode.badInput);
    expect(error.details.location).toEqual({ file: 'no/such/assess.config.yaml' });
    expect(error.details.fix).toBe('Create assess.config.yaml at the project root (see README) or pass --config FILE');
  });

  it('reads a file saved with a BOM and resolves templates beside it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'assess-config-'));
    try {
      const file = path.join(dir, 'assess.config.yaml');
      await writeFile(file, '\uFEFFpartnership: P\narea: A1\ncounty: { name: C, areas: [A1, A2] }\nyear_end_month: 3\ntemplates: brand\n');
      const config = await loadConfig(file);
      expect(config.partnership).toBe('P');
      expect(config.templates).toBe(path.join(dir, 'brand'));
      expect(config.sourceFile).toBe(file);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
