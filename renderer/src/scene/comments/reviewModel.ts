/**
 * The component boxes (by id) and vertical exaggeration that review pins, the measure tool
 * and picking need: the viewport's own scene model (sceneModel.ts, cached per document),
 * indexed by id on demand and cached with it.
 */
import type { PartLibrary } from '../../model/partSchema';
import type { Design } from '../../model/schema';
import type { ComponentBox } from '../layout';
import { sceneModelOf, type SceneModel } from '../sceneModel';

/** What review mode reads of the scene. */
export interface ReviewModel {
  readonly boxesById: ReadonlyMap<string, ComponentBox>;
  readonly zScale: number;
}

const cache = new WeakMap<SceneModel, ReviewModel>();

/** The boxes (by id) and exaggeration of `doc` drawn with `explode` (0 to 1). */
export function reviewModelOf(doc: Design, parts: PartLibrary, explode: number): ReviewModel {
  const scene = sceneModelOf(doc, parts, explode);
  const known = cache.get(scene);
  if (known) return known;
  const model = { boxesById: new Map(scene.boxes.map((b) => [b.id, b])), zScale: scene.zScale };
  cache.set(scene, model);
  return model;
}
