/**
 * Fibers (one LineSegments for all routes, drawn in the yellow of single-mode jackets)
 * and keep-outs (translucent red areas with an outline, just above their carrier).
 * Neither is pickable: clicks go to the parts and carriers beneath.
 */
import { useMemo } from 'react';
import { BufferAttribute, BufferGeometry, EdgesGeometry, PlaneGeometry } from 'three';
import { toScene } from './coords';
import { fiberSegments, keepOutRects, type KeepOutRect } from './overlayGeometry';
import { FIBER_COLOR, KEEP_OUT_COLOR } from './palette';
import { useDocState } from '../ui/studioContext';

/** Lift of keep-outs above their carrier's top, mm (keeps them from z-fighting with it). */
const KEEP_OUT_LIFT_MM = 0.02;

const noRaycast = () => null;

/** Props: the vertical exaggeration of the scene. */
export function DesignOverlays({ zScale }: { zScale: number }) {
  const doc = useDocState((s) => s.doc);
  const fibers = useMemo(() => {
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(fiberSegments(doc, zScale), 3));
    return geometry;
  }, [doc, zScale]);
  const keepOuts = useMemo(() => keepOutRects(doc), [doc]);
  return (
    <group>
      <lineSegments geometry={fibers} raycast={noRaycast}>
        <lineBasicMaterial color={FIBER_COLOR} transparent opacity={0.45} depthWrite={false} />
      </lineSegments>
      {keepOuts.map((k) => (
        <KeepOut key={k.id} rect={k} zScale={zScale} />
      ))}
    </group>
  );
}

function KeepOut({ rect, zScale }: { rect: KeepOutRect; zScale: number }) {
  const plane = useMemo(() => new PlaneGeometry(rect.width, rect.depth), [rect.width, rect.depth]);
  const edges = useMemo(() => new EdgesGeometry(plane), [plane]);
  const position = toScene(rect.x, rect.y, rect.z + KEEP_OUT_LIFT_MM, zScale);
  return (
    <group position={position} rotation={[-Math.PI / 2, 0, 0]}>
      <mesh geometry={plane} raycast={noRaycast}>
        <meshBasicMaterial color={KEEP_OUT_COLOR} transparent opacity={0.22} depthWrite={false} />
      </mesh>
      <lineSegments geometry={edges} raycast={noRaycast}>
        <lineBasicMaterial color={KEEP_OUT_COLOR} />
      </lineSegments>
    </group>
  );
}
