import { describe, expect, it } from 'vitest';
import { documentDates } from '../../src/pdf/document-dates.js';
import { AssessError } from '../../src/errors.js';

const today = () => new Date('2026-03-04T15:00:00Z');

describe('documentDates', () => {
  it('takes the cover date from --date, then document_date, and dates the PDF at its midnight UTC', () => {
    expect(documentDates('2024-11-20', '2024-10-01', {}, today)).toEqual({ documentDate: '2024-11-20', documentDateFrom: '--date', pdfDate: new Date('2024-11-20T00:00:00Z') });
    expect(documentDates(undefined, '2024-10-01', {}, today)).toEqual({ documentDate: '2024-10-01', documentDateFrom: 'document_date', pdfDate: new Date('2024-10-01T00:00:00Z') });
  });

  it('uses SOURCE_DATE_EPOCH for the PDF, and for the cover when no date is given', () => {
    const env = { SOURCE_DATE_EPOCH: '1732060800' };
    expect(documentDates(undefined, undefined, env, today)).toEqual({ documentDate: '2024-11-20', documentDateFrom: 'SOURCE_DATE_EPOCH', pdfDate: new Date('2024-11-20T00:00:00Z') });
    expect(documentDates('2024-12-01', undefined, { SOURCE_DATE_EPOCH: '1732100000' }, today)).toEqual({ documentDate: '2024-12-01', documentDateFrom: '--date', pdfDate: new Date(1732100000 * 1000) });
  });

  it('falls back to today only when nothing else gives a date', () => {
    expect(documentDates(undefined, undefined, { SOURCE_DATE_EPOCH: '' }, today)).toEqual({ documentDate: '2026-03-04', documentDateFrom: 'today', pdfDate: new Date('2026-03-04T00:00:00Z') });
  });

  it('explains a date or SOURCE_DATE_EPOCH it cannot read', () => {
    const bad = (run: () => unknown): AssessError => {
      try {
        run();
      } catch (error) {
        return error as AssessError;
      }
      throw new Error('no error');
    };
    expect(bad(() => documentDates('20/11/2024', undefined, {}, today)).message).toBe('"20/11/2024" is not a date');
    expect(bad(() => documentDates(undefined, '2024-13-45', {}, today)).details.fix).toMatch(/document_date: 2024-11-20/);
    const epoch = bad(() => documentDates(undefined, undefined, { SOURCE_DATE_EPOCH: '2024-11-20' }, today));
    expect(epoch.message).toBe('SOURCE_DATE_EPOCH "2024-11-20" is not a time');
    expect(epoch.exitCode).toBe(2);
  });

  it('refuses a day the month does not have, which JavaScript would carry into the next month', () => {
    for (const date of ['2024-02-30', '2024-02-31', '2023-02-29', '2024-04-31', '2024-00-10']) {
      expect(() => documentDates(date, undefined, {}, today)).toThrow(`"${date}" is not a date`);
    }
    expect(documentDates('2024-02-29', undefined, {}, today).documentDate).toBe('2024-02-29');
  });

  it('refuses a SOURCE_DATE_EPOCH past the year 9999, which has no YYYY-MM-DD form', () => {
    expect(() => documentDates(undefined, undefined, { SOURCE_DATE_EPOCH: '999999999999' }, today)).toThrow('SOURCE_DATE_EPOCH "999999999999" is not a time');
    expect(documentDates(undefined, undefined, { SOURCE_DATE_EPOCH: '253402300799' }, today).documentDate).toBe('9999-12-31');
  });
});
