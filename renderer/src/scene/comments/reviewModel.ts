/**
 * The component boxes and vertical exaggeration review pins, the measure tool and picking
 * need, computed on demand and cached per document object. The viewport's own model
 * (useSceneModel) is computed every revision for drawing; review mode needs it only while
 * there are comments, a measure or a click to place, so a drag on a design without them
 * costs nothing extra. Mirrors useSceneModel: the exaggeration is chosen on the unexploded
 * stack and an exploded view lifts carriers by the same gap.
 */
import type { PartLibrary } from '../../model/partSchema';
import type { Design } from '../../model/schema';
import { boundsMm, chooseZScale } from '../coords';
import { componentBoxes, layerSlabs, type ComponentBox } from '../layout';
import { EXPLODE_GAP_FRACTION } from '../useSceneModel';

/** What review mode reads of the scene. */
export interface ReviewModel {
  readonly boxesById: ReadonlyMap<string, ComponentBox>;
  readonly zScale: number;
}

const cache = new WeakMap<Design, Map<number, ReviewModel>>();

/** The boxes (by id) and exaggeration of `doc` drawn with `explode` (0 to 1). */
export function reviewModelOf(doc: Design, parts: PartLibrary, explode: number): ReviewModel {
  const byExplode = cache.get(doc) ?? new Map<number, ReviewModel>();
  cache.set(doc, byExplode);
  const known = byExplode.get(explode);
  if (known) return known;
  const slabs = layerSlabs(doc);
  const boxes = componentBoxes(doc, parts);
  const bounds = boundsMm([...slabs, ...boxes]);
  const stackTop = slabs.reduce((m, s) => Math.max(m, s.z + s.sizeZ), 0);
  const tallest = boxes.reduce((m, b) => Math.max(m, b.sizeZ), 0);
  const extent = Math.max(bounds[3] - bounds[0], bounds[4] - bounds[1]);
  const zScale = chooseZScale(stackTop, tallest, extent);
  const drawn =
    explode > 0
      ? componentBoxes(doc, parts, (explode * EXPLODE_GAP_FRACTION * extent) / zScale)
      : boxes;
  const model = { boxesById: new Map(drawn.map((b) => [b.id, b])), zScale };
  byExplode.set(explode, model);
  return model;
}
