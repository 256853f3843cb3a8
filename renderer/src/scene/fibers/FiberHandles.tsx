/**
 * Editing the selected fiber in the viewport: its route drawn highlighted (bent at its
 * radius), its waypoints as handles. Drag a handle across the horizontal plane at its
 * height: the route follows as a preview (fiberEditStore, decision 003) and release runs one
 * moveFiberWaypoint command; Escape cancels. A click picks the waypoint (Delete removes
 * it); a double-click on the route inserts a waypoint there (insertFiberWaypoint).
 */
import type { ThreeEvent } from '@react-three/fiber';
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import {
  BufferAttribute,
  BufferGeometry,
  Line,
  LineBasicMaterial,
  Plane,
  Raycaster,
  Vector2,
  Vector3,
} from 'three';
import type { FiberRoute } from '../../engine/routing/fiberRoute';
import { insertFiberWaypoint, moveFiberWaypoint } from '../../model/commands';
import type { Fiber } from '../../model/schema';
import { designFiberRoute } from '../../store/fiberRoutes';
import { useDocState, useStudio, useViewState } from '../../ui/studioContext';
import { toScene } from '../coords';
import { bendPath } from '../fiberGeometry';
import { SNAP_COLOR } from '../palette';
import { setDrawnFiber } from './drawnFiber';
import { waypointInsertion } from './fiberPicks';
import { FIBER_ROUTE_FLAG } from './routeHit';

const HANDLE_MM = 1.6;
const ROUTE_COLOR = '#ffe27a';
const HANDLE_COLOR = '#ffffff';

/** Props: the vertical exaggeration of the scene. */
export function FiberHandles({ zScale }: { zScale: number }) {
  const studio = useStudio();
  const selection = useViewState((s) => s.selection);
  const fibers = useDocState((s) => s.doc.fibers);
  const fiber = selection.length === 1 ? fibers.find((f) => f.id === selection[0]) : undefined;
  useEffect(() => {
    if (!fiber) studio.fiberEdit.setState({ waypoint: null, preview: null });
  }, [studio, fiber]);
  return fiber ? <Editor fiber={fiber} zScale={zScale} /> : null;
}

function Editor({ fiber, zScale }: { fiber: Fiber; zScale: number }) {
  const studio = useStudio();
  const doc = useDocState((s) => s.doc);
  const preview = useStore(studio.fiberEdit, (s) =>
    s.preview?.fiberId === fiber.id ? s.preview : null,
  );
  const picked = useStore(studio.fiberEdit, (s) =>
    s.waypoint?.fiberId === fiber.id ? s.waypoint.index : -1,
  );
  const { camera, gl, controls, invalidate } = useThree();
  const drag = useRef<{ index: number; plane: Plane; pointerId: number; moved: boolean } | null>(
    null,
  );
  const shown = useMemo(() => {
    if (!preview) return fiber;
    const waypointsMm = fiber.waypointsMm.map((p, k) =>
      k === preview.index ? preview.pointMm : p,
    );
    return { ...fiber, waypointsMm };
  }, [fiber, preview]);
  const parts = studio.parts;
  const route: FiberRoute = useMemo(() => designFiberRoute(doc, shown, parts), [doc, shown, parts]);
  useEffect(() => {
    setDrawnFiber(route);
    invalidate();
    return () => setDrawnFiber(null);
  }, [route, invalidate]);
  const geometry = useMemo(() => {
    const bent = bendPath(route.pathMm, route.cornerRadiiMm);
    const g = new BufferGeometry();
    const flat = bent.points.flatMap((p) => toScene(p.x, p.y, p.z, zScale));
    g.setAttribute('position', new BufferAttribute(new Float32Array(flat), 3));
    return g;
  }, [route, zScale]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  const material = useMemo(
    () => new LineBasicMaterial({ color: ROUTE_COLOR, depthTest: false, transparent: true }),
    [],
  );
  useEffect(() => () => material.dispose(), [material]);
  const line = useMemo(() => {
    const l = new Line(geometry, material);
    l.renderOrder = 14;
    l.userData[FIBER_ROUTE_FLAG] = true;
    return l;
  }, [geometry, material]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && drag.current) end(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  function planeHit(ev: PointerEvent, plane: Plane): Vector3 | null {
    const rect = gl.domElement.getBoundingClientRect();
    const ndc = new Vector2(
      ((ev.clientX - rect.left) / rect.width) * 2 - 1,
      -((ev.clientY - rect.top) / rect.height) * 2 + 1,
    );
    const raycaster = new Raycaster();
    raycaster.setFromCamera(ndc, camera);
    return raycaster.ray.intersectPlane(plane, new Vector3());
  }

  function onMove(ev: PointerEvent) {
    const state = drag.current;
    if (!state || ev.pointerId !== state.pointerId) return;
    const hit = planeHit(ev, state.plane);
    if (!hit) return;
    const z = fiber.waypointsMm[state.index]!.z;
    const r = (v: number) => Math.round(v * 100) / 100;
    state.moved = true;
    studio.fiberEdit.setState({
      preview: { fiberId: fiber.id, index: state.index, pointMm: { x: r(hit.x), y: r(-hit.z), z } },
    });
  }

  function end(commit: boolean) {
    const state = drag.current;
    drag.current = null;
    gl.domElement.removeEventListener('pointermove', onMove);
    gl.domElement.removeEventListener('pointerup', onUp);
    if (controls) (controls as unknown as { enabled: boolean }).enabled = true;
    const shownPreview = studio.fiberEdit.getState().preview;
    studio.fiberEdit.setState({ preview: null });
    if (commit && state?.moved && shownPreview) {
      const { index, pointMm } = shownPreview;
      studio.docs.runCommand(moveFiberWaypoint({ id: fiber.id, index, pointMm }));
    }
  }

  function onUp(ev: PointerEvent) {
    if (ev.pointerId === drag.current?.pointerId) end(true);
  }

  function onHandleDown(index: number, e: ThreeEvent<PointerEvent>) {
    if (e.button !== 0) return;
    e.stopPropagation();
    const z = fiber.waypointsMm[index]!.z;
    studio.fiberEdit.setState({ waypoint: { fiberId: fiber.id, index } });
    drag.current = {
      index,
      plane: new Plane(new Vector3(0, 1, 0), -z * zScale),
      pointerId: e.pointerId,
      moved: false,
    };
    gl.domElement.setPointerCapture(e.pointerId);
    if (controls) (controls as unknown as { enabled: boolean }).enabled = false;
    gl.domElement.addEventListener('pointermove', onMove);
    gl.domElement.addEventListener('pointerup', onUp);
  }

  function onRouteDoubleClick(e: ThreeEvent<MouseEvent>) {
    e.stopPropagation();
    const p = { x: e.point.x, y: -e.point.z, z: e.point.y / zScale };
    const { index, pointMm } = waypointInsertion(route, p);
    if (studio.docs.runCommand(insertFiberWaypoint({ id: fiber.id, index, pointMm })))
      studio.fiberEdit.setState({ waypoint: { fiberId: fiber.id, index } });
  }

  return (
    <group>
      <primitive
        object={line}
        onClick={(e: ThreeEvent<MouseEvent>) => e.stopPropagation()}
        onDoubleClick={onRouteDoubleClick}
      />
      {shown.waypointsMm.map((p, index) => (
        <mesh
          key={index}
          position={toScene(p.x, p.y, p.z, zScale)}
          onPointerDown={(e) => onHandleDown(index, e)}
          renderOrder={16}
          userData={{ isOverlay: true }}
        >
          <sphereGeometry args={[HANDLE_MM, 12, 8]} />
          <meshBasicMaterial
            color={index === picked ? SNAP_COLOR : HANDLE_COLOR}
            depthTest={false}
            transparent
          />
        </mesh>
      ))}
    </group>
  );
}
