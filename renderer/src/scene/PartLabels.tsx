/**
 * Name tags above components (drei <Html>, so no font has to be fetched). Dense designs
 * get tags on the main parts only (xPUs, optical engines, modules), denser still on the
 * xPUs only; the selection is tagged too unless it is itself larger than MAX_LABELS.
 */
import { Html } from '@react-three/drei';
import { useMemo } from 'react';
import { toScene } from './coords';
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
  return (
    <group>
      {shown.map((b) => (
        <Html
          key={b.id}
          position={toScene(b.x, b.y, b.z + b.sizeZ, zScale)}
          center
          zIndexRange={[20, 0]}
          className={selected.has(b.id) ? 'part-tag part-tag--selected' : 'part-tag'}
          pointerEvents="none"
        >
          {b.name || b.id}
        </Html>
      ))}
    </group>
  );
}
