/** Base64 encoding (RFC 4648 §4, with padding) of bytes, without DOM or Node APIs. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Encodes `bytes` as base64 text. */
export function base64Encode(bytes: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out.push(
      ALPHABET[(n >> 18) & 63] as string,
      ALPHABET[(n >> 12) & 63] as string,
      b === undefined ? '=' : (ALPHABET[(n >> 6) & 63] as string),
      c === undefined ? '=' : (ALPHABET[n & 63] as string),
    );
  }
  return out.join('');
}
