/**
 * Snap feedback while dragging: guide lines through the feature each axis snapped to (a
 * part's edge, centre or port, or a grid line) and a marker where they cross, drawn on top
 * of the scene. The tag names what was snapped to and where the part's centre lands (the
 * inspector shows the document's position, which a drag updates when the pointer rests).
 * Reads the view state's `snapTarget`.
 */
import { Html } from '@react-three/drei';
import { useEffect, useMemo } from 'react';
import { BufferGeometry, Float32BufferAttribute } from 'three';
import { toScene } from './coords';
import { SNAP_COLOR } from './palette';
import type { SceneModel } from './useSceneModel';
import { useViewState } from '../ui/studioContext';

/** Props: the scene model whose extent the guides span. */
export function SnapGuides({ model }: { model: SceneModel }) {
  const target = useViewState((s) => s.snapTarget);
  const [x0, y0, , x1, y1, z1] = model.bounds;
  const geometry = useMemo(() => {
    if (!target) return null;
    const z = z1;
    const pts = [
      ...toScene(target.xMm, y0 - 10, z, model.zScale),
      ...toScene(target.xMm, y1 + 10, z, model.zScale),
      ...toScene(x0 - 10, target.yMm, z, model.zScale),
      ...toScene(x1 + 10, target.yMm, z, model.zScale),
    ];
    const g = new BufferGeometry();
    g.setAttribute('position', new Float32BufferAttribute(pts, 3));
    return g;
  }, [target, x0, y0, x1, y1, z1, model.zScale]);
  useEffect(() => () => geometry?.dispose(), [geometry]);
  if (!target || !geometry) return null;
  return (
    <group renderOrder={20} userData={{ isOverlay: true }}>
      <lineSegments geometry={geometry} raycast={() => null}>
        <lineBasicMaterial color={SNAP_COLOR} depthTest={false} transparent opacity={0.8} />
      </lineSegments>
      <Html
        position={toScene(target.xMm, target.yMm, z1, model.zScale)}
        className="snap-tag"
        pointerEvents="none"
      >
        <span data-testid="snap-target">{target.kind}</span>
        {target.centreMm && (
          <span className="snap-tag__at" data-testid="snap-position">
            {' '}
            x {target.centreMm.x.toFixed(2)} y {target.centreMm.y.toFixed(2)} mm
          </span>
        )}
      </Html>
    </group>
  );
}
