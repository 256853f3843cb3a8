/**
 * Turns the camera to a requested point (a comment's anchor, the selection) keeping the
 * current viewing direction: the orbit target moves to the point and the distance (or the
 * orthographic zoom) frames `radiusMm` with a margin. Renders nothing.
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { Vector3, type OrthographicCamera, type PerspectiveCamera } from 'three';
import { useStudio } from '../../ui/studioContext';
import { toScene } from '../coords';
import type { ReviewModelGetter } from './ReviewScene';

/** Extra room around the framed radius. */
const FOCUS_MARGIN = 1.6;

type OrbitLike = { target: Vector3; update(): void } | null;

/** Props: reads the scene's exaggeration when a request comes. */
export function FocusRig({ getModel }: { getModel: ReviewModelGetter }) {
  const studio = useStudio();
  const focus = useStore(studio.review, (s) => s.focus);
  const camera = useThree((s) => s.camera);
  const controls = useThree((s) => s.controls) as unknown as OrbitLike;
  const invalidate = useThree((s) => s.invalidate);
  const nonce = focus?.nonce ?? 0;

  useEffect(() => {
    if (!focus) return;
    const { pointMm, radiusMm } = focus;
    const { zScale } = getModel();
    const target = new Vector3(...toScene(pointMm.x, pointMm.y, pointMm.z, zScale));
    const from = controls?.target ?? new Vector3();
    const dir = camera.position.clone().sub(from);
    if (dir.lengthSq() < 1e-9) dir.set(0.7, 1, 1);
    dir.normalize();
    const radius = radiusMm * FOCUS_MARGIN;
    if ((camera as OrthographicCamera).isOrthographicCamera) {
      const ortho = camera as OrthographicCamera;
      const span = Math.min(ortho.right - ortho.left, ortho.top - ortho.bottom);
      ortho.zoom = span / (2 * radius);
      camera.position.copy(target).addScaledVector(dir, camera.position.distanceTo(from));
    } else {
      const fovDeg = (camera as PerspectiveCamera).fov ?? 40;
      const distance = radius / Math.sin((fovDeg * Math.PI) / 360);
      camera.position.copy(target).addScaledVector(dir, distance);
    }
    (camera as PerspectiveCamera).updateProjectionMatrix?.();
    controls?.target.copy(target);
    controls?.update();
    invalidate();
    // Only a new request moves the camera; edits of the document keep the view.
  }, [nonce]);
  return null;
}
