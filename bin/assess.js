#!/usr/bin/env node
import { main } from '../dist/bundle/main.js';

// A reader that goes away (`assess build 2024 2>&1 | head`) closes the pipe. What is left to say
// is dropped and the command runs on to its end, releasing its lock, as it would have with a
// reader: an unhandled EPIPE would otherwise end it mid-build as a crash.
const gone = new Set();
const dropWhenClosed = (stream) =>
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
    gone.add(stream);
  });
dropWhenClosed(process.stdout);
dropWhenClosed(process.stderr);
const writeTo = (stream) => (text) => (gone.has(stream) ? true : stream.write(text));

const code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  writeErr: writeTo(process.stderr),
  writeOut: writeTo(process.stdout),
  outIsTTY: process.stdout.isTTY === true,
  errIsTTY: process.stderr.isTTY === true,
  errColumns: () => process.stderr.columns,
});
process.exit(code);
