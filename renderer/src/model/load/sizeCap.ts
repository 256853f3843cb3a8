/**
 * First stage of loading: refuse text over the size cap before parsing it.
 */
import { MAX_DOCUMENT_BYTES } from '../limits';
import { documentError, type DocumentError } from './documentError';

/** UTF-8 length of a string in bytes (without allocating an encoder: the model has no DOM). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Returns a 'too-large' error when `text` exceeds `maxBytes` UTF-8 bytes, else null. */
export function checkSize(
  fileName: string,
  text: string,
  maxBytes = MAX_DOCUMENT_BYTES,
): DocumentError | null {
  // Each UTF-16 unit is at most 3 UTF-8 bytes, so short texts need no count.
  if (text.length * 3 <= maxBytes) return null;
  const bytes = utf8ByteLength(text);
  if (bytes <= maxBytes) return null;
  return documentError(fileName, {
    kind: 'too-large',
    path: '',
    expected: `a file of at most ${maxBytes} bytes (${(maxBytes / 1048576).toFixed(0)} MiB)`,
    found: `${bytes} bytes`,
  });
}
