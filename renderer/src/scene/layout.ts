/**
 * Scene geometry from the document, in model millimetres (x right, y into the board,
 * z up): one box per carrier layer and one per component. Pure; no three.js here.
 */
import { designParts } from '../model/designParts';
import type { Part, PartCategory, PartLibrary } from '../model/partSchema';
import type { Carrier, Design } from '../model/schema';

/** An axis-aligned box (before rotation), mm. */
export interface BoxMm {
  readonly x: number;
  readonly y: number;
  readonly z: number;
  readonly sizeX: number;
  readonly sizeY: number;
  readonly sizeZ: number;
}

/** One layer slab of a carrier; `x`, `y` are the centre. */
export interface LayerSlab extends BoxMm {
  readonly carrierId: string;
  readonly material: string;
  /** Index of the layer in its carrier (0 = bottom). */
  readonly layerIndex: number;
  /** 0 for the bottom layer of the carrier, 1 for its top. */
  readonly levelFromBottom: number;
}

/** One component box; `x`, `y` are the centre, `z` the bottom face. */
export interface ComponentBox extends BoxMm {
  readonly id: string;
  readonly partId: string;
  readonly name: string;
  readonly category: PartCategory | 'unknown';
  readonly rotationDeg: number;
}

/** Footprint used for a component whose part is not in the library, mm. */
export const UNKNOWN_PART_SIZE_MM = { x: 10, y: 10, z: 1 } as const;

/**
 * Height of each carrier's top face, mm from the bottom of the base carrier. `explodeGapMm`
 * (exploded view, default 0) is added below every carrier mounted on another.
 */
export function carrierTopsMm(carriers: readonly Carrier[], explodeGapMm = 0): Map<string, number> {
  const tops = new Map<string, number>();
  const byId = new Map(carriers.map((c) => [c.id, c]));
  function topOf(c: Carrier, depth: number): number {
    const known = tops.get(c.id);
    if (known !== undefined) return known;
    const parent = c.onCarrierId ? byId.get(c.onCarrierId) : undefined;
    // A cycle or a dangling parent is a loader error; draw the carrier on the ground then.
    const bottom = parent && depth < carriers.length ? topOf(parent, depth + 1) + explodeGapMm : 0;
    const top = bottom + c.standoffMm + c.layers.reduce((sum, l) => sum + l.thicknessMm, 0);
    tops.set(c.id, top);
    return top;
  }
  for (const c of carriers) topOf(c, 0);
  return tops;
}

/** The layer slabs of every carrier (carriers lifted by `explodeGapMm` per level). */
export function layerSlabs(doc: Design, explodeGapMm = 0): LayerSlab[] {
  const tops = carrierTopsMm(doc.carriers, explodeGapMm);
  return doc.carriers.flatMap((c) => {
    const total = c.layers.reduce((sum, l) => sum + l.thicknessMm, 0);
    let z = (tops.get(c.id) ?? total) - total;
    return c.layers.map((layer, i) => {
      const slab: LayerSlab = {
        carrierId: c.id,
        material: layer.material,
        layerIndex: i,
        levelFromBottom: c.layers.length > 1 ? i / (c.layers.length - 1) : 1,
        x: c.originMm.x + c.widthMm / 2,
        y: c.originMm.y + c.depthMm / 2,
        z,
        sizeX: c.widthMm,
        sizeY: c.depthMm,
        sizeZ: layer.thicknessMm,
      };
      z += layer.thicknessMm;
      return slab;
    });
  });
}

/**
 * Boxes of earlier layouts, kept to lay out the next revision faster: a component object
 * the edit did not touch (documents are immutable and share what they did not change) on
 * the same carriers, library and explode gap gets the same box back. Components stacked on
 * another component are always laid out again (their height follows the one below).
 */
export interface BoxReuse {
  key: { carriers: readonly Carrier[]; library: PartLibrary; gapMm: number } | null;
  byComponent: WeakMap<Design['components'][number], ComponentBox>;
}

/** An empty reuse cache for componentBoxes. */
export function createBoxReuse(): BoxReuse {
  return { key: null, byComponent: new WeakMap() };
}

/**
 * The component boxes, stacked on their carrier (top or bottom side) or on another
 * component. `reuse` (optional) carries boxes over from the previous call with it.
 */
export function componentBoxes(
  doc: Design,
  partLibrary: PartLibrary,
  explodeGapMm = 0,
  reuse?: BoxReuse,
): ComponentBox[] {
  const library = designParts(doc, partLibrary);
  if (reuse) {
    const k = reuse.key;
    if (!k || k.carriers !== doc.carriers || k.library !== library || k.gapMm !== explodeGapMm) {
      reuse.key = { carriers: doc.carriers, library, gapMm: explodeGapMm };
      reuse.byComponent = new WeakMap();
    }
  }
  const tops = carrierTopsMm(doc.carriers, explodeGapMm);
  const carriers = new Map(doc.carriers.map((c) => [c.id, c]));
  const byId = new Map(doc.components.map((c) => [c.id, c]));
  const boxes = new Map<string, ComponentBox>();
  function boxOf(id: string, depth: number): ComponentBox | undefined {
    const done = boxes.get(id);
    if (done) return done;
    const c = byId.get(id);
    if (!c) return undefined;
    const kept = c.mount.onComponentId ? undefined : reuse?.byComponent.get(c);
    if (kept) {
      boxes.set(id, kept);
      return kept;
    }
    const part: Part | undefined = library.get(c.partId);
    const size = part?.sizeMm ?? UNKNOWN_PART_SIZE_MM;
    const carrier = carriers.get(c.mount.carrierId);
    const carrierTop = tops.get(c.mount.carrierId) ?? 0;
    const carrierThick = carrier?.layers.reduce((s, l) => s + l.thicknessMm, 0) ?? 0;
    const below =
      c.mount.onComponentId && depth < byId.size
        ? boxOf(c.mount.onComponentId, depth + 1)
        : undefined;
    const z = below
      ? below.z + below.sizeZ
      : c.mount.side === 'bottom'
        ? carrierTop - carrierThick - size.z
        : carrierTop;
    const box: ComponentBox = {
      id: c.id,
      partId: c.partId,
      name: c.name,
      category: part?.category ?? 'unknown',
      rotationDeg: c.rotationDeg,
      x: c.positionMm.x,
      y: c.positionMm.y,
      z,
      sizeX: size.x,
      sizeY: size.y,
      sizeZ: size.z,
    };
    boxes.set(id, box);
    if (!c.mount.onComponentId) reuse?.byComponent.set(c, box);
    return box;
  }
  return doc.components.flatMap((c) => {
    const box = boxOf(c.id, 0);
    return box ? [box] : [];
  });
}
