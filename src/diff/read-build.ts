/** Finds and reads the build an argument of `assess diff` names: a year or an output folder. */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { displayPath } from '../display-path.js';
import { AssessError, ExitCode } from '../errors.js';
import { parseFiguresJson, type FiguresDocument } from './figures-file.js';

export interface BuildFolder {
  /** As shown to the user: relative to the working folder where it is inside it. */
  folder: string;
  document: FiguresDocument;
  /** The figures.json read, resolved; and the output folder it lies in when one was named (a year or a folder), not the file alone. */
  source: { file: string; outputFolder?: string };
}

const YEAR = /^\d{4}$/;

/** A four-digit argument is a year (out/<year>); anything else is a folder, or a figures.json file. */
export function buildLocation(argument: string, cwd: string): string {
  return YEAR.test(argument) ? path.resolve(cwd, 'out', argument) : path.resolve(cwd, argument);
}

export async function readBuild(argument: string, cwd: string): Promise<BuildFolder> {
  const location = buildLocation(argument, cwd);
  const shown = displayPath(location, cwd);
  const isYear = YEAR.test(argument);
  const year = isYear ? argument : '<year>';
  const info = await stat(location).catch(() => undefined);
  if (info === undefined) {
    throw new AssessError(`${shown} does not exist`, ExitCode.badInput, {
      found: argument,
      expected: 'a year that has been built (out/<year>) or the output folder of assess build',
      fix: isYear
        ? `Run assess build ${argument} first, or pass the folder it was built into (a folder named ${argument} here is written ./${argument}).`
        : 'Check the path, or pass a year to compare out/<year>.',
    });
  }
  const file = info.isDirectory() ? path.join(location, 'figures.json') : location;
  const folder = displayPath(info.isDirectory() ? location : path.dirname(location), cwd);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new AssessError(`${folder} is not an assess output folder: there is no ${path.basename(file)} in it`, ExitCode.badInput, {
      expected: 'a folder written by assess build, holding figures.json',
      fix: `Pass the folder assess build wrote (e.g. out/${year}), or rebuild it with assess build ${year}.`,
    });
  }
  return { folder, document: parseFiguresJson(text, displayPath(file, cwd)), source: { file, ...(info.isDirectory() ? { outputFolder: location } : {}) } };
}
