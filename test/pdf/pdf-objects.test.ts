import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PdfObjects } from '../../src/pdf/pdf-objects.js';
import { readPdfText } from '../../src/pdf/read-pdf.js';
import { expectSoundStructure, pdfFile } from './pdf-structure.js';

const text = (bytes: Uint8Array | undefined): string => Buffer.from(bytes ?? []).toString('latin1');

/** A one-page PDF laid out as Chromium writes one: plain objects, one cross-reference table. */
function onePagePdf(content: string, trailerExtra = ''): Uint8Array {
  const packed = deflateSync(Buffer.from(content, 'latin1'));
  const objects = [
    '<</Type /Catalog\n/Pages 2 0 R>>',
    '<</Type /Pages\n/Kids [3 0 R]\n/Count 1>>',
    '<</Type /Page\n/Parent 2 0 R\n/MediaBox [0 0 600 100]\n/Resources <</Font <</F1 5 0 R>>>>\n/Contents 4 0 R>>',
    Buffer.concat([Buffer.from(`<</Filter /FlateDecode\n/Length ${packed.length}>> stream\n`, 'latin1'), packed, Buffer.from('\nendstream', 'latin1')]),
    '<</Type /Font\n/Subtype /Type1\n/BaseFont /Helvetica>>',
  ];
  return pdfFile(objects, trailerExtra);
}

describe('PdfObjects', () => {
  const pdf = onePagePdf('BT /F1 12 Tf 10 50 Td (Before) Tj ET');

  it('finds the pages and reads a stream through the cross-reference table', () => {
    const objects = PdfObjects.read(pdf)!;
    expect(objects.pages()).toEqual([3]);
    expect(objects.dictionary(3)).toContain('/Contents 4 0 R');
    expect(text(objects.stream(4))).toBe('BT /F1 12 Tf 10 50 Td (Before) Tj ET');
  });

  it('writes a stream back at a new length, and every offset after it moves to match', async () => {
    const longer = 'BT /F1 12 Tf 10 50 Td (After, and a good deal longer than before) Tj ET';
    const written = PdfObjects.read(pdf)!.withStreams(new Map([[4, Buffer.from(longer, 'latin1')]]))!;
    const again = PdfObjects.read(written)!;
    expect(text(again.stream(4))).toBe(longer);
    // The font object comes after the stream: it is only found if its offset moved with it.
    expect(again.dictionary(5)).toContain('/BaseFont /Helvetica');
    expect(text(written).endsWith('%%EOF')).toBe(true);
    expectSoundStructure(pdf);
    expectSoundStructure(written);
    // Another reader agrees the file is whole.
    expect((await readPdfText(written))[0]).toContain('After, and a good deal longer than before');
  });

  it('gives the file unchanged when nothing is replaced', () => {
    expect(PdfObjects.read(pdf)!.withStreams(new Map())).toBe(pdf);
  });

  it('refuses what Chromium does not write: an incremental update, a table it cannot find', () => {
    expect(PdfObjects.read(onePagePdf('BT ET', '\n/Prev 9'))).toBeUndefined();
    expect(PdfObjects.read(new Uint8Array(Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\nstartxref\n9\n%%EOF', 'latin1')))).toBeUndefined();
    expect(PdfObjects.read(new Uint8Array(Buffer.from('not a pdf', 'latin1')))).toBeUndefined();
  });

  it('refuses to write a stream it cannot read: not Flate, or an object that is not there', () => {
    const objects = PdfObjects.read(pdf)!;
    expect(objects.stream(5)).toBeUndefined();
    expect(objects.withStreams(new Map([[5, new Uint8Array()]]))).toBeUndefined();
    expect(objects.withStreams(new Map([[9, new Uint8Array()]]))).toBeUndefined();
  });

  it('says whether every object starts where the table says, before and after a rewrite', () => {
    const objects = PdfObjects.read(pdf)!;
    expect(objects.soundTable()).toBe(true);
    expect(PdfObjects.read(objects.withStreams(new Map([[4, Buffer.from('BT ET a longer stream', 'latin1')]]))!)!.soundTable()).toBe(true);
    // Object 3's entry pointed one byte early: what a rewrite that miscounted would leave.
    const entry = text(pdf).indexOf('xref\n0 6\n') + 'xref\n0 6\n'.length + 20 * 3;
    const offset = Number(text(pdf).slice(entry, entry + 10));
    const broken = Buffer.from(pdf);
    broken.write(String(offset - 1).padStart(10, '0'), entry, 'latin1');
    expect(PdfObjects.read(new Uint8Array(broken))!.soundTable()).toBe(false);
  });
});

