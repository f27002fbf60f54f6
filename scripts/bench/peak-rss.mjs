// Loaded into a measured `assess` command with `node --import`: as the process exits, writes its
// peak resident memory in KB (all its threads: Node's own measure, as count-street.mjs prints) to
// the file ASSESS_BENCH_RSS names. The benchmark cannot read a child's peak from outside: Node's
// spawnSync reports no resource usage.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

// Worker threads inherit --import; only the process's own exit counts.
const file = isMainThread ? process.env.ASSESS_BENCH_RSS : undefined;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
