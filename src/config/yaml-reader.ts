import { isMap, isScalar, isSeq, type LineCounter, type Node, type Scalar } from 'yaml';
import { AssessError, ExitCode, type ProblemDetails, type SourceLocation } from '../errors.js';
import { closestMatch, didYouMean } from './suggest.js';

/** One `key: value` of a mapping; value is null when the key is written with nothing after it. */
export interface Field {
  key: Scalar;
  value: Node | null;
}

/** A mapping's fields by key, plus the mapping node itself for "missing key" messages. */
export interface Fields {
  node: Node;
  byKey: Map<string, Field>;
  /** Allowed keys that a misspelt key was taken for: not reported again as missing. */
  suggested: Set<string>;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function hasValue(field: Field | undefined): field is Field & { value: Node } {
  return field !== undefined && field.value !== null && !(isScalar(field.value) && field.value.value === null);
}

/**
 * A code as the user wrote it. YAML types some unquoted codes as numbers (`01234` -> 1234, and
 * `E07000110` is a float under YAML 1.1), so an unquoted number keeps its source text.
 */
function codeText(node: Scalar): string | undefined {
  if (typeof node.value === 'string') return node.value.trim();
  if ((typeof node.value === 'number' || typeof node.value === 'bigint') && node.type === 'PLAIN' && node.source !== undefined) return String(node.source).trim();
  return undefined;
}

/** How a node is quoted back to the user in `found:`. */
export function describeNode(node: Node | null): string {
  if (node === null) return '(nothing)';
  if (isScalar(node)) return node.source !== undefined && node.source !== '' ? String(node.source) : JSON.stringify(node.value);
  // A short list is quoted back as written ([5, 1]), so the reader sees what is wrong with it.
  if (isSeq(node)) return node.items.length <= 8 && node.items.every((item) => isScalar(item)) ? `[${(node.items as Node[]).map(describeNode).join(', ')}]` : `a list of ${node.items.length}`;
  if (isMap(node)) return 'a group of settings (key: value lines)';
  return String(node);
}

/**
 * Reads typed values out of a parsed YAML document and records every problem with its line
 * and column, so the loader can report all of them at once instead of stopping at the first.
 */
export class YamlReader {
  readonly problems: AssessError[] = [];

  constructor(readonly file: string, private readonly lineCounter: LineCounter) {}

  location(node: Node | null | undefined): SourceLocation {
    const offset = node?.range?.[0];
    if (offset === undefined) return { file: this.file };
    const { line, col } = this.lineCounter.linePos(offset);
    return { file: this.file, line, column: col };
  }

  problem(node: Node | null | undefined, message: string, details: Omit<ProblemDetails, 'location'> = {}): void {
    this.problems.push(new AssessError(message, ExitCode.badInput, { location: this.location(node), ...details }));
  }

  /** The fields of a mapping; unknown keys are reported with the closest allowed key. */
  fields(node: Node | null, what: string, allowed: readonly string[]): Fields | undefined {
    if (!isMap(node)) {
      this.problem(node, `${capitalise(what)} should be a group of settings`, {
        found: describeNode(node),
        expected: `indented lines of "key: value" (${allowed.join(', ')})`,
        fix: `Write ${what} as indented "key: value" lines, as in the README example.`,
      });
      return undefined;
    }
    const byKey = new Map<string, Field>();
    const suggested = new Set<string>();
    for (const pair of node.items) {
      const key = pair.key;
      if (!isScalar(key) || typeof key.value !== 'string') {
        this.problem(key as Node, `Unexpected key in ${what}`, { found: describeNode(key as Node), expected: allowed.join(', ') });
        continue;
      }
      if (!allowed.includes(key.value)) {
        const match = closestMatch(key.value, allowed);
        if (match !== undefined) suggested.add(match);
        this.problem(key, `Unknown setting "${key.value}" in ${what}.${didYouMean(key.value, allowed)}`, {
          found: key.value,
          expected: `one of ${allowed.join(', ')}`,
          fix: 'Correct the spelling of the key or remove the line.',
        });
        continue;
      }
      byKey.set(key.value, { key, value: (pair.value as Node | null) ?? null });
    }
    return { node, byKey, suggested };
  }

  /** The field's value node, reporting it as missing when required and absent or empty. */
  valueOf(fields: Fields, key: string, what: string, required: boolean): Node | undefined {
    const field = fields.byKey.get(key);
    if (hasValue(field)) return field.value;
    if (required && !fields.suggested.has(key)) {
      this.problem(field?.key ?? fields.node, `${capitalise(what)} is missing "${key}"`, {
        found: field ? `${key}: (nothing)` : '(no such line)',
        expected: `a "${key}:" line with a value`,
        fix: `Add "${key}: ..." to ${what}.`,
      });
    }
    return undefined;
  }

  string(fields: Fields, key: string, what: string, required = false): string | undefined {
    const node = this.valueOf(fields, key, what, required);
    if (node === undefined) return undefined;
    if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '') return node.value.trim();
    this.problem(node, `"${key}" in ${what} should be text`, {
      found: describeNode(node),
      expected: 'a non-empty text value',
      fix: isScalar(node) ? `Put the value in quotes, e.g. ${key}: "${describeNode(node)}".` : `Give "${key}" a single text value.`,
    });
    return undefined;
  }

  /** An identifier such as an area code or measure id: text without spaces. */
  code(node: Node, what: string): string | undefined {
    const text = isScalar(node) ? codeText(node) : undefined;
    if (text !== undefined && text !== '' && !/\s/.test(text)) return text;
    this.problem(node, `${what} should be a code without spaces`, {
      found: describeNode(node),
      expected: 'a code such as E07000110',
      fix: 'Use the code, not the name.',
    });
    return undefined;
  }

  boolean(fields: Fields, key: string, what: string): boolean | undefined {
    const node = this.valueOf(fields, key, what, false);
    if (node === undefined) return undefined;
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    this.problem(node, `"${key}" in ${what} should be true or false`, { found: describeNode(node), expected: 'true or false', fix: `Write ${key}: true or ${key}: false (yes, no and on are not read as either).` });
    return undefined;
  }

  integer(fields: Fields, key: string, what: string, min: number, max: number, expected: string): number | undefined {
    const node = this.valueOf(fields, key, what, true);
    if (node === undefined) return undefined;
    if (isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value) && node.value >= min && node.value <= max) return node.value;
    this.problem(node, `"${key}" in ${what} is not valid`, { found: describeNode(node), expected, fix: `Write ${key}: followed by a whole number from ${min} to ${max}.` });
    return undefined;
  }

  /** A list of codes; duplicates are reported against the repeated entry. */
  codeList(node: Node, what: string): { codes: string[]; nodes: Node[] } | undefined {
    if (!isSeq(node)) {
      this.problem(node, `${what} should be a list`, {
        found: describeNode(node),
        expected: 'a list such as [E07000105, E07000106] or one "- code" line per item',
      });
      return undefined;
    }
    const codes: string[] = [];
    const nodes: Node[] = [];
    const firstLine = new Map<string, number | undefined>();
    for (const item of node.items as Node[]) {
      const code = this.code(item, `An entry of ${what}`);
      if (code === undefined) continue;
      if (firstLine.has(code)) {
        const line = firstLine.get(code);
        this.problem(item, `${what} lists "${code}" twice`, {
          found: code,
          expected: `each code once${line === undefined ? '' : ` (first listed on line ${line})`}`,
          fix: 'Remove the repeated code.',
        });
        continue;
      }
      firstLine.set(code, this.location(item).line);
      codes.push(code);
      nodes.push(item);
    }
    return { codes, nodes };
  }
}
