/**
 * A tagged PDF from Chromium names each structure element after its DOM node
 * (`/ID (node00001100)`, also in the /IDTree and in table cells' /Headers). Those numbers come
 * from a browser-wide counter and the order in which nodes get them varies from print to print,
 * so the same document can print with different ids. They are renumbered 1, 2, 3... in the
 * order the structure elements are written (the document's order), at the same width, and the
 * /IDTree's name list is re-sorted in place, so every byte offset stays valid.
 */

import { latin1Text } from './latin1.js';

/**
 * Byte ranges of the file outside its (compressed) streams, where the ids are written: what the
 * pattern /stream\r?\n[\s\S]*?endstream/g leaves between its matches, found with indexOf, which
 * on a 5 MB PDF is several times quicker.
 */
function outsideStreams(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let from = 0;
  for (let at = 0; ;) {
    const keyword = text.indexOf('stream', at);
    if (keyword < 0) break;
    let content = keyword + 'stream'.length;
    if (text.charCodeAt(content) === 13) content++;
    if (text.charCodeAt(content) !== 10) {
      at = keyword + 1;
      continue;
    }
    const end = text.indexOf('endstream', content + 1);
    if (end < 0) break;
    ranges.push([from, keyword]);
    from = end + 'endstream'.length;
    at = from;
  }
  ranges.push([from, text.length]);
  return ranges;
}

/** Every `(node<digits>)` outside streams, in file order, and whether it is a definition (`/ID (node...)`). */
function nodeNames(text: string, outside: [number, number][]): { at: number; digits: string; defines: boolean }[] {
  const found: { at: number; digits: string; defines: boolean }[] = [];
  let range = 0;
  for (const match of text.matchAll(/\(node(\d+)\)/g)) {
    const at = match.index;
    // Matches come in file order, so the range each falls in (or the stream between) is found by walking forward.
    while (range < outside.length && outside[range]![1] <= at) range++;
    if (range === outside.length || at < outside[range]![0]) continue;
    found.push({ at, digits: match[1]!, defines: text.startsWith('/ID ', at - 4) });
  }
  return found;
}

/** The new number of each old one: by first definition (/ID), then by first use. */
function renumbering(names: readonly { digits: string; defines: boolean }[]): Map<string, string> {
  const renamed = new Map<string, string>();
  for (const { digits } of [...names.filter((name) => name.defines), ...names]) {
    if (!renamed.has(digits)) renamed.set(digits, String(renamed.size + 1).padStart(digits.length, '0'));
  }
  return renamed;
}

/** The name tree leaf listing the ids, re-sorted under their new names: same pairs, so the same length. */
function sortedNames(names: string): string | undefined {
  const pairs = [...names.matchAll(/\(node\d+\) \d+ \d+ R/g)].map((match) => match[0]);
  if (pairs.length === 0 || pairs.join(' ') !== names) return undefined;
  return pairs.sort().join(' ');
}

function idTreeLeaves(text: string, outside: [number, number][]): { at: number; match: RegExpMatchArray }[] {
  const pattern = /\/Limits \[\(node\d+\) \(node\d+\)\]\s*\/Names \[([^\]]*)\]/g;
  return outside.flatMap(([start, end]) => [...text.slice(start, end).matchAll(pattern)].map((match) => ({ at: start + match.index!, match })));
}

const write = (bytes: Uint8Array, at: number, text: string): void => {
  for (let i = 0; i < text.length; i++) bytes[at + i] = text.charCodeAt(i);
};

/** The PDF with its structure ids renumbered; as printed when they cannot be renumbered in place. */
export function renumberNodeIds(pdf: Uint8Array): Uint8Array {
  const text = latin1Text(pdf);
  const outside = outsideStreams(text);
  const names = nodeNames(text, outside);
  const renamed = renumbering(names);
  if (renamed.size === 0) return pdf;
  if ([...renamed].some(([old, now]) => now.length !== old.length)) return pdf;
  const fixed = new Uint8Array(pdf);
  for (const { at, digits } of names) write(fixed, at + '(node'.length, renamed.get(digits)!);
  const leaves = idTreeLeaves(text, outside);
  // A name tree split over several leaves would need its leaves rebalanced: leave such a PDF as printed.
  if (leaves.length !== 1) return leaves.length === 0 ? fixed : pdf;
  const { at, match } = leaves[0]!;
  const rename = (part: string): string => part.replace(/\(node(\d+)\)/g, (_, digits: string) => `(node${renamed.get(digits)!})`);
  const sorted = sortedNames(rename(match[1]!));
  if (sorted === undefined) return pdf;
  const keys = sorted.match(/\(node\d+\)/g)!;
  write(fixed, at, rename(match[0]).replace(/\/Limits \[\(node\d+\) \(node\d+\)\]/, `/Limits [${keys[0]} ${keys.at(-1)}]`).replace(rename(match[1]!), sorted));
  return fixed;
}
