/**
 * Fingerprint of what a link's power, budget and latency read besides its own routing: the
 * modules, cages and laser sources (which module a cage holds, which laser lights an engine)
 * and the fibers. When it is unchanged, a link whose routing was reused keeps its figures.
 */
import { designParts } from '../model/designParts';
import type { Design } from '../model/schema';
import type { PartLibrary } from '../model/partSchema';

const CONTEXT_CATEGORIES = new Set(['cage', 'pluggable-module', 'laser-source']);

/** A string that changes whenever the shared inputs of link figures change. */
export function contextKey(doc: Design, partLibrary: PartLibrary): string {
  const library = designParts(doc, partLibrary);
  const parts: string[] = [];
  for (const c of doc.components) {
    const category = library.get(c.partId)?.category;
    if (category === undefined || !CONTEXT_CATEGORIES.has(category)) continue;
    parts.push(
      `${c.id}:${c.partId}:${c.positionMm.x}:${c.positionMm.y}:${c.rotationDeg}:${c.mount.carrierId}`,
    );
  }
  return `${parts.join(';')}|${JSON.stringify(doc.fibers)}`;
}
