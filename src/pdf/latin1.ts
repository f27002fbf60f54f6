/**
 * A PDF's bytes as text, one character per byte, so string offsets are byte offsets. Node's
 * Buffer decodes latin1 several times faster than TextDecoder, which counts on a 5 MB PDF
 * decoded a few times per document and a dozen documents per county build.
 */
export function latin1Text(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

export function latin1Bytes(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'latin1'));
}
