/**
 * The "oe-distance-mm" sweep edit: every optical engine linked to an xPU moves radially away
 * from that xPU (centre to centre, in the board plane) by `deltaMm`; a negative value moves
 * it closer. Parts mounted on the engine move with it. An engine stacked on or under its
 * xPU (CPO Type C), or centred on it, has no radial direction and stays. The engine's xPU is
 * the one of its first link in document order. Fiber polylines are left as drawn.
 */
import type { PartLibrary } from '../../model/partSchema';
import type { Design } from '../../model/schema';

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
    if (!oe || !xpu || oe.mount.onComponentId === xpuId || xpu.mount.onComponentId === oeId)
      continue;
    const dx = oe.positionMm.x - xpu.positionMm.x;
    const dy = oe.positionMm.y - xpu.positionMm.y;
    const r = Math.hypot(dx, dy);
    if (r < 1e-9) continue;
    out.set(oeId, { x: (dx / r) * deltaMm, y: (dy / r) * deltaMm });
  }
  for (const c of doc.components) {
    const below = c.mount.onComponentId;
    const shift = below === undefined ? undefined : out.get(below);
    if (shift && !out.has(c.id)) out.set(c.id, shift);
  }
  return out;
}

/** Returns a copy of `doc` with its optical engines moved `deltaMm` away from their xPUs. */
export function moveOpticalEngines(doc: Design, library: PartLibrary, deltaMm: number): Design {
  const shift = offsets(doc, library, deltaMm);
  return {
    ...doc,
    components: doc.components.map((c) => {
      const d = shift.get(c.id);
      return d ? { ...c, positionMm: { x: c.positionMm.x + d.x, y: c.positionMm.y + d.y } } : c;
    }),
  };
}
