import { isMap, type Node } from 'yaml';
import type { MeasureDefinition } from '../model.js';
import { describeNode, type YamlReader } from './yaml-reader.js';

export interface SpcSettings {
  /** Drop moving ranges of 3.267 x the average before setting limits (NHSRplotthedots); off by default. */
  screenOutliers: boolean;
  /** Measure id -> months ('YYYY-MM') from which a new baseline (mean and limits) starts. */
  rebase: Record<string, string[]>;
}

/**
 * `spc:` settings of the XmR charts. Screening is off by default, as in Making Data Count's own
 * tools, so a single extreme month is seen rather than absorbed; rebasing is per measure, at
 * the month a known change (a new recording rule, a new service) took effect.
 */
export function parseSpc(reader: YamlReader, node: Node | undefined, measures: readonly MeasureDefinition[]): SpcSettings | undefined {
  if (node === undefined) return undefined;
  const fields = reader.fields(node, '"spc"', ['screen_outliers', 'rebase']);
  if (fields === undefined) return undefined;
  const screenOutliers = reader.boolean(fields, 'screen_outliers', '"spc"') ?? false;
  const rebase: Record<string, string[]> = {};
  const rebaseNode = reader.valueOf(fields, 'rebase', '"spc"', false);
  if (rebaseNode !== undefined) {
    if (!isMap(rebaseNode)) {
      reader.problem(rebaseNode, '"spc.rebase" should list months per measure', {
        found: describeNode(rebaseNode),
        expected: 'lines such as "shoplifting: [2024-01]"',
      });
    } else {
      const ids = measures.map((m) => m.id);
      const byMeasure = reader.fields(rebaseNode, '"spc.rebase"', ids);
      for (const [id, field] of byMeasure?.byKey ?? []) {
        const list = field.value === null ? undefined : reader.codeList(field.value, `"spc.rebase.${id}"`);
        if (list === undefined) continue;
        list.codes.forEach((month, i) => {
          if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
            reader.problem(list.nodes[i], `"${month}" in "spc.rebase.${id}" is not a month`, { found: month, expected: 'a month written YYYY-MM, e.g. 2024-01' });
          }
        });
        rebase[id] = [...list.codes].sort();
      }
    }
  }
  return { screenOutliers, rebase };
}
