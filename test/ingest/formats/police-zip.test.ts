import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExitCode } from '../../../src/errors.js';
import { policeStreetFormat } from '../../../src/ingest/formats/police-street.js';
import { readInputText } from '../../../src/ingest/input-head.js';
import { listCsvFiles } from '../../../src/ingest/list-inputs.js';
import { fixtureDir, fixtureText, wealdshireContext } from '../../fixtures/police/context.js';
import { errorFromAsync } from '../helpers.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'assess-zip-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fixtureBytes(name: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(path.join(fixtureDir, ...name.split('/'))));
}

/** A bulk download as data.police.uk shapes it, with the clutter zip tools add. */
async function policeArchive(): Promise<Uint8Array> {
  return zipSync({
    '2024-01': {
      '2024-01-wealdshire-street.csv': await fixtureBytes('street/2024-01/2024-01-wealdshire-street.csv'),
      'README.txt': strToU8('not data'),
    },
    '2024-02': { '2024-02-wealdshire-street.csv': await fixtureBytes('street/2024-02/2024-02-wealdshire-street.csv') },
    '__MACOSX': { '2024-01': { '._2024-01-wealdshire-street.csv': new Uint8Array([0, 5, 22, 7]) } },
  });
}

describe('zip archives in the data folder', () => {
  it('lists the CSVs inside a zip in order, and reads them as if unzipped', async () => {
    await writeFile(path.join(dir, 'wealdshire-2024.zip'), await policeArchive());
    await writeFile(path.join(dir, 'population.csv'), 'area_code,area_name,population\n');
    expect(await listCsvFiles(dir)).toEqual([
      'population.csv',
      'wealdshire-2024.zip/2024-01/2024-01-wealdshire-street.csv',
      'wealdshire-2024.zip/2024-02/2024-02-wealdshire-street.csv',
    ]);
    const name = 'wealdshire-2024.zip/2024-02/2024-02-wealdshire-street.csv';
    const input = await readInputText(dir, name);
    expect(input).toEqual({ name, shown: path.join(dir, 'wealdshire-2024.zip', '2024-02', '2024-02-wealdshire-street.csv'), text: fixtureText('street/2024-02/2024-02-wealdshire-street.csv') });
    const output = policeStreetFormat.read(input.text, input.shown, wealdshireContext());
    const allCrime = output.observations.filter((o) => o.measure === 'all_crime').map((o) => [o.areaCode, o.value]);
    expect(allCrime.slice(0, 3)).toEqual([['E07999001', 18], ['E07999002', 6], ['E07999003', 8]]);
  });

  it('reports a truncated or corrupt zip as bad input naming the archive', async () => {
    const archive = await policeArchive();
    await writeFile(path.join(dir, 'truncated.zip'), archive.subarray(0, Math.floor(archive.length / 2)));
    const error = await errorFromAsync(() => listCsvFiles(dir));
    expect(error.exitCode).toBe(ExitCode.badInput);
    expect(error.message).toBe('The zip archive cannot be read');
    expect(error.details.location).toEqual({ file: path.join(dir, 'truncated.zip') });
    expect(error.details.fix).toContain('Download the archive again');

    await rm(path.join(dir, 'truncated.zip'));
    await writeFile(path.join(dir, 'noise.zip'), new Uint8Array(4096).map((_, i) => (i * 7919) % 251));
    expect((await errorFromAsync(() => listCsvFiles(dir))).details.location).toEqual({ file: path.join(dir, 'noise.zip') });
  });

  it('reports an entry whose compressed data is damaged when it is read', async () => {
    // Stored entries would read back garbage silently; deflated ones fail to inflate, which is what is tested.
    const archive = zipSync({ 'a.csv': strToU8('Crime ID,Month\n'.repeat(2000)) }, { level: 9 });
    const damaged = archive.slice();
    // The local header is 30 bytes plus the name; damage the deflate stream just after it.
    damaged.fill(0xff, 30 + 'a.csv'.length, 30 + 'a.csv'.length + 16);
    await writeFile(path.join(dir, 'damaged.zip'), damaged);
    expect(await listCsvFiles(dir)).toEqual(['damaged.zip/a.csv']);
    const error = await errorFromAsync(() => readInputText(dir, 'damaged.zip/a.csv'));
    expect([error.exitCode, error.message, error.details.location]).toEqual([ExitCode.badInput, 'The zip archive cannot be read', { file: path.join(dir, 'damaged.zip') }]);
  });
});
