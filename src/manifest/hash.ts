import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/**
 * Sorts names by Unicode code point, as every machine does whatever its locale, so lists (and the
 * hashes over them) come out the same everywhere.
 */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The SHA-256 of some bytes or text (UTF-8), in hex. */
export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Size and SHA-256 of a file, read as a stream so a large archive is never held whole. */
export async function hashFile(file: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { size, sha256: hash.digest('hex') };
}
