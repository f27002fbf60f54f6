import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { didYouMean, listWords } from '../config/suggest.js';
import { AssessError, ExitCode } from '../errors.js';
import { decodeText } from './decode.js';

/** The folder of the year's data folder that holds analyst commentary. */
export const COMMENTARY_FOLDER = 'commentary';

/** A page of commentary is a few kilobytes; anything near this is the wrong file. */
export const MAX_COMMENTARY_BYTES = 200 * 1024;

export interface CommentaryFile {
  /** Path relative to the data folder, e.g. "commentary/domestic_abuse.md", for messages. */
  file: string;
  markdown: string;
}

/** Files that operating systems and editors leave in folders; never commentary. */
function isClutter(name: string): boolean {
  const lower = name.toLowerCase();
  return name.startsWith('.') || name.startsWith('~$') || lower === 'thumbs.db' || lower === 'desktop.ini' || lower.endsWith('~');
}

function problem(message: string, file: string, found: string, expected: string, fix: string): AssessError {
  return new AssessError(message, ExitCode.badInput, { location: { file }, found, expected, fix });
}

/**
 * Reads data/<year>/commentary/<section>.md for the given section ids (case-insensitively, so
 * "Summary.md" saved on Windows counts). A missing folder means no commentary. Anything else in
 * the folder is an error: a misspelt or wrongly saved file would otherwise vanish silently.
 */
export async function readCommentary(dataDir: string, sectionIds: readonly string[]): Promise<Map<string, CommentaryFile>> {
  const dir = path.join(dataDir, COMMENTARY_FOLDER);
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) return new Map();
  const byLower = new Map(sectionIds.map((id) => [id.toLowerCase(), id]));
  const names = (await readdir(dir)).filter((name) => !isClutter(name)).sort();
  const found = new Map<string, CommentaryFile>();
  const expected = 'a file named after a section, e.g. summary.md or domestic_abuse.md';
  for (const name of names) {
    const full = path.join(dir, name);
    const file = `${COMMENTARY_FOLDER}/${name}`;
    const extension = path.extname(name);
    if (extension.toLowerCase() !== '.md') {
      throw problem('This is not a commentary file', full, name, 'Markdown text files named <section>.md', 'Save the commentary as plain text with the .md extension, or move this file out of the commentary folder.');
    }
    const stem = name.slice(0, -extension.length);
    const section = byLower.get(stem.toLowerCase());
    if (section === undefined) {
      throw problem(`"${stem}" is not a section of the document.${didYouMean(stem, sectionIds)}`, full, name, expected, `Rename the file to one of: ${listWords(sectionIds.map((id) => `${id}.md`))}.`);
    }
    if (found.has(section)) {
      throw problem(`There are two commentary files for the "${section}" section`, full, `${found.get(section)!.file} and ${file}`, 'one file per section', 'Merge them into one file and delete the other.');
    }
    found.set(section, { file, markdown: await readText(full) });
  }
  return found;
}

async function readText(file: string): Promise<string> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) {
    throw problem('This is not a file that can be read', file, info ? 'a folder or device' : 'a link (shortcut) to a file that does not exist', 'a Markdown text file', 'Commentary files go directly in the commentary folder; move or remove this entry.');
  }
  if (info.size > MAX_COMMENTARY_BYTES) {
    throw problem('The commentary file is too large', file, `${Math.ceil(info.size / 1024).toLocaleString('en-GB')} KB`, `at most ${MAX_COMMENTARY_BYTES / 1024} KB of text`, 'Check this is the right file; commentary is a few paragraphs per section.');
  }
  // UTF-8 with or without a byte-order mark; text saved in the Windows code page or as
  // "Unicode" by Notepad is decoded too rather than turned into replacement characters.
  const bytes = await readFile(file).catch((error: unknown) => {
    throw problem('The commentary file cannot be read', file, error instanceof Error ? error.message : String(error), 'a file you may read', 'Check the file is not open elsewhere and that you may read it.');
  });
  return decodeText(new Uint8Array(bytes)).text;
}
