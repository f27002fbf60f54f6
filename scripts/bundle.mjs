// Bundles the compiled modules in dist/ into dist/bundle/, which the `assess` command runs.
//
// Why: Node loads ES modules one file at a time, and the command's code with its dependencies is
// over a thousand files (puppeteer-core and Vega alone are hundreds). Loading them took 200 ms of
// every build's start, before any data could be read; bundled, 65 ms. The chart and street-level
// worker threads are entry points of their own, so each loads only what it uses, and code they
// share with the command is split into chunks rather than loaded twice.
//
// Left out of the bundle, and loaded from node_modules as they are: pdf.js, which loads its own
// worker file beside it, and @sparticuz/chromium, which unpacks the browser from files of its
// package. 'canvas' is an optional package Vega tries to load and does not need. proxy-agent, which
// only puppeteer's browser downloader uses, is replaced by a stub (bundle-stubs/).
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** Bundles `entryPoints` (name -> file) into `outdir`, emptied first, as the command's own bundle is. */
export async function bundle(entryPoints, outdir) {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints,
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['pdfjs-dist', '@sparticuz/chromium', 'canvas'],
    alias: { 'proxy-agent': './scripts/bundle-stubs/proxy-agent.mjs' },
    // CommonJS dependencies (handlebars, yaml's helpers) call require() for Node's own modules.
    banner: { js: "import { createRequire as assessCreateRequire } from 'node:module'; const require = assessCreateRequire(import.meta.url);" },
    // Beside each chunk, mapped through the compiler's own maps to src/: an internal error's stack
    // names lines of the bundle, and NODE_OPTIONS=--enable-source-maps names them in src/ instead.
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
  });
}

/** The command and its worker threads, each started from its file name beside the chunks. */
export const WORKERS = {
  'chart-worker': 'dist/charts/chart-worker.js',
  'street-worker': 'dist/ingest/street/street-worker.js',
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await bundle({ main: 'dist/cli/main.js', ...WORKERS }, 'dist/bundle');
}
