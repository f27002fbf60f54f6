import { createRequire } from 'node:module';

/** The package version, read from package.json so it is never out of step with a release. */
export const version: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
