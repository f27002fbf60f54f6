import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { tempDir } from '../temp-dir.js';

// A bug in the comparison: what diff(1) users must not read as "the builds differ".
vi.mock('../../src/diff/read-build.js', () => ({
  buildLocation: () => '/nowhere',
  readBuild: () => Promise.reject(new TypeError('something is undefined')),
}));

describe('an internal error in assess diff', () => {
  it('is printed as a bug, with exit code 2 (trouble) rather than 1 (differences)', async () => {
    let err = '';
    const cwd = await tempDir('diff-bug');
    const code = await main(['diff', '2023', '2024'], { cwd, env: {}, writeOut: () => undefined, writeErr: (t) => (err += t) });
    expect(code).toBe(2);
    expect(err).toContain('TypeError: something is undefined');
    expect(err).toContain('This is a bug in assess');
  });
});
