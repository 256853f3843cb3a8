/**
 * The drawable model of the open document: layer slabs, component boxes, the vertical
 * exaggeration and the bounds, recomputed only when the document changes.
 */
import { useMemo } from 'react';
import { boundsMm, chooseZScale } from './coords';
import { componentBoxes, layerSlabs, type ComponentBox, type LayerSlab } from './layout';
import { useDocState, useStudio, useViewState } from '../ui/studioContext';

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

/**
 * The scene model of the open document. The vertical exaggeration is chosen on the unexploded
 * stack, so exploding the view lifts carriers without changing the scale.
 */
export function useSceneModel(): SceneModel {
  const { parts } = useStudio();
  const doc = useDocState((s) => s.doc);
  const explode = useViewState((s) => s.explode);
  const base = useMemo(() => {
    const slabs = layerSlabs(doc);
    const boxes = componentBoxes(doc, parts);
    const bounds = boundsMm([...slabs, ...boxes]);
    const stackTop = slabs.reduce((m, s) => Math.max(m, s.z + s.sizeZ), 0);
    const tallest = boxes.reduce((m, b) => Math.max(m, b.sizeZ), 0);
    const extent = Math.max(bounds[3] - bounds[0], bounds[4] - bounds[1]);
    return { slabs, boxes, bounds, extent, zScale: chooseZScale(stackTop, tallest, extent) };
  }, [doc, parts]);
  return useMemo(() => {
    const { slabs, boxes, bounds, extent, zScale } = base;
    if (explode <= 0) return { slabs, boxes, bounds, zScale };
    const gapMm = (explode * EXPLODE_GAP_FRACTION * extent) / zScale;
    const lifted = layerSlabs(doc, gapMm);
    const liftedBoxes = componentBoxes(doc, parts, gapMm);
    return {
      slabs: lifted,
      boxes: liftedBoxes,
      bounds: boundsMm([...lifted, ...liftedBoxes]),
      zScale,
    };
  }, [base, explode, doc, parts]);
}
