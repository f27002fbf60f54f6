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

/** The tool, configuration and input files of a build, hashed before any input is parsed. */
export async function buildFingerprint(request: FingerprintRequest): Promise<BuildFingerprint> {
  return {
    year: request.year,
    tool: await toolFingerprint(),
    configuration: await configurationFingerprint(request),
    inputs: await listInputFiles(request.dataDir),
  };
}
