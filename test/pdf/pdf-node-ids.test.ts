import { describe, expect, it } from 'vitest';
import { renumberNodeIds } from '../../src/pdf/pdf-node-ids.js';

const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));
const text = (pdf: Uint8Array): string => Buffer.from(pdf).toString('latin1');

describe('renumberNodeIds', () => {
  /** Structure elements as Chromium writes them, in document order, with the browser's node numbers. */
  const print = (th: number, td: number): string => [
    `5 0 obj\n<</S /TH /ID (node${String(th).padStart(8, '0')})>>\nendobj`,
    `6 0 obj\n<</S /TD /ID (node${String(td).padStart(8, '0')}) /A <</Headers [(node${String(th).padStart(8, '0')})]>>>>\nendobj`,
    '7 0 obj\n<</Length 20>>\nstream\nxx(node00001301)xxxx\nendstream\nendobj',
    `8 0 obj\n<</Limits [(node${String(Math.min(th, td)).padStart(8, '0')}) (node${String(Math.max(th, td)).padStart(8, '0')})]\n/Names [${[[th, 5], [td, 6]].sort(([a], [b]) => a! - b!).map(([id, ref]) => `(node${String(id).padStart(8, '0')}) ${ref} 0 R`).join(' ')}]>>\nendobj`,
  ].join('\n');

  it('numbers structure ids 1, 2, 3... in document order, at the same width, outside streams only', () => {
    const pdf = print(1301, 1207);
    const fixed = text(renumberNodeIds(bytes(pdf)));
    expect(fixed.length).toBe(pdf.length);
    expect(fixed).toContain('<</S /TH /ID (node00000001)>>');
    expect(fixed).toContain('/ID (node00000002) /A <</Headers [(node00000001)]>>');
    expect(fixed).toContain('stream\nxx(node00001301)xxxx\nendstream');
    // The id tree stays sorted by id, with its limits.
    expect(fixed).toContain('<</Limits [(node00000001) (node00000002)]\n/Names [(node00000001) 5 0 R (node00000002) 6 0 R]>>');
  });

  it('gives the same bytes for two prints whose nodes were numbered in another order', () => {
    expect(text(renumberNodeIds(bytes(print(1301, 1207))))).toBe(text(renumberNodeIds(bytes(print(1100, 1180)))));
  });

  it('leaves a PDF without structure ids as it was', () => {
    const pdf = bytes('%PDF-1.4\n1 0 obj\n<</Type /Catalog>>\nendobj\n');
    expect(renumberNodeIds(pdf)).toBe(pdf);
  });

  it('finds streams only where the keyword ends its line (LF or CRLF), as PDF defines them', () => {
    const pdf = [
      '5 0 obj\n<</S /P /T (a stream of text) /ID (node00000900)>>\nendobj',
      '6 0 obj\n<</Length 16>>\r\nstream\r\n(node00000005)\r\nendstream\nendobj',
      '7 0 obj\n<</S /P /ID (node00000700)>>\nendobj',
      '8 0 obj\n<</Limits [(node00000700) (node00000900)]\n/Names [(node00000700) 7 0 R (node00000900) 5 0 R]>>\nendobj',
    ].join('\n');
    const fixed = text(renumberNodeIds(bytes(pdf)));
    expect(fixed).toContain('(a stream of text) /ID (node00000001)');
    expect(fixed).toContain('stream\r\n(node00000005)\r\nendstream');
    expect(fixed).toContain('/S /P /ID (node00000002)');
    expect(fixed).toContain('/Limits [(node00000001) (node00000002)]\n/Names [(node00000001) 5 0 R (node00000002) 7 0 R]');
  });

  it('leaves a PDF whose id tree is split over several leaves as printed', () => {
    const leaf = (a: string, b: string): string => `<</Limits [(node${a}) (node${b})]\n/Names [(node${a}) 5 0 R (node${b}) 6 0 R]>>`;
    const pdf = bytes(`5 0 obj\n<</ID (node00000300)>>\nendobj\n6 0 obj\n<</ID (node00000200)>>\nendobj\n${leaf('00000300', '00000300')}\n${leaf('00000200', '00000200')}`);
    expect(renumberNodeIds(pdf)).toBe(pdf);
  });
});
