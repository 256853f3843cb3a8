/**
 * A short, stable revision label from a document's text: FNV-1a 32-bit hash in hex.
 * Source: Fowler, Noll, Vo, "FNV hash" (IETF draft-eastlake-fnv), offset basis 2166136261,
 * prime 16777619. Not a security hash; it names a revision so a report can be traced to its file.
 */
export function contentRevision(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
