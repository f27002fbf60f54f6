import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/decode.js';

describe('decodeText', () => {
  it('strips a UTF-8 BOM', () => {
    expect(decodeText(Buffer.from('\uFEFFCafé,1', 'utf8'))).toEqual({ text: 'Café,1', encoding: 'utf-8' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, including its 0x80-0x9F characters', () => {
    const bytes = Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x80, 0x35, 0x20, 0x92, 0xa3]);
    expect(decodeText(bytes)).toEqual({ text: 'Café – €5 ’£', encoding: 'windows-1252' });
  });

  it('reads UTF-16 with a BOM, as Excel saves "Unicode text"', () => {
    const body = Buffer.from('a,b\nCafé,1', 'utf16le');
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), body])).text).toBe('a,b\nCafé,1');
  });
});
