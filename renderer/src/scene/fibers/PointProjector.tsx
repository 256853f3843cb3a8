/**
 * Registers a function mapping a model point (global mm) to its client (CSS pixel)
 * position in the viewport, for the test API (clicking the front edge, a fiber's handles
 * and its route). Renders nothing.
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { toScene } from '../coords';
import { toClient } from '../screenProjection';

/** Client position of a model point, or null behind the camera. */
export type PointProjector = (p: {
  x: number;
  y: number;
  z: number;
}) => { x: number; y: number } | null;

let current: PointProjector | null = null;

/** The point projector of the mounted viewport, if any. */
export function pointProjector(): PointProjector | null {
  return current;
}

/** Props: the vertical exaggeration of the scene. */
export function PointProjector({ zScale }: { zScale: number }) {
  const camera = useThree((s) => s.camera);
  const canvas = useThree((s) => s.gl.domElement);
  useEffect(() => {
    const projector: PointProjector = (p) => {
      camera.updateMatrixWorld();
      return toClient(toScene(p.x, p.y, p.z, zScale), camera, canvas.getBoundingClientRect());
    };
    current = projector;
    return () => {
      if (current === projector) current = null;
    };
  }, [camera, canvas, zScale]);
  return null;
}
