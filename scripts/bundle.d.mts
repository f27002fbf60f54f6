/** Bundles `entryPoints` (name -> file) into `outdir`, emptied first, as the command's own bundle is. */
export function bundle(entryPoints: Record<string, string>, outdir: string): Promise<void>;
/** The command's worker threads, each started from its file name beside the chunks. */
export const WORKERS: Record<string, string>;
