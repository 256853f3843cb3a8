/**
 * Name tags above components (drei <Html>, so no font has to be fetched). Dense designs
 * get tags on the main parts only (xPUs, optical engines, modules), denser still on the
 * xPUs only; the selection is tagged too unless it is itself larger than MAX_LABELS.
 */
import { Html } from '@react-three/drei';
import { memo, useMemo } from 'react';
import { toScene } from './coords';
import { previewOffsets, useDragPreviewOf } from './dragPreview';
import type { ComponentBox } from './layout';
import { useViewState } from '../ui/studioContext';

/** Most tags drawn at once; beyond this only the selection is tagged. */
export const MAX_LABELS = 48;

const MAIN_CATEGORIES = new Set(['xpu', 'optical-engine', 'pluggable-module', 'laser-source']);

/** Props: the component boxes and the vertical exaggeration. */
export function PartLabels({ boxes, zScale }: { boxes: ComponentBox[]; zScale: number }) {
  const selection = useViewState((s) => s.selection);
  const shown = useMemo(() => {
    const selected = new Set(selection);
    const pool =
      boxes.length <= MAX_LABELS ? boxes : boxes.filter((b) => MAIN_CATEGORIES.has(b.category));
    const tagged = pool.length <= MAX_LABELS ? pool : [];
    const ids = new Set(tagged.map((b) => b.id));
    const extra = boxes.filter((b) => selected.has(b.id) && !ids.has(b.id));
    return [...tagged, ...(extra.length <= MAX_LABELS ? extra : [])];
  }, [boxes, selection]);
  const selected = new Set(selection);
  const ids = useMemo(() => new Set(shown.map((b) => b.id)), [shown]);
  const offsetOf = previewOffsets(useDragPreviewOf(ids));
  return (
    <group>
      {shown.map((b) => {
        const d = offsetOf(b.id);
        return (
          <PartLabel
            key={b.id}
            box={b}
            zScale={zScale}
            isSelected={selected.has(b.id)}
            dx={d.x}
            dy={d.y}
          />
        );
      })}
    </group>
  );
}

/**
 * One tag. Memoised on its box (boxes of parts an edit did not touch keep their identity,
 * scene/sceneModel.ts): each drei <Html> renders into a React root of its own, so
 * re-rendering 48 unchanged tags for every step of a drag would cost the frame.
 */
const PartLabel = memo(function PartLabel({
  box,
  zScale,
  isSelected,
  dx,
  dy,
}: {
  box: ComponentBox;
  zScale: number;
  isSelected: boolean;
  /** Drag preview offset, mm. */
  dx: number;
  dy: number;
}) {
  const position = useMemo(
    () => toScene(box.x + dx, box.y + dy, box.z + box.sizeZ, zScale),
    [box.x, box.y, box.z, box.sizeZ, zScale, dx, dy],
  );
  return (
    <Html
      position={position}
      center
      zIndexRange={[20, 0]}
      className={isSelected ? 'part-tag part-tag--selected' : 'part-tag'}
      pointerEvents="none"
    >
      {box.name || box.id}
    </Html>
  );
});
