/**
 * Where each cooling boundary sits in the scene: one rectangle per covered face (a part's
 * top, or its bottom when it hangs below its carrier; a carrier's top or bottom; a region's
 * face on its layer), in model mm, with the side the slab is drawn on. Pure; no three.js.
 * Rectangles follow the drawn layout (scene/layout.ts), so they move with the explode view.
 */
import type { CoolingBoundary, Design } from '../../model/schema';
import type { ComponentBox, LayerSlab } from '../layout';

/** A covered face: centre, size and rotation in model mm / degrees; `side` of the slab. */
export interface BoundaryFace {
  readonly boundaryId: string;
  readonly name: string;
  readonly kind: CoolingBoundary['kind'];
  readonly x: number;
  readonly y: number;
  /** Height of the face, mm. */
  readonly z: number;
  readonly width: number;
  readonly depth: number;
  readonly rotationDeg: number;
  /** 'above': the slab lies on a top face; 'below': under a bottom face. */
  readonly side: 'above' | 'below';
}

function componentFaces(b: CoolingBoundary, doc: Design, boxes: readonly ComponentBox[]) {
  if (b.target.kind !== 'components') return [];
  const wanted = new Set(b.target.componentIds);
  const byId = new Map(doc.components.map((c) => [c.id, c]));
  return boxes
    .filter((box) => wanted.has(box.id))
    .map((box): BoundaryFace => {
      const mount = byId.get(box.id)?.mount;
      const below = mount?.side === 'bottom' && mount.onComponentId === undefined;
      return {
        ...base(b),
        x: box.x,
        y: box.y,
        z: below ? box.z : box.z + box.sizeZ,
        width: box.sizeX,
        depth: box.sizeY,
        rotationDeg: box.rotationDeg,
        side: below ? 'below' : 'above',
      };
    });
}

function base(b: CoolingBoundary) {
  return { boundaryId: b.id, name: b.name || b.id, kind: b.kind };
}

function carrierFaces(b: CoolingBoundary, doc: Design, slabs: readonly LayerSlab[]) {
  const t = b.target;
  if (t.kind === 'components') return [];
  const own = slabs.filter((s) => s.carrierId === t.carrierId);
  const carrier = doc.carriers.find((c) => c.id === t.carrierId);
  if (own.length === 0 || !carrier) return [];
  let layerIndex = -1;
  let rect = { x: 0, y: 0, width: carrier.widthMm, depth: carrier.depthMm };
  if (t.kind === 'region') {
    layerIndex = carrier.layers.findIndex((l) =>
      (l.regions ?? []).some((r) => r.id === t.regionId),
    );
    const region = carrier.layers[layerIndex]?.regions?.find((r) => r.id === t.regionId);
    if (!region || !own[layerIndex]) return [];
    rect = region.rectMm;
  }
  const span = layerIndex >= 0 ? [own[layerIndex]!] : own;
  const top = Math.max(...span.map((s) => s.z + s.sizeZ));
  const bottom = Math.min(...span.map((s) => s.z));
  const face: BoundaryFace = {
    ...base(b),
    x: carrier.originMm.x + rect.x + rect.width / 2,
    y: carrier.originMm.y + rect.y + rect.depth / 2,
    z: t.face === 'top' ? top : bottom,
    width: rect.width,
    depth: rect.depth,
    rotationDeg: 0,
    side: t.face === 'top' ? 'above' : 'below',
  };
  return [face];
}

/** Every covered face of every boundary of `doc`, in list order. */
export function boundaryFaces(
  doc: Design,
  slabs: readonly LayerSlab[],
  boxes: readonly ComponentBox[],
): BoundaryFace[] {
  return doc.cooling.boundaries.flatMap((b) => [
    ...componentFaces(b, doc, boxes),
    ...carrierFaces(b, doc, slabs),
  ]);
}
