/**
 * The "oe-distance-mm" sweep edit: every optical engine linked to an xPU moves radially away
 * from that xPU (centre to centre, in the board plane) by `deltaMm`; a negative value moves
 * it closer. Parts mounted on the engine (at any depth) move with it. An engine in the same
 * 3D stack as its xPU (CPO Type C, towers included), or centred on it, has no radial
 * direction and stays. The engine's xPU is
 * the one of its first link in document order. Fiber polylines are left as drawn.
 */
import { designParts } from '../../model/designParts';
import type { PartLibrary } from '../../model/partSchema';
import type { Design } from '../../model/schema';

type Components = ReadonlyMap<string, Design['components'][number]>;

/** The bottom component of the stack `id` sits in (itself when not stacked). */
function stackRoot(byId: Components, id: string): string {
  let current = id;
  for (let hops = 0; hops < byId.size; hops++) {
    const below = byId.get(current)?.mount.onComponentId;
    if (below === undefined || !byId.has(below)) break;
    current = below;
  }
  return current;
}

/** Offsets, mm, keyed by the id of every component to move. */
function offsets(
  doc: Design,
  library: PartLibrary,
  deltaMm: number,
): Map<string, { x: number; y: number }> {
  const byId = new Map(doc.components.map((c) => [c.id, c]));
  const category = (id: string) => library.get(byId.get(id)?.partId ?? '')?.category;
  const xpuOf = new Map<string, string>();
  for (const link of doc.links) {
    const [a, b] = [link.from.componentId, link.to.componentId];
    if (category(a) === 'optical-engine' && category(b) === 'xpu' && !xpuOf.has(a)) xpuOf.set(a, b);
    if (category(b) === 'optical-engine' && category(a) === 'xpu' && !xpuOf.has(b)) xpuOf.set(b, a);
  }
  const out = new Map<string, { x: number; y: number }>();
  for (const [oeId, xpuId] of xpuOf) {
    const oe = byId.get(oeId);
    const xpu = byId.get(xpuId);
    if (!oe || !xpu || stackRoot(byId, oeId) === stackRoot(byId, xpuId)) continue;
    const dx = oe.positionMm.x - xpu.positionMm.x;
    const dy = oe.positionMm.y - xpu.positionMm.y;
    const r = Math.hypot(dx, dy);
    if (r < 1e-9) continue;
    out.set(oeId, { x: (dx / r) * deltaMm, y: (dy / r) * deltaMm });
  }
  for (const c of doc.components) {
    if (out.has(c.id)) continue;
    for (let id = c.mount.onComponentId, hops = 0; id !== undefined && hops < byId.size; hops++) {
      const shift = out.get(id);
      if (shift) {
        out.set(c.id, shift);
        break;
      }
      id = byId.get(id)?.mount.onComponentId;
    }
  }
  return out;
}

/** Returns a copy of `doc` with its optical engines moved `deltaMm` away from their xPUs. */
export function moveOpticalEngines(doc: Design, partLibrary: PartLibrary, deltaMm: number): Design {
  const library = designParts(doc, partLibrary);
  const shift = offsets(doc, library, deltaMm);
  return {
    ...doc,
    components: doc.components.map((c) => {
      const d = shift.get(c.id);
      return d ? { ...c, positionMm: { x: c.positionMm.x + d.x, y: c.positionMm.y + d.y } } : c;
    }),
  };
}
