import { configurationFingerprint, type BuildSettings } from './configuration.js';
import { listInputFiles } from './input-files.js';
import type { BuildFingerprint } from './manifest.js';
import { toolFingerprint } from './tool-fingerprint.js';

export interface FingerprintRequest {
  year: number;
  configFile: string;
  dataDir: string;
  templatesDir?: string;
  settings: BuildSettings;
}

/**
 * The tool, configuration and input files of a build, hashed before any input is parsed. The
 * three are hashed side by side; a failure is reported as if they had been hashed in turn.
 */
export async function buildFingerprint(request: FingerprintRequest): Promise<BuildFingerprint> {
  // The data folder's reads are set going first: the tool's own files are then hashed while they are under way.
  const inputsRead = listInputFiles(request.dataDir);
  const configurationRead = configurationFingerprint(request);
  const [tool, configuration, inputs] = await Promise.allSettled([toolFingerprint(), configurationRead, inputsRead]);
  return { year: request.year, tool: settled(tool), configuration: settled(configuration), inputs: settled(inputs) };
}

/** A part's value, or its failure; called in the parts' order, the first failure is the one thrown. */
function settled<T>(part: PromiseSettledResult<T>): T {
  if (part.status === 'rejected') throw part.reason;
  return part.value;
}
