/**
 * Fibers (one LineSegments for all routes, drawn in the yellow of single-mode jackets, every
 * corner bent at the fiber's bend radius, arcs the legs are too short for in red:
 * fiberGeometry.ts) and keep-outs (translucent red areas with an outline, just above their
 * carrier). Neither is pickable: clicks go to the parts and carriers beneath.
 */
import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry, Color, EdgesGeometry, PlaneGeometry } from 'three';
import { toScene } from './coords';
import { fiberBuffers } from './fiberGeometry';
import { keepOutRects, type KeepOutRect } from './overlayGeometry';
import { COLLISION_COLOR, FIBER_COLOR, KEEP_OUT_COLOR } from './palette';
import { designFiberRoutes } from '../store/fiberRoutes';
import { useDocState, useStudio } from '../ui/studioContext';

/** Lift of keep-outs above their carrier's top, mm (keeps them from z-fighting with it). */
const KEEP_OUT_LIFT_MM = 0.02;

const noRaycast = () => null;

/** Props: the vertical exaggeration of the scene. */
export function DesignOverlays({ zScale }: { zScale: number }) {
  const { parts } = useStudio();
  const fiberList = useDocState((s) => s.doc.fibers);
  const doc = useDocState((s) => s.doc);
  const components = doc.components;
  const routes = useMemo(
    () => designFiberRoutes(doc, parts),
    // The routes follow the fibers, the parts and what they go round, not every edit.
    [fiberList, components, parts, doc.keepOuts, doc.cooling, doc.carriers],
  );
  const carriers = useDocState((s) => s.doc.carriers);
  const keepOutList = useDocState((s) => s.doc.keepOuts);
  const fibers = useMemo(() => {
    const { positions, tight } = fiberBuffers(routes, zScale);
    const colours = new Float32Array(positions.length);
    const ok = new Color(FIBER_COLOR);
    const bad = new Color(COLLISION_COLOR);
    tight.forEach((isTight, segment) => {
      const c = isTight ? bad : ok;
      for (let end = 0; end < 2; end++) colours.set([c.r, c.g, c.b], segment * 6 + end * 3);
    });
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(positions, 3));
    geometry.setAttribute('color', new BufferAttribute(colours, 3));
    return geometry;
  }, [routes, zScale]);
  useEffect(() => () => fibers.dispose(), [fibers]);
  const keepOuts = useMemo(
    () => keepOutRects({ carriers, keepOuts: keepOutList }),
    [carriers, keepOutList],
  );
  return (
    <group>
      <lineSegments geometry={fibers} raycast={noRaycast}>
        <lineBasicMaterial vertexColors transparent opacity={0.6} depthWrite={false} />
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
