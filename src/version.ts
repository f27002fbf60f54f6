import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_DIR } from './manifest/package-dir.js';

/** The package's own package.json, read once: its version, and the dependencies the tool fingerprint lists. */
export const ownPackage = JSON.parse(readFileSync(path.join(PACKAGE_DIR, 'package.json'), 'utf8')) as { version: string; dependencies?: Record<string, string> };

/** The package version, read from package.json so it is never out of step with a release. */
export const version: string = ownPackage.version;
