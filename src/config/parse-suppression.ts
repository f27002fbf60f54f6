import { isMap, isScalar, type Node } from 'yaml';
import type { AssessConfig, MeasureDefinition } from '../model.js';
import { didYouMean } from './suggest.js';
import { describeNode, type Fields, type YamlReader } from './yaml-reader.js';

export type SuppressionSetting = NonNullable<AssessConfig['suppression']>[string];

const ruleKeys = ['threshold', 'round_to'] as const;

/**
 * `suppression:` maps an agency to its small-number rule: `{ threshold: 7, round_to: 5 }` or
 * `none`. Agencies left out keep their default (the NHS rule for health, none for the rest), so
 * the section is only needed to change a default. An agency that no measure has is reported:
 * a misspelt "polise" would otherwise leave police counts unprotected without a word.
 */
export function parseSuppression(reader: YamlReader, node: Node | undefined, measures: readonly MeasureDefinition[]): AssessConfig['suppression'] {
  if (node === undefined) return undefined;
  if (!isMap(node)) {
    reader.problem(node, '"suppression" should be a group of settings', {
      found: describeNode(node),
      expected: 'one "agency: { threshold: 7, round_to: 5 }" or "agency: none" line per agency',
      fix: 'Write suppression as indented lines, e.g. "  health: { threshold: 7, round_to: 5 }".',
    });
    return undefined;
  }
  const agencies = [...new Set(measures.map((measure) => measure.agency))];
  const fields = reader.fields(node, '"suppression"', agencies);
  if (fields === undefined) return undefined;
  const result: Record<string, SuppressionSetting> = {};
  for (const [agency, field] of fields.byKey) {
    const setting = readSetting(reader, field.value, field.key, agency);
    if (setting !== undefined) result[agency] = setting;
  }
  return result;
}

function readSetting(reader: YamlReader, node: Node | null, key: Node, agency: string): SuppressionSetting | undefined {
  const what = `"suppression.${agency}"`;
  if (isScalar(node) && typeof node.value === 'string' && node.value.trim().toLowerCase() === 'none') return 'none';
  if (!isMap(node)) {
    const empty = node === null || (isScalar(node) && node.value === null);
    reader.problem(empty ? key : node, `${what} is not valid.${isScalar(node) && typeof node.value === 'string' ? didYouMean(node.value, ['none']) : ''}`, {
      found: empty ? '(nothing)' : describeNode(node),
      expected: 'none, or a rule such as { threshold: 7, round_to: 5 } (the NHS rule for hospital episode statistics)',
      fix: `Write "${agency}: none" or "${agency}: { threshold: 7, round_to: 5 }".`,
    });
    return undefined;
  }
  const fields = reader.fields(node, what, ruleKeys);
  if (fields === undefined) return undefined;
  const threshold = count(reader, fields, 'threshold', what, 0, 'a whole number from 0 up: counts from 1 to it are shown as * (0 suppresses nothing)');
  const roundTo = count(reader, fields, 'round_to', what, 1, 'a whole number from 1 up: other counts are rounded to the nearest multiple of it (1 leaves them as they are)');
  return threshold === undefined || roundTo === undefined ? undefined : { threshold, roundTo };
}

function count(reader: YamlReader, fields: Fields, key: string, what: string, min: number, expected: string): number | undefined {
  const node = reader.valueOf(fields, key, what, true);
  if (node === undefined) return undefined;
  if (isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value) && node.value >= min) return node.value;
  reader.problem(node, `"${key}" in ${what} is not valid`, { found: describeNode(node), expected });
  return undefined;
}
