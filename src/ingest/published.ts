import type { Observation, PublishedStatistics } from '../model.js';

/** The key of a published value's statistics: one area's figure for one assessment year. */
export function publishedKey(measure: string, area: string, year: number): string {
  return `${measure}|${area}|${year}`;
}

/** Published intervals travel beside the annual table, for the figures stage to use as given. */
export function publishedStatistics(observations: readonly Observation[]): Map<string, PublishedStatistics> {
  const published = new Map<string, PublishedStatistics>();
  for (const o of observations) {
    if (o.published && /^\d{4}$/.test(o.period)) published.set(publishedKey(o.measure, o.areaCode, Number(o.period)), o.published);
  }
  return published;
}
