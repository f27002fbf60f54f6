import { expect } from 'vitest';

/**
 * Checks a PDF's file structure the way a strict reader would, since pdf.js quietly rebuilds a
 * broken cross-reference table: startxref points at the table, every object in use starts where
 * the table says, and every stream's /Length ends at its endstream.
 */
export function expectSoundStructure(pdf: Uint8Array): void {
  const text = Buffer.from(pdf).toString('latin1');
  const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
  expect(text.startsWith('xref', startxref)).toBe(true);
  const table = text.slice(startxref, text.indexOf('trailer', startxref));
  let checked = 0;
  for (const section of table.matchAll(/(\d+) (\d+)\r?\n((?:\d{10} \d{5} [nf][ \r][\r\n])+)/g)) {
    const entries = section[3]!.match(/.{20}/gs)!;
    entries.forEach((entry, i) => {
      if (entry[17] !== 'n') return;
      const n = Number(section[1]) + i;
      const offset = Number(entry.slice(0, 10));
      expect(text.startsWith(`${n} 0 obj`, offset), `object ${n} at ${offset}`).toBe(true);
      checked++;
    });
  }
  expect(checked).toBeGreaterThan(0);
  for (const stream of text.matchAll(/\/Length (\d+)[^>]*>>\s*stream\r?\n/g)) {
    const end = stream.index! + stream[0].length + Number(stream[1]);
    expect(/^\r?\n?endstream/.test(text.slice(end, end + 12)), `stream at ${stream.index}`).toBe(true);
  }
}
