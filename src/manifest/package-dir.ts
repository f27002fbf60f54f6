import { fileURLToPath } from 'node:url';

/**
 * The root of the assess package: package.json, templates/ and node_modules/. This module is two
 * folders below it wherever it runs, so the path holds in every layout: src/manifest under the
 * tests, dist/manifest as compiled, and dist/bundle, the bundled code the command runs.
 */
export const PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url));
