/**
 * Dragging parts in the viewport: press on a part and move to slide the selection over its
 * mount plane (a horizontal plane through the pressed part's base). The pressed part's
 * centre snaps (when snapping is on) to nearby parts' edges, centres and ports, else to the
 * grid (scene/snap.ts); the rest of the selection follows by the same offset. While
 * dragging, the snap target is shown and parts that overlap another part turn red
 * (view state `snapTarget`, `collidingIds`). Every step is a preview inside one history
 * gesture; release commits one undo step, Escape cancels. Orbit controls pause while dragging.
 */
import type { ThreeEvent } from '@react-three/fiber';
import { useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { Plane, Vector3, type Camera } from 'three';
import { moveParts } from '../model/commands';
import { fromScene } from './coords';
import type { ComponentBox } from './layout';
import { snapCentre } from './snap';
import { boxFeatures, type PlacedFeatures } from './snapFeatures';
import { findCollisions } from './collisions';
import { noteDragHandler } from './frameStats';
import { useStudio } from '../ui/studioContext';

/** Pointer travel before a press becomes a drag, CSS px. */
const DRAG_THRESHOLD_PX = 4;

/** A feature within this many screen pixels captures the snap. */
const SNAP_TOLERANCE_PX = 8;

/** Only neighbours whose centre is this far (mm) beyond the moving part's reach are considered. */
const SNAP_REACH_MM = 40;

interface DragState {
  readonly pointerId: number;
  readonly ids: readonly string[];
  readonly plane: Plane;
  readonly startHitMm: { x: number; y: number };
  readonly startCentreMm: { x: number; y: number };
  readonly startClient: { x: number; y: number };
  readonly pressed: PlacedFeatures;
  readonly moving: PlacedFeatures[];
  readonly others: PlacedFeatures[];
  appliedMm: { x: number; y: number };
  isActive: boolean;
}

type Controls = { enabled: boolean } | null;

/** Millimetres per CSS pixel at a point seen by the camera (perspective or orthographic). */
export function mmPerPixel(camera: Camera, at: Vector3, heightPx: number): number {
  const c = camera as Camera & {
    isOrthographicCamera?: boolean;
    top?: number;
    bottom?: number;
    zoom?: number;
    fov?: number;
  };
  if (c.isOrthographicCamera) return ((c.top ?? 1) - (c.bottom ?? -1)) / (c.zoom ?? 1) / heightPx;
  const distance = camera.position.distanceTo(at);
  return (2 * distance * Math.tan(((c.fov ?? 40) * Math.PI) / 360)) / heightPx;
}

/**
 * Pointer handlers for an instanced part group; `boxes[instanceId]` is the part pressed and
 * `allBoxes()` every component box (read when a drag starts).
 */
export function useDragParts(
  boxes: readonly ComponentBox[],
  allBoxes: () => readonly ComponentBox[],
  zScale: number,
) {
  const studio = useStudio();
  const controls = useThree((s) => s.controls) as unknown as Controls;
  const size = useThree((s) => s.size);
  const drag = useRef<DragState | null>(null);

  function end(commit: boolean) {
    const state = drag.current;
    drag.current = null;
    if (controls) controls.enabled = true;
    studio.view.setState({ snapTarget: null, collidingIds: [] });
    if (!state?.isActive) return;
    if (commit) studio.docs.commitGesture();
    else studio.docs.cancelGesture();
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && drag.current) end(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  function onPointerDown(e: ThreeEvent<PointerEvent>) {
    const box = e.instanceId === undefined ? undefined : boxes[e.instanceId];
    const view = studio.view.getState();
    if (e.button !== 0 || !box || e.shiftKey || e.ctrlKey || e.metaKey || view.tool !== 'select')
      return;
    e.stopPropagation();
    const ids = view.selection.includes(box.id) ? view.selection : [box.id];
    const plane = new Plane(new Vector3(0, 1, 0), -box.z * zScale);
    const hit = e.ray.intersectPlane(plane, new Vector3());
    if (!hit) return;
    (e.target as Element).setPointerCapture(e.pointerId);
    if (controls) controls.enabled = false;
    const chosen = new Set(ids);
    const features = allBoxes().map((b) => boxFeatures(b, studio.parts));
    drag.current = {
      pointerId: e.pointerId,
      ids,
      plane,
      startHitMm: fromScene(hit),
      startCentreMm: { x: box.x, y: box.y },
      startClient: { x: e.clientX, y: e.clientY },
      pressed: boxFeatures(box, studio.parts),
      moving: features.filter((f) => chosen.has(f.id)),
      others: features.filter((f) => !chosen.has(f.id)),
      appliedMm: { x: 0, y: 0 },
      isActive: false,
    };
  }

  function target(state: DragState, hit: Vector3, camera: Camera) {
    const at = fromScene(hit);
    const raw = {
      x: state.startCentreMm.x + at.x - state.startHitMm.x,
      y: state.startCentreMm.y + at.y - state.startHitMm.y,
    };
    const view = studio.view.getState();
    if (!view.isSnapping) return { centre: raw, snap: null };
    const reach = Math.max(state.pressed.halfX, state.pressed.halfY) + SNAP_REACH_MM;
    const near = state.others.filter(
      (o) => Math.abs(o.x - raw.x) < reach + o.halfX && Math.abs(o.y - raw.y) < reach + o.halfY,
    );
    const tolerance = SNAP_TOLERANCE_PX * mmPerPixel(camera, hit, size.height);
    const s = snapCentre(state.pressed, raw, near, view.gridPitchMm, tolerance);
    const kind = s.kindX !== 'grid' ? s.kindX : s.kindY;
    return { centre: { x: s.x, y: s.y }, snap: { kind, xMm: s.lineX, yMm: s.lineY } };
  }

  function onPointerMove(e: ThreeEvent<PointerEvent>) {
    const state = drag.current;
    if (!state || e.pointerId !== state.pointerId) return;
    const hit = e.ray.intersectPlane(state.plane, new Vector3());
    if (!hit) return;
    if (!state.isActive) {
      const travel = Math.hypot(e.clientX - state.startClient.x, e.clientY - state.startClient.y);
      if (travel < DRAG_THRESHOLD_PX) return;
      state.isActive = true;
      studio.select(state.ids);
      studio.docs.beginGesture('Move parts');
    }
    const startedMs = performance.now();
    const { centre, snap } = target(state, hit, e.camera);
    const offset = { x: centre.x - state.startCentreMm.x, y: centre.y - state.startCentreMm.y };
    const step = { x: offset.x - state.appliedMm.x, y: offset.y - state.appliedMm.y };
    const colliding = findCollisions(state.moving, state.others, offset);
    const previous = studio.view.getState().collidingIds;
    const sameCollisions =
      previous.length === colliding.length && previous.every((id, i) => id === colliding[i]);
    studio.view.setState({
      snapTarget: snap,
      ...(sameCollisions ? {} : { collidingIds: colliding }),
    });
    if (step.x !== 0 || step.y !== 0) {
      if (studio.docs.runCommand(moveParts({ ids: state.ids, deltaMm: step })))
        state.appliedMm = offset;
    }
    noteDragHandler(performance.now() - startedMs);
  }

  function onPointerUp(e: ThreeEvent<PointerEvent>) {
    if (!drag.current || e.pointerId !== drag.current.pointerId) return;
    (e.target as Element).releasePointerCapture(e.pointerId);
    end(true);
  }

  return { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: () => end(false) };
}
