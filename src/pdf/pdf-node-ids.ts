/**
 * A tagged PDF from Chromium names each structure element after its DOM node
 * (`/ID (node00001100)`, also in the /IDTree and in table cells' /Headers). Those numbers come
 * from a browser-wide counter and the order in which nodes get them varies from print to print,
 * so the same document can print with different ids. They are renumbered 1, 2, 3... in the
 * order the structure elements are written (the document's order), at the same width, and the
 * /IDTree's name list is re-sorted in place, so every byte offset stays valid.
 */

import { latin1Bytes, latin1Text } from './latin1.js';

/** Byte ranges of the file outside its (compressed) streams, where the ids are written. */
function outsideStreams(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let from = 0;
  for (const match of text.matchAll(/stream\r?\n[\s\S]*?endstream/g)) {
    ranges.push([from, match.index]);
    from = match.index + match[0].length;
  }
  ranges.push([from, text.length]);
  return ranges;
}

function matchesOutsideStreams(text: string, pattern: RegExp): { at: number; match: RegExpMatchArray }[] {
  return outsideStreams(text).flatMap(([start, end]) => [...text.slice(start, end).matchAll(pattern)].map((match) => ({ at: start + match.index!, match })));
}

/** The new number of each old one: by first definition (/ID), then by first use. */
function renumbering(text: string): Map<string, string> {
  const order = [...matchesOutsideStreams(text, /\/ID \(node(\d+)\)/g), ...matchesOutsideStreams(text, /\(node(\d+)\)/g)].map(({ match }) => match[1]!);
  const renamed = new Map<string, string>();
  for (const digits of order) if (!renamed.has(digits)) renamed.set(digits, String(renamed.size + 1).padStart(digits.length, '0'));
  return renamed;
}

/** The name tree leaf listing the ids, re-sorted under their new names: same pairs, so the same length. */
function sortedNames(names: string): string | undefined {
  const pairs = [...names.matchAll(/\(node\d+\) \d+ \d+ R/g)].map((match) => match[0]);
  if (pairs.join(' ') !== names) return undefined;
  return pairs.sort().join(' ');
}

export function renumberNodeIds(pdf: Uint8Array): Uint8Array {
  const text = latin1Text(pdf);
  const renamed = renumbering(text);
  if (renamed.size === 0) return pdf;
  if ([...renamed].some(([old, now]) => now.length !== old.length)) return pdf;
  const outside = outsideStreams(text);
  // Matches come in file order, so the range each falls in (or the stream between) is found by walking forward.
  let range = 0;
  let fixed = text.replace(/\(node(\d+)\)/g, (whole: string, digits: string, at: number) => {
    while (range < outside.length && outside[range]![1] <= at) range++;
    const inStream = range === outside.length || at < outside[range]![0];
    return inStream ? whole : `(node${renamed.get(digits) ?? digits})`;
  });
  const leaves = matchesOutsideStreams(fixed, /\/Limits \[\(node\d+\) \(node\d+\)\]\s*\/Names \[([^\]]*)\]/g);
  // A name tree split over several leaves would need its leaves rebalanced: leave such a PDF as printed.
  if (leaves.length !== 1) return leaves.length === 0 ? latin1Bytes(fixed) : pdf;
  const { at, match } = leaves[0]!;
  const sorted = sortedNames(match[1]!);
  if (sorted === undefined) return pdf;
  const keys = sorted.match(/\(node\d+\)/g)!;
  const leaf = match[0].replace(/\/Limits \[\(node\d+\) \(node\d+\)\]/, `/Limits [${keys[0]} ${keys.at(-1)}]`).replace(match[1]!, sorted);
  fixed = fixed.slice(0, at) + leaf + fixed.slice(at + match[0].length);
  return latin1Bytes(fixed);
}
