/**
 * Boxes of the regions of carrier layers (a die in mould, a copper coin, …): each spans its
 * layer's slab in z and its carrier-local rectangle in x, y. Pure; no three.js here.
 */
import type { Carrier, RegionKind } from '../model/schema';
import type { BoxMm, LayerSlab } from './layout';

/** One region box; `x`, `y` are the centre (global mm), `z` the bottom face. */
export interface RegionBox extends BoxMm {
  readonly id: string;
  readonly carrierId: string;
  readonly kind: RegionKind;
}

/** The region boxes of every layer that has a slab in `slabs` (hidden carriers have none). */
export function regionBoxes(
  carriers: readonly Carrier[],
  slabs: readonly LayerSlab[],
): RegionBox[] {
  const byId = new Map(carriers.map((c) => [c.id, c]));
  return slabs.flatMap((slab) => {
    const carrier = byId.get(slab.carrierId);
    const regions = carrier?.layers[slab.layerIndex]?.regions ?? [];
    return regions.map((r) => ({
      id: r.id,
      carrierId: slab.carrierId,
      kind: r.kind,
      x: carrier!.originMm.x + r.rectMm.x + r.rectMm.width / 2,
      y: carrier!.originMm.y + r.rectMm.y + r.rectMm.depth / 2,
      z: slab.z,
      sizeX: r.rectMm.width,
      sizeY: r.rectMm.depth,
      sizeZ: slab.sizeZ,
    }));
  });
}
