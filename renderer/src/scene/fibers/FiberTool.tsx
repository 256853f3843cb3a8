/**
 * The "Add fiber" tool (action fiber.add): with tool "fiber", the optical ports are drawn
 * as markers and the base carrier's front edge as a strip. Click a port, then another
 * optical port or a point on the strip: one addFiber command (fiberPicks.ts), routed by the
 * engine; the new fiber is selected. Escape or clicking the first port again drops the pick.
 */
import type { ThreeEvent } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Color, Matrix4, type InstancedMesh } from 'three';
import { addFiber } from '../../model/commands';
import { ID_PREFIX, nextId } from '../../model/ids';
import { useDocState, useStudio, useViewState } from '../../ui/studioContext';
import { toScene } from '../coords';
import type { ComponentBox } from '../layout';
import { SNAP_COLOR } from '../palette';
import { portMarkers, type PortMarker } from '../portMarkers';
import { fiberFromPicks, frontEdge } from './fiberPicks';

const MARKER_MM = 2;
const OPTICAL = new Color('#c58cff');
const PICKED = new Color(SNAP_COLOR);
/** Depth of the clickable front-edge strip, mm. */
const STRIP_MM = 8;

/** Props: the component boxes and the vertical exaggeration. */
export function FiberTool({ boxes, zScale }: { boxes: ComponentBox[]; zScale: number }) {
  const tool = useViewState((s) => s.tool);
  return tool === 'fiber' ? <Picks boxes={boxes} zScale={zScale} /> : null;
}

function Picks({ boxes, zScale }: { boxes: ComponentBox[]; zScale: number }) {
  const studio = useStudio();
  const from = useViewState((s) => s.connectFrom);
  const carriers = useDocState((s) => s.doc.carriers);
  const markers = useMemo(
    () => portMarkers(boxes, studio.parts).filter((m) => m.port.kind === 'optical'),
    [boxes, studio.parts],
  );
  const edge = useMemo(() => frontEdge(carriers), [carriers]);
  const ref = useRef<InstancedMesh>(null);

  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    const m = new Matrix4();
    markers.forEach((p, i) => {
      mesh.setMatrixAt(i, m.makeTranslation(...toScene(p.xMm, p.yMm, p.zMm, zScale)));
      const isPicked = from?.componentId === p.componentId && from.port === p.port.id;
      mesh.setColorAt(i, isPicked ? PICKED : OPTICAL);
    });
    mesh.count = markers.length;
    mesh.instanceMatrix.needsUpdate = true;
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    mesh.computeBoundingSphere();
  }, [markers, zScale, from]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') studio.view.setState({ connectFrom: null });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [studio]);

  const start = (): PortMarker | undefined => {
    const first = studio.view.getState().connectFrom;
    return first
      ? markers.find((m) => m.componentId === first.componentId && m.port.id === first.port)
      : undefined;
  };

  function create(end: Parameters<typeof fiberFromPicks>[2]) {
    const first = start();
    if (!first) return;
    const doc = studio.docs.store.getState().doc;
    const fiber = fiberFromPicks(nextId(doc, ID_PREFIX.fiber), first, end);
    if (studio.docs.runCommand(addFiber({ fiber }))) {
      studio.view.setState({ connectFrom: null, notice: `Fiber ${fiber.id} added` });
      studio.select([fiber.id]);
    }
  }

  function onPort(e: ThreeEvent<MouseEvent>) {
    const picked = e.instanceId === undefined ? undefined : markers[e.instanceId];
    if (!picked || e.delta > 4) return;
    e.stopPropagation();
    const first = studio.view.getState().connectFrom;
    if (!first || first.componentId === picked.componentId) {
      const isSame = first?.componentId === picked.componentId && first.port === picked.port.id;
      studio.view.setState({
        connectFrom: isSame ? null : { componentId: picked.componentId, port: picked.port.id },
      });
      return;
    }
    create({ to: { componentId: picked.componentId, port: picked.port.id } });
  }

  function onEdge(e: ThreeEvent<MouseEvent>) {
    const first = start();
    if (!first || !edge || e.delta > 4) return;
    e.stopPropagation();
    const x = Math.round(Math.min(edge.maxX, Math.max(edge.minX, e.point.x)) * 100) / 100;
    create({ endMm: { x, y: edge.y, z: Math.round(first.zMm * 1000) / 1000 } });
  }

  return (
    <group>
      <instancedMesh
        ref={ref}
        args={[undefined, undefined, Math.max(1, markers.length)]}
        onClick={onPort}
        renderOrder={15}
        userData={{ isOverlay: true }}
      >
        <boxGeometry args={[MARKER_MM, MARKER_MM, MARKER_MM]} />
        <meshBasicMaterial depthTest={false} transparent />
      </instancedMesh>
      {edge && (
        <mesh
          position={toScene(
            (edge.minX + edge.maxX) / 2,
            edge.y + STRIP_MM / 2,
            edge.topMm + 0.05,
            zScale,
          )}
          rotation={[-Math.PI / 2, 0, 0]}
          onClick={onEdge}
          userData={{ isOverlay: true }}
        >
          <planeGeometry args={[edge.maxX - edge.minX, STRIP_MM]} />
          <meshBasicMaterial
            color={OPTICAL}
            transparent
            opacity={from ? 0.45 : 0.2}
            depthWrite={false}
          />
        </mesh>
      )}
    </group>
  );
}
