import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Reads the sample data directly (not through assess) so end-to-end expectations are independent. */
export const ROOT = path.resolve(import.meta.dirname, '../..');

export function sumMonths(file: string, measure: string, area: string, from: string, to: string): number {
  const lines = readFileSync(path.join(ROOT, file), 'utf8').trim().split('\n').slice(1);
  let total = 0;
  for (const line of lines) {
    const [m, code, , period, value] = line.split(',');
    if (m === measure && code === area && period! >= from && period! <= to) total += Number(value);
  }
  return total;
}

export function populationOf(year: number, area: string): number {
  const line = readFileSync(path.join(ROOT, `data/${year}/population.csv`), 'utf8').split('\n').find((l) => l.startsWith(`${area},`))!;
  return Number(line.split(',')[2]);
}

export const en = (n: number): string => n.toLocaleString('en-GB');

/**
 * Crimes in the sample's data.police.uk archive, counted row by row (an independent reading of
 * the file): rows with an LSOA code that are not anti-social behaviour.
 */
export async function streetCrimes(year: number): Promise<number> {
  const { unzipSync, strFromU8 } = await import('fflate');
  const entries = unzipSync(new Uint8Array(readFileSync(path.join(ROOT, `data/${year}/police-street-wealdshire.zip`))));
  let total = 0;
  for (const [name, bytes] of Object.entries(entries)) {
    if (!name.endsWith('-street.csv')) continue;
    for (const line of strFromU8(bytes).trim().split('\n').slice(1)) {
      const cells = line.split(',');
      if (cells[7] !== '' && cells[9] !== 'Anti-social behaviour') total++;
    }
  }
  return total;
}
