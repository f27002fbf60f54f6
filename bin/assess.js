#!/usr/bin/env node
import { main } from '../dist/bundle/main.js';

const code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  writeErr: (text) => process.stderr.write(text),
  writeOut: (text) => process.stdout.write(text),
  outIsTTY: process.stdout.isTTY === true,
  errIsTTY: process.stderr.isTTY === true,
  errColumns: () => process.stderr.columns,
});
process.exit(code);
