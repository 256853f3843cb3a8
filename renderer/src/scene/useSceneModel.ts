/**
 * The drawable model of the open document (sceneModel.ts), recomputed only when the
 * document or the explode amount changes and shared by every component that reads it.
 */
import { sceneModelOf, type SceneModel } from './sceneModel';
import { useDocState, useStudio, useViewState } from '../ui/studioContext';

export type { SceneModel } from './sceneModel';

/** The scene model of the open document as drawn now. */
export function useSceneModel(): SceneModel {
  const { parts } = useStudio();
  const doc = useDocState((s) => s.doc);
  const explode = useViewState((s) => s.explode);
  return sceneModelOf(doc, parts, explode);
}
