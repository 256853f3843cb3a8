/**
 * The connect tool: with tool "connect", every port is drawn as a small marker (one
 * InstancedMesh for all of them). Click a port, then another port of another component:
 * one addLink command with lanes and rate prefilled from the ports (portMarkers.ts). The
 * first pick is highlighted; Escape or clicking it again drops it.
 */
import type { ThreeEvent } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Color, Matrix4, type InstancedMesh } from 'three';
import { ID_PREFIX, nextId } from '../model/ids';
import { addLink } from '../model/commands';
import { toScene } from './coords';
import type { ComponentBox } from './layout';
import { SNAP_COLOR } from './palette';
import { linkBetween, portMarkers } from './portMarkers';
import { useStudio, useViewState } from '../ui/studioContext';

const MARKER_MM = 1.6;
const ELECTRICAL = new Color('#7fe0a0');
const OPTICAL = new Color('#c58cff');
const PICKED = new Color(SNAP_COLOR);

/** Props: all component boxes and the vertical exaggeration. */
export function PortMarkers({ boxes, zScale }: { boxes: ComponentBox[]; zScale: number }) {
  const tool = useViewState((s) => s.tool);
  return tool === 'connect' ? <Markers boxes={boxes} zScale={zScale} /> : null;
}

function Markers({ boxes, zScale }: { boxes: ComponentBox[]; zScale: number }) {
  const studio = useStudio();
  const from = useViewState((s) => s.connectFrom);
  const markers = useMemo(() => portMarkers(boxes, studio.parts), [boxes, studio.parts]);
  const ref = useRef<InstancedMesh>(null);

  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    const m = new Matrix4();
    markers.forEach((p, i) => {
      mesh.setMatrixAt(i, m.makeTranslation(...toScene(p.xMm, p.yMm, p.zMm, zScale)));
      const isPicked = from?.componentId === p.componentId && from.port === p.port.id;
      mesh.setColorAt(i, isPicked ? PICKED : p.port.kind === 'optical' ? OPTICAL : ELECTRICAL);
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

  function onClick(e: ThreeEvent<MouseEvent>) {
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
    const start = markers.find(
      (m) => m.componentId === first.componentId && m.port.id === first.port,
    );
    if (!start) return;
    const doc = studio.docs.store.getState().doc;
    const link = { id: nextId(doc, ID_PREFIX.link), ...linkBetween(start, picked) };
    if (studio.docs.runCommand(addLink({ link }))) {
      studio.view.setState({
        connectFrom: null,
        notice: `Linked ${link.from.componentId} → ${link.to.componentId}`,
      });
      studio.select([link.id]);
    }
  }

  return (
    <instancedMesh
      ref={ref}
      args={[undefined, undefined, Math.max(1, markers.length)]}
      onClick={onClick}
      renderOrder={15}
      userData={{ isOverlay: true }}
    >
      <boxGeometry args={[MARKER_MM, MARKER_MM, MARKER_MM]} />
      <meshBasicMaterial depthTest={false} transparent />
    </instancedMesh>
  );
}
