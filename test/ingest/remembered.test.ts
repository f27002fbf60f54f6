import { describe, expect, it } from 'vitest';
import { remembered } from '../../src/ingest/remembered.js';

describe('remembered', () => {
  it('works out each text once, remembering answers that are undefined or null too', () => {
    const asked: string[] = [];
    const lookup = remembered((text) => {
      asked.push(text);
      return text === 'none' ? undefined : text === 'null' ? null : text.length;
    });
    expect(['abc', 'none', 'null', 'abc', 'none', 'null', 'de'].map(lookup)).toEqual([3, undefined, null, 3, undefined, null, 2]);
    expect(asked).toEqual(['abc', 'none', 'null', 'de']);
  });
});
