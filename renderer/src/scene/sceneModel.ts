/**
 * The drawable model of a document: layer slabs, component boxes, the vertical
 * exaggeration and the bounds. Pure and cached: one model per document object and explode
 * amount, shared by everything that draws or picks (viewport, traces, heat map, review
 * pins, measure), so a revision lays the design out once. Component boxes are reused from
 * the previous layout for every component object the edit did not touch (layout.ts
 * BoxReuse): a drag of one part on a 2,000-part design lays out one box.
 *
 * The vertical exaggeration is chosen on the unexploded stack, so exploding the view lifts
 * carriers without changing the scale.
 */
import type { PartLibrary } from '../model/partSchema';
import type { Design } from '../model/schema';
import { boundsMm, chooseZScale } from './coords';
import {
  componentBoxes,
  createBoxReuse,
  layerSlabs,
  type ComponentBox,
  type LayerSlab,
} from './layout';

/** What the scene draws for one document revision. */
export interface SceneModel {
  readonly slabs: LayerSlab[];
  readonly boxes: ComponentBox[];
  readonly zScale: number;
  /** [minX, minY, minZ, maxX, maxY, maxZ] in model mm (z not exaggerated). */
  readonly bounds: [number, number, number, number, number, number];
}

/** Gap between stacked carriers when fully exploded, as a fraction of the design's width. */
export const EXPLODE_GAP_FRACTION = 0.06;

const models = new WeakMap<Design, Map<number, SceneModel>>();
/** Box reuse across revisions, one per explode amount in use (the flat view and one exploded). */
const flatReuse = createBoxReuse();
const explodedReuse = createBoxReuse();

/** The scene model of `doc` drawn with `explode` (0 = flat, 1 = fully exploded). */
export function sceneModelOf(doc: Design, parts: PartLibrary, explode: number): SceneModel {
  const byExplode = models.get(doc) ?? new Map<number, SceneModel>();
  models.set(doc, byExplode);
  const known = byExplode.get(explode);
  if (known) return known;
  const flat = byExplode.get(0) ?? layOut(doc, parts);
  byExplode.set(0, flat);
  if (explode <= 0) return flat;
  const extent = Math.max(flat.bounds[3] - flat.bounds[0], flat.bounds[4] - flat.bounds[1]);
  const gapMm = (explode * EXPLODE_GAP_FRACTION * extent) / flat.zScale;
  const slabs = layerSlabs(doc, gapMm);
  const boxes = componentBoxes(doc, parts, gapMm, explodedReuse);
  const lifted = { slabs, boxes, bounds: boundsMm([...slabs, ...boxes]), zScale: flat.zScale };
  byExplode.set(explode, lifted);
  return lifted;
}

function layOut(doc: Design, parts: PartLibrary): SceneModel {
  const slabs = layerSlabs(doc);
  const boxes = componentBoxes(doc, parts, 0, flatReuse);
  const bounds = boundsMm([...slabs, ...boxes]);
  const stackTop = slabs.reduce((m, s) => Math.max(m, s.z + s.sizeZ), 0);
  const tallest = boxes.reduce((m, b) => Math.max(m, b.sizeZ), 0);
  const extent = Math.max(bounds[3] - bounds[0], bounds[4] - bounds[1]);
  return { slabs, boxes, bounds, zScale: chooseZScale(stackTop, tallest, extent) };
}
