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
