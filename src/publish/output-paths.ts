import path from 'node:path';

/**
 * The files kept beside an output folder such as out/2024: its lock, the folder a build writes
 * into, and the previous outputs while they are swapped out. All start with ".2024." so they sort
 * together and stay hidden.
 */
export interface OutputPaths {
  outDir: string;
  parent: string;
  lock: string;
  /** Where the build with this process id writes its outputs. */
  temp(pid: number): string;
  /** Where the previous outputs wait while the new ones are moved in. */
  aside(pid: number): string;
  /**
   * Something beside the outputs left by an earlier build, with the process id that made it: a
   * folder, or a file a build writes while it takes the lock.
   */
  leftover(name: string): { kind: 'temp' | 'aside' | 'staging' | 'lock'; pid: number } | undefined;
}

export function outputPaths(outDir: string): OutputPaths {
  const resolved = path.resolve(outDir);
  const parent = path.dirname(resolved);
  const base = path.basename(resolved);
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // "staging" folders were written by assess 0.1's per-file publishing.
  const pattern = new RegExp(`^\\.${escaped}\\.(tmp-|old-|staging-|lock\\.|lock\\.stale-)(\\d+)$`);
  return {
    outDir: resolved,
    parent,
    lock: path.join(parent, `.${base}.lock`),
    temp: (pid) => path.join(parent, `.${base}.tmp-${pid}`),
    aside: (pid) => path.join(parent, `.${base}.old-${pid}`),
    leftover: (name) => {
      const match = pattern.exec(name);
      if (match === null) return undefined;
      const kinds = { 'tmp-': 'temp', 'old-': 'aside', 'staging-': 'staging' } as const;
      const kind = kinds[match[1] as keyof typeof kinds] ?? 'lock';
      return { kind, pid: Number(match[2]) };
    },
  };
}
