import { isCalendarDate } from '../calendar-date.js';
import { AssessError, ExitCode } from '../errors.js';
import type { DateSource } from '../manifest/configuration.js';

export interface DocumentDates {
  /** YYYY-MM-DD printed on the cover. */
  documentDate: string;
  documentDateFrom: DateSource;
  /** Written into the PDF as its creation and modification date. */
  pdfDate: Date;
}

function checkedDate(date: string, from: DateSource): string {
  if (!isCalendarDate(date)) {
    const fix = from === 'document_date' ? 'Write document_date as YYYY-MM-DD in the configuration, e.g. document_date: 2024-11-20' : 'Pass --date 2024-11-20';
    throw new AssessError(`"${date}" is not a date`, ExitCode.badInput, { found: date, expected: 'a real date written YYYY-MM-DD, e.g. 2024-11-20', fix });
  }
  return date;
}

/** SOURCE_DATE_EPOCH (reproducible-builds.org): whole seconds since 1970-01-01 UTC. */
function sourceDateEpoch(env: NodeJS.ProcessEnv): Date | undefined {
  const text = env.SOURCE_DATE_EPOCH;
  if (text === undefined || text === '') return undefined;
  const date = /^\d{1,12}$/.test(text) ? new Date(Number(text) * 1000) : undefined;
  // Up to the end of 9999: a later year has no YYYY-MM-DD form for the cover and the manifest.
  if (date === undefined || Number.isNaN(date.getTime()) || date.getUTCFullYear() > 9999) {
    throw new AssessError(`SOURCE_DATE_EPOCH "${text}" is not a time`, ExitCode.badInput, {
      found: text,
      expected: 'whole seconds since 1970-01-01 UTC up to the end of 9999, e.g. 1732060800 (what `date +%s` prints)',
      fix: 'Set SOURCE_DATE_EPOCH to a number of seconds, or unset it.',
    });
  }
  return date;
}

/**
 * The cover date and the PDF's own dates. Nothing depends on the time of the build unless no date
 * is given at all: the cover date is --date, else document_date, else SOURCE_DATE_EPOCH's day,
 * else today; the PDF is dated SOURCE_DATE_EPOCH when it is set, else midnight UTC of the cover
 * date, so the same inputs and configuration give the same PDF bytes.
 */
export function documentDates(option: string | undefined, configured: string | undefined, env: NodeJS.ProcessEnv, today: () => Date = () => new Date()): DocumentDates {
  const epoch = sourceDateEpoch(env);
  const [documentDate, documentDateFrom]: [string, DateSource] =
    option !== undefined ? [checkedDate(option, '--date'), '--date']
    : configured !== undefined ? [checkedDate(configured, 'document_date'), 'document_date']
    : epoch !== undefined ? [epoch.toISOString().slice(0, 10), 'SOURCE_DATE_EPOCH']
    : [today().toISOString().slice(0, 10), 'today'];
  return { documentDate, documentDateFrom, pdfDate: epoch ?? new Date(`${documentDate}T00:00:00Z`) };
}
