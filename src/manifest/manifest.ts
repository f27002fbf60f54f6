import type { SourceSummary, YearInputs } from '../model.js';
import type { ConfigurationFingerprint, HashedFile } from './configuration.js';
import { fileOnDisk, type InputFile } from './input-files.js';
import type { ToolFingerprint } from './tool-fingerprint.js';

/** The version of the manifest's own layout, raised when a field changes meaning. */
export const MANIFEST_FORMAT = 1;
export const MANIFEST_FILE = 'manifest.json';

/** One input file with what the build read from it. */
export interface ManifestInput extends InputFile {
  /** Rows read (for an archive, from all its CSVs); null for a file that is not a table. */
  rows: number | null;
  /** First and last period present, as written in the file(s); null when it has none. */
  periods: { first: string; last: string } | null;
  /** How it was read: the formats recognised, "commentary", or why it was not used. */
  readAs: string[];
}

/** Everything that decides a build's outputs, known before the inputs are parsed. */
export interface BuildFingerprint {
  year: number;
  tool: ToolFingerprint;
  configuration: ConfigurationFingerprint;
  inputs: InputFile[];
}

export interface Manifest {
  manifest: number;
  year: number;
  tool: ToolFingerprint;
  configuration: ConfigurationFingerprint;
  inputs: ManifestInput[];
  /** Every file written, relative to the output folder; the manifest itself is not listed. */
  outputs: HashedFile[];
}

function periodsOf(sources: readonly SourceSummary[]): ManifestInput['periods'] {
  const periods = sources.flatMap((s) => [s.firstPeriod, s.lastPeriod]).filter((p): p is string => p !== undefined).sort();
  return periods.length === 0 ? null : { first: periods[0]!, last: periods.at(-1)! };
}

/** Joins each file on disk with the summaries of the tables read from it (an archive holds many). */
export function describeInputs(files: readonly InputFile[], inputs: Pick<YearInputs, 'sources' | 'ignoredFiles'>): ManifestInput[] {
  return files.map((file) => {
    const sources = inputs.sources.filter((s) => fileOnDisk(s.file) === file.file);
    const ignored = inputs.ignoredFiles.filter((f) => fileOnDisk(f.file) === file.file);
    const readAs = [...new Set([...sources.map((s) => s.format ?? s.kind), ...ignored.map((f) => `not used: ${f.reason}`)])];
    if (file.file.startsWith('commentary/')) readAs.push('commentary');
    return {
      ...file,
      rows: sources.length === 0 ? null : sources.reduce((sum, s) => sum + s.rows, 0),
      periods: periodsOf(sources),
      readAs,
    };
  });
}

export function createManifest(fingerprint: BuildFingerprint, inputs: ManifestInput[], outputs: HashedFile[]): Manifest {
  return { manifest: MANIFEST_FORMAT, year: fingerprint.year, tool: fingerprint.tool, configuration: fingerprint.configuration, inputs, outputs };
}

/** The manifest as written: keys in a fixed order and no timestamps, so it is reproducible too. */
export function manifestJson(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
