/**
 * Dragging parts in the viewport: press on a part and move to slide the selection over the
 * board (a horizontal plane through the part's base), snapped to SNAP_MM. Every step is a
 * preview inside one history gesture; release commits one undo step, Escape cancels.
 * Orbit controls pause while dragging.
 */
import type { ThreeEvent } from '@react-three/fiber';
import { useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { Plane, Vector3 } from 'three';
import { moveParts } from '../model/commands';
import { fromScene } from './coords';
import type { ComponentBox } from './layout';
import { useStudio } from '../ui/studioContext';

/** Drag positions snap to this step, mm. */
export const SNAP_MM = 0.5;

/** Pointer travel before a press becomes a drag, CSS px. */
const DRAG_THRESHOLD_PX = 4;

interface DragState {
  readonly pointerId: number;
  readonly ids: readonly string[];
  readonly plane: Plane;
  readonly startMm: { x: number; y: number };
  readonly startClient: { x: number; y: number };
  appliedMm: { x: number; y: number };
  isActive: boolean;
}

type Controls = { enabled: boolean } | null;

/** Pointer handlers for an instanced part group; `boxes[instanceId]` is the part pressed. */
export function useDragParts(boxes: readonly ComponentBox[], zScale: number) {
  const studio = useStudio();
  const controls = useThree((s) => s.controls) as unknown as Controls;
  const drag = useRef<DragState | null>(null);

  function end(commit: boolean) {
    const state = drag.current;
    drag.current = null;
    if (controls) controls.enabled = true;
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
    if (e.button !== 0 || !box || e.shiftKey) return;
    e.stopPropagation();
    const selection = studio.view.getState().selection;
    const ids = selection.includes(box.id) ? selection : [box.id];
    const plane = new Plane(new Vector3(0, 1, 0), -box.z * zScale);
    const hit = e.ray.intersectPlane(plane, new Vector3());
    if (!hit) return;
    (e.target as Element).setPointerCapture(e.pointerId);
    if (controls) controls.enabled = false;
    drag.current = {
      pointerId: e.pointerId,
      ids,
      plane,
      startMm: fromScene(hit),
      startClient: { x: e.clientX, y: e.clientY },
      appliedMm: { x: 0, y: 0 },
      isActive: false,
    };
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
    const at = fromScene(hit);
    const snap = (v: number) => Math.round(v / SNAP_MM) * SNAP_MM;
    const target = { x: snap(at.x - state.startMm.x), y: snap(at.y - state.startMm.y) };
    const step = { x: target.x - state.appliedMm.x, y: target.y - state.appliedMm.y };
    if (step.x === 0 && step.y === 0) return;
    if (studio.docs.runCommand(moveParts({ ids: state.ids, deltaMm: step })))
      state.appliedMm = target;
  }

  function onPointerUp(e: ThreeEvent<PointerEvent>) {
    if (!drag.current || e.pointerId !== drag.current.pointerId) return;
    (e.target as Element).releasePointerCapture(e.pointerId);
    end(true);
  }

  return { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: () => end(false) };
}
