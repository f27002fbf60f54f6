import { describe, expect, it } from 'vitest';
import { parseValue } from '../../src/ingest/parse-value.js';

describe('parseValue', () => {
  it.each([
    ['1205', 1205],
    ['0', 0],
    ['1,205', 1205],
    ['12,345,678', 12345678],
    ['  42 ', 42],
    ['12.5', 12.5],
    ['1,205.75', 1205.75],
    ['.5', 0.5],
    ['23.5%', 23.5],
    ['23.5 %', 23.5],
    ['100%', 100],
    ['-3', -3],
    ['+7', 7],
  ])('reads %j as %d', (cell, value) => {
    expect(parseValue(cell)).toEqual({ ok: true, value });
  });

  it.each(['', '   ', '-', ' - ', 'N/A', 'n/a', 'N/a', '*', '–'])('reads %j as no value (null), never zero', (cell) => {
    expect(parseValue(cell)).toEqual({ ok: true, value: null });
  });

  it.each(['12a', '1.2.3', '1,2', '12,34', '1,2345', 'abc', '£12', '12%%', '--1', '1 205', 'NaN', 'Infinity'])('rejects %j', (cell) => {
    const result = parseValue(cell);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.expected).toContain('1,205');
  });
});
