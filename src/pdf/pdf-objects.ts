import { deflateSync, inflateSync } from 'node:zlib';
import { latin1Text } from './latin1.js';

/**
 * Just enough of a PDF's file structure to change a few of Chromium's streams: its one
 * cross-reference table, its page tree and its objects, read as text (latin1 maps every byte to
 * one character, so string offsets are byte offsets). Anything else (an incremental update, a
 * cross-reference stream, an indirect /Length) is refused with undefined, and the caller prints
 * the document the slow way instead.
 */

/** A run of the cross-reference table: objects first, first + 1, ... at 20 bytes an entry from `at`. */
interface XrefSection {
  first: number;
  count: number;
  at: number;
}

interface StreamObject {
  /** The object's dictionary, from "N 0 obj" up to "stream". */
  dictionary: string;
  dataStart: number;
  dataEnd: number;
}

/** Buffers already read: a PdfObjects never changes, and nothing here writes into a buffer it has read. */
const alreadyRead = new WeakMap<Uint8Array, PdfObjects | undefined>();

/** A PDF as Chromium writes it: a classic cross-reference table and plain (not compressed) objects. */
export class PdfObjects {
  private constructor(
    private readonly bytes: Uint8Array,
    private readonly text: string,
    private readonly sections: XrefSection[],
    /** Where the cross-reference table starts: the number written at startxrefAt. */
    private readonly tableAt: number,
    private readonly startxrefAt: number,
    private readonly root: number,
  ) {}

  /** The file's structure, read once per buffer: a printed PDF is read for its outline and again to number its contents. */
  static read(bytes: Uint8Array): PdfObjects | undefined {
    if (!alreadyRead.has(bytes)) alreadyRead.set(bytes, PdfObjects.parse(bytes));
    return alreadyRead.get(bytes);
  }

  private static parse(bytes: Uint8Array): PdfObjects | undefined {
    const text = latin1Text(bytes);
    const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-64));
    if (startxref === null) return undefined;
    const startxrefAt = text.length - 64 + startxref.index + startxref[0].indexOf(startxref[1]!);
    const tableAt = Number(startxref[1]);
    if (!text.startsWith('xref', tableAt)) return undefined;
    const trailerAt = text.indexOf('trailer', tableAt);
    if (trailerAt < 0) return undefined;
    const trailer = text.slice(trailerAt, text.indexOf('startxref', trailerAt));
    const root = /\/Root (\d+) 0 R/.exec(trailer);
    if (root === null || trailer.includes('/Prev') || trailer.includes('/Encrypt')) return undefined;
    const sections: XrefSection[] = [];
    const header = /(\d+) (\d+)\r?\n/y;
    let at = tableAt + 'xref'.length;
    while (/\s/.test(text[at] ?? '')) at++;
    while (at < trailerAt) {
      header.lastIndex = at;
      const section = header.exec(text);
      if (section === null) return undefined;
      sections.push({ first: Number(section[1]), count: Number(section[2]), at: header.lastIndex });
      at = header.lastIndex + 20 * Number(section[2]);
    }
    // Each entry is read when wanted (a printed assessment has some 27,000), so check where the table ends.
    if (!/^\s*$/.test(text.slice(at, trailerAt))) return undefined;
    return new PdfObjects(bytes, text, sections, tableAt, startxrefAt, Number(root[1]));
  }

  /** Where object n starts, when the table lists it in use. */
  private offset(n: number): number | undefined {
    const section = this.sections.find(({ first, count }) => n >= first && n < first + count);
    return section === undefined ? undefined : this.entryOffset(section.at + 20 * (n - section.first));
  }

  private entryOffset(at: number): number | undefined {
    let offset = 0;
    for (let i = at; i < at + 10; i++) {
      const digit = this.bytes[i]! - 48;
      if (digit < 0 || digit > 9) return undefined;
      offset = offset * 10 + digit;
    }
    return this.bytes[at + 17] === 110 /* n */ ? offset : undefined;
  }

  /** The text of object `n` up to its stream, or to endobj when it has none. */
  dictionary(n: number): string | undefined {
    const offset = this.offset(n);
    if (offset === undefined || !this.text.startsWith(`${n} 0 obj`, offset)) return undefined;
    const end = this.text.indexOf('endobj', offset);
    const object = this.text.slice(offset, end < 0 ? undefined : end);
    // The keyword after the dictionary's closing >>, not the word in a title ("Mainstream services").
    const stream = /(?<=>>\s*)stream\r?\n/.exec(object);
    return stream === null ? object : object.slice(0, stream.index);
  }

  private streamObject(n: number): StreamObject | undefined {
    const dictionary = this.dictionary(n);
    const length = dictionary === undefined ? null : /\/Length (\d+)[\s/>]/.exec(dictionary);
    if (dictionary === undefined || length === null || !/\/Filter \/FlateDecode[\s/>]/.test(dictionary) || /\/DecodeParms/.test(dictionary)) return undefined;
    const keyword = this.offset(n)! + dictionary.length;
    if (!this.text.startsWith('stream', keyword)) return undefined;
    const dataStart = keyword + (this.text.startsWith('stream\r\n', keyword) ? 8 : 7);
    const dataEnd = dataStart + Number(length[1]);
    return /^\r?\n?endstream/.test(this.text.slice(dataEnd, dataEnd + 12)) ? { dictionary, dataStart, dataEnd } : undefined;
  }

  /** The decompressed data of stream object `n`. */
  stream(n: number): Uint8Array | undefined {
    const found = this.streamObject(n);
    if (found === undefined) return undefined;
    try {
      return inflateSync(this.bytes.subarray(found.dataStart, found.dataEnd));
    } catch {
      return undefined;
    }
  }

  /** Whether every object the table lists in use starts where it says: what a rewrite must keep true. */
  soundTable(): boolean {
    for (const { first, count, at } of this.sections) {
      for (let i = 0; i < count; i++) {
        const entry = at + 20 * i;
        if (this.bytes[entry + 17] !== 110 /* n */) continue;
        const offset = this.entryOffset(entry);
        if (offset === undefined || !this.text.startsWith(`${first + i} 0 obj`, offset)) return false;
      }
    }
    return true;
  }

  /** The document catalog's dictionary (the trailer's /Root). */
  catalog(): string | undefined {
    return this.dictionary(this.root);
  }

  /**
   * The object number of every page, in order; undefined unless every node of the page tree can
   * be read and the pages found are as many as its root counts, so a page is never missed.
   */
  pages(): number[] | undefined {
    const pages: number[] = [];
    const visit = (n: number, depth: number): boolean => {
      const node = this.dictionary(n);
      if (node === undefined || depth > 32) return false;
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node);
      if (kids === null) {
        if (!/\/Type\s*\/Page[\s/>]/.test(node)) return false;
        pages.push(n);
        return true;
      }
      return [...kids[1]!.matchAll(/(\d+)\s+0\s+R/g)].every((kid) => visit(Number(kid[1]), depth + 1));
    };
    const tree = /\/Pages\s+(\d+)\s+0\s+R/.exec(this.catalog() ?? '');
    const root = tree === null ? undefined : this.dictionary(Number(tree[1]));
    const count = root === undefined ? null : /\/Count\s+(\d+)/.exec(root);
    if (tree === null || count === null || !visit(Number(tree[1]), 0)) return undefined;
    return pages.length === Number(count[1]) ? pages : undefined;
  }

  /**
   * A new file with each stream in `replaced` holding the given data, compressed again; every
   * object after one moves, and the cross-reference table is rewritten to match.
   */
  withStreams(replaced: ReadonlyMap<number, Uint8Array>): Uint8Array | undefined {
    if (replaced.size === 0) return this.bytes;
    const edits: { start: number; end: number; bytes: Buffer }[] = [];
    for (const [n, data] of replaced) {
      const found = this.streamObject(n);
      if (found === undefined) return undefined;
      const packed = deflateSync(data);
      const start = this.offset(n)!;
      const head = found.dictionary.replace(/\/Length \d+/, `/Length ${packed.length}`) + this.text.slice(start + found.dictionary.length, found.dataStart);
      edits.push({ start, end: found.dataEnd, bytes: Buffer.concat([Buffer.from(head, 'latin1'), packed]) });
    }
    edits.sort((a, b) => a.start - b.start);
    const moved = (offset: number): number => {
      let shift = 0;
      for (const edit of edits) if (edit.start < offset) shift += edit.bytes.length - (edit.end - edit.start);
      return offset + shift;
    };
    const table = Buffer.from(this.bytes);
    for (const { count, at: from } of this.sections) {
      for (let at = from; at < from + 20 * count; at += 20) {
        const offset = this.entryOffset(at);
        if (offset !== undefined && offset > edits[0]!.start) table.write(String(moved(offset)).padStart(10, '0'), at, 'latin1');
      }
    }
    const parts: Buffer[] = [];
    let from = 0;
    for (const edit of edits) {
      parts.push(table.subarray(from, edit.start), edit.bytes);
      from = edit.end;
    }
    const digits = String(this.tableAt).length;
    parts.push(table.subarray(from, this.startxrefAt), Buffer.from(String(moved(this.tableAt)), 'latin1'), table.subarray(this.startxrefAt + digits));
    return new Uint8Array(Buffer.concat(parts));
  }
}
