/**
 * Scene points to client (CSS pixel) positions over the canvas: what the test API, review
 * pins, the measure and comment pointer and rule markers use to find things on screen.
 */
import { Vector3, type Camera } from 'three';

/** The canvas rectangle, client px (a DOMRect fits). */
export interface ClientRect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Client pixel position of a scene point seen by `camera` over `rect`, or null outside the
 * camera's depth range (behind it or beyond its far plane). Uses the camera's matrices as
 * they are: callers that may run between frames update them first.
 */
export function toClient(
  position: readonly [number, number, number],
  camera: Camera,
  rect: ClientRect,
): { x: number; y: number } | null {
  const v = new Vector3(position[0], position[1], position[2]).project(camera);
  if (v.z > 1 || v.z < -1) return null;
  return {
    x: rect.left + ((v.x + 1) / 2) * rect.width,
    y: rect.top + ((1 - v.y) / 2) * rect.height,
  };
}
