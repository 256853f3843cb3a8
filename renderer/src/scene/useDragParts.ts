/**
 * Dragging parts in the viewport: press on a part and move to slide the selection over its
 * mount plane (a horizontal plane through the pressed part's base). The pressed part's
 * centre snaps (when snapping is on) to nearby parts' edges, centres and ports, else to the
 * grid (scene/snap.ts); the rest of the selection follows by the same offset. While
 * dragging, the snap target is shown and parts that overlap another part turn red
 * (view state `snapTarget`, `collidingIds`).
 *
 * While the pointer moves, the parts are drawn at the pointer (view state `dragPreview`)
 * without changing the document: a revision of a 2,000-part design costs the main thread
 * more than a frame (layout, panels, the analysis result that follows), so the document
 * takes the move when the pointer rests for REST_COMMIT_MS, and on release. Those previews
 * are steps of one history gesture; release commits one undo step, Escape cancels. Traces
 * and figures catch up with each preview. Orbit controls pause while dragging.
 *
 * Once the drag starts, the moves are read from the canvas (which holds the pointer capture)
 * and the scene's own pointer events are paused: they would ray-cast every part for every
 * move. The view store gets at most one update per animation frame.
 */
import type { ThreeEvent } from '@react-three/fiber';
import { useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { Plane, Raycaster, Vector2, Vector3, type Camera } from 'three';
import { moveParts } from '../model/commands';
import type { ViewState } from '../store/viewStore';
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

/** The document takes the dragged position once the pointer has rested this long, ms. */
export const REST_COMMIT_MS = 150;

let restCommitMs = REST_COMMIT_MS;

/**
 * Changes the rest time (end-to-end tests hold a drag in its preview state with a long
 * one, so what they read cannot race the timer); returns the previous value.
 */
export function setRestCommitMs(ms: number): number {
  const previous = restCommitMs;
  restCommitMs = ms;
  return previous;
}

type DragView = Pick<ViewState, 'snapTarget' | 'collidingIds' | 'dragPreview'>;

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
  /** Offset the document has taken so far, mm. */
  appliedMm: { x: number; y: number };
  /** Offset under the pointer, mm. */
  offsetMm: { x: number; y: number };
  isActive: boolean;
  restTimer: ReturnType<typeof setTimeout> | null;
  /** View update waiting for the next animation frame, and that frame's request. */
  pendingView: Partial<DragView> | null;
  frame: number | null;
  /** Removes the canvas listeners. */
  detach: () => void;
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
  const get = useThree((s) => s.get);
  const drag = useRef<DragState | null>(null);

  function flushView(state: DragState) {
    if (state.frame !== null) cancelAnimationFrame(state.frame);
    state.frame = null;
    if (state.pendingView) studio.view.setState(state.pendingView);
    state.pendingView = null;
  }

  /** Hands the dragged offset to the document (a preview step of the gesture). */
  function takePreview(state: DragState) {
    if (state.restTimer !== null) clearTimeout(state.restTimer);
    state.restTimer = null;
    flushView(state);
    const step = {
      x: state.offsetMm.x - state.appliedMm.x,
      y: state.offsetMm.y - state.appliedMm.y,
    };
    if (step.x === 0 && step.y === 0) return;
    if (studio.docs.runCommand(moveParts({ ids: state.ids, deltaMm: step })))
      state.appliedMm = state.offsetMm;
    studio.view.setState({ dragPreview: { ids: state.ids, offsetMm: { x: 0, y: 0 } } });
  }

  function end(commit: boolean) {
    const state = drag.current;
    drag.current = null;
    if (!state) return;
    state.detach();
    if (controls) controls.enabled = true;
    if (state.isActive && commit) takePreview(state);
    if (state.restTimer !== null) clearTimeout(state.restTimer);
    if (state.frame !== null) cancelAnimationFrame(state.frame);
    studio.view.setState({ snapTarget: null, collidingIds: [], dragPreview: null });
    if (!state.isActive) return;
    get().setEvents({ enabled: true });
    if (commit) studio.docs.commitGesture();
    else studio.docs.cancelGesture();
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && drag.current) end(false);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  });
  // A drag still open when the group unmounts (the document was replaced) is cancelled.
  useEffect(() => () => end(false), []);

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
    end(false);
    (e.target as Element).setPointerCapture(e.pointerId);
    if (controls) controls.enabled = false;
    const chosen = new Set(ids);
    const features = allBoxes().map((b) => boxFeatures(b, studio.parts));
    const canvas = get().gl.domElement;
    const onMove = (ev: PointerEvent) => move(ev);
    const onUp = (ev: PointerEvent) => {
      if (ev.pointerId === drag.current?.pointerId) end(true);
    };
    const onCancel = (ev: PointerEvent) => {
      if (ev.pointerId === drag.current?.pointerId) end(false);
    };
    canvas.addEventListener('pointermove', onMove);
    canvas.addEventListener('pointerup', onUp);
    canvas.addEventListener('pointercancel', onCancel);
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
      offsetMm: { x: 0, y: 0 },
      isActive: false,
      restTimer: null,
      pendingView: null,
      frame: null,
      detach: () => {
        canvas.removeEventListener('pointermove', onMove);
        canvas.removeEventListener('pointerup', onUp);
        canvas.removeEventListener('pointercancel', onCancel);
      },
    };
  }

  function target(state: DragState, hit: Vector3, camera: Camera, heightPx: number) {
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
    const tolerance = SNAP_TOLERANCE_PX * mmPerPixel(camera, hit, heightPx);
    const s = snapCentre(state.pressed, raw, near, view.gridPitchMm, tolerance);
    const kind = s.kindX !== 'grid' ? s.kindX : s.kindY;
    const centre = { x: s.x, y: s.y };
    return { centre, snap: { kind, xMm: s.lineX, yMm: s.lineY, centreMm: centre } };
  }

  /** Where the pointer's ray meets the drag plane, or null. */
  function planeHit(state: DragState, ev: PointerEvent): Vector3 | null {
    const { camera, gl } = get();
    const rect = gl.domElement.getBoundingClientRect();
    const ndc = new Vector2(
      ((ev.clientX - rect.left) / rect.width) * 2 - 1,
      -((ev.clientY - rect.top) / rect.height) * 2 + 1,
    );
    const raycaster = new Raycaster();
    raycaster.setFromCamera(ndc, camera);
    return raycaster.ray.intersectPlane(state.plane, new Vector3());
  }

  function move(ev: PointerEvent) {
    const state = drag.current;
    if (!state || ev.pointerId !== state.pointerId) return;
    if (!state.isActive) {
      const travel = Math.hypot(ev.clientX - state.startClient.x, ev.clientY - state.startClient.y);
      if (travel < DRAG_THRESHOLD_PX) return;
      state.isActive = true;
      get().setEvents({ enabled: false });
      studio.select(state.ids);
      studio.docs.beginGesture('Move parts');
    } else if (studio.docs.store.getState().history.gesture === null) {
      // The gesture was closed under the drag (undo during the drag cancels it).
      end(false);
      return;
    }
    const startedMs = performance.now();
    const hit = planeHit(state, ev);
    if (!hit) return;
    const { camera, size } = get();
    const { centre, snap } = target(state, hit, camera, size.height);
    const offset = { x: centre.x - state.startCentreMm.x, y: centre.y - state.startCentreMm.y };
    const colliding = findCollisions(state.moving, state.others, offset);
    const view = { ...studio.view.getState(), ...state.pendingView };
    const sameCollisions =
      view.collidingIds.length === colliding.length &&
      view.collidingIds.every((id, i) => id === colliding[i]);
    const shown = { x: offset.x - state.appliedMm.x, y: offset.y - state.appliedMm.y };
    const samePreview =
      view.dragPreview !== null &&
      view.dragPreview.offsetMm.x === shown.x &&
      view.dragPreview.offsetMm.y === shown.y;
    state.offsetMm = offset;
    state.pendingView = {
      ...state.pendingView,
      snapTarget: snap,
      ...(sameCollisions ? {} : { collidingIds: colliding }),
      ...(samePreview ? {} : { dragPreview: { ids: state.ids, offsetMm: shown } }),
    };
    if (state.frame === null) state.frame = requestAnimationFrame(() => flushView(state));
    if (!samePreview) {
      if (state.restTimer !== null) clearTimeout(state.restTimer);
      state.restTimer = setTimeout(() => {
        if (drag.current === state) takePreview(state);
      }, restCommitMs);
    }
    noteDragHandler(performance.now() - startedMs);
  }

  function onPointerUp(e: ThreeEvent<PointerEvent>) {
    // Before the drag starts the scene still delivers the release (a click).
    if (!drag.current || e.pointerId !== drag.current.pointerId) return;
    end(true);
  }

  return { onPointerDown, onPointerUp };
}
