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

/** A PDF of the given objects (1, 2, ...; the first is the catalog) laid out as Chromium writes one: plain objects, one cross-reference table. */
export function pdfFile(objects: readonly (string | Buffer)[], trailerExtra = ''): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  objects.forEach((body, i) => {
    const object = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n', 'latin1')]);
    offsets.push(at);
    parts.push(object);
    at += object.length;
  });
  const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  parts.push(Buffer.from(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries}trailer\n<</Size ${objects.length + 1}\n/Root 1 0 R${trailerExtra}>>\nstartxref\n${at}\n%%EOF`, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}
