import { describe, expect, it } from 'vitest';
import { fixPdfDates } from '../../src/pdf/pdf-dates.js';

const latin1 = new TextDecoder('latin1');
const bytes = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** A PDF laid out as Chromium (Skia) writes one: the information dictionary is object 1. */
function skiaPdf(created: string, modified: string, stream = 'BT (/CreationDate \\(D:19990101000000Z\\)) Tj ET'): string {
  return [
    '%PDF-1.4',
    '%\xd3\xeb\xe9\xe1',
    '1 0 obj',
    `<</Title (T)\n/Creator (Chromium)\n/Producer (Skia/PDF m143)\n/CreationDate (${created})\n/ModDate (${modified})>>`,
    'endobj',
    '2 0 obj',
    `<</Length ${stream.length}>> stream`,
    stream,
    'endstream',
    'endobj',
    'xref',
    '0 3',
    'trailer',
    '<</Size 3\n/Root 2 0 R\n/Info 1 0 R>>',
    'startxref',
    '123',
    '%%EOF',
  ].join('\n');
}

describe('fixPdfDates', () => {
  it('overwrites the creation and modification dates in place, keeping every byte offset', () => {
    const printed = skiaPdf("D:20261125150728+00'00'", "D:20261125150729+00'00'");
    const fixed = latin1.decode(fixPdfDates(bytes(printed), new Date('2024-11-20T00:00:00Z')));
    expect(fixed.length).toBe(printed.length);
    expect(fixed).toBe(skiaPdf("D:20241120000000+00'00'", "D:20241120000000+00'00'"));
  });

  it('writes the time in UTC whatever zone the browser wrote, in the same shape', () => {
    const fixed = latin1.decode(fixPdfDates(bytes(skiaPdf("D:20261125170728+02'00'", 'D:20261125150728Z')), new Date(1732060800 * 1000)));
    expect(fixed).toContain("/CreationDate (D:20241120000000+00'00')");
    expect(fixed).toContain('/ModDate (D:20241120000000Z)');
  });

  it('gives the same bytes for two prints made at different times', () => {
    const date = new Date('2024-11-20T00:00:00Z');
    const first = fixPdfDates(bytes(skiaPdf("D:20261125150728+00'00'", "D:20261125150728+00'00'")), date);
    const second = fixPdfDates(bytes(skiaPdf("D:20270101093015-05'00'", "D:20270101093015-05'00'")), date);
    expect(latin1.decode(first)).toBe(latin1.decode(second));
  });

  it('touches only the information dictionary, never the page content', () => {
    const fixed = latin1.decode(fixPdfDates(bytes(skiaPdf("D:20261125150728+00'00'", "D:20261125150728+00'00'")), new Date('2024-11-20T00:00:00Z')));
    expect(fixed).toContain('BT (/CreationDate \\(D:19990101000000Z\\)) Tj ET');
  });

  it('leaves a PDF it does not understand as it is', () => {
    const odd = bytes('%PDF-1.4\n1 0 obj\n<</CreationDate (yesterday)>>\nendobj\ntrailer\n<</Info 1 0 R>>\n%%EOF');
    expect(latin1.decode(fixPdfDates(odd, new Date(0)))).toBe(latin1.decode(odd));
    const noInfo = bytes('%PDF-1.4\ntrailer\n<</Root 1 0 R>>\n%%EOF');
    expect(fixPdfDates(noInfo, new Date(0))).toBe(noInfo);
  });
});
