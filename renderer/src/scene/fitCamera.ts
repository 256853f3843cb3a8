/**
 * Camera framing: the distance along a view direction at which a perspective camera
 * sees a whole box, with a margin. Pure maths on three.js vectors.
 */
import { Vector3 } from 'three';

/** Fraction of extra room around the framed box. */
export const FIT_MARGIN = 1.08;

/**
 * Distance from `centre` along `direction` (unit, towards the camera) that fits the box
 * `min`–`max` into a camera with vertical field of view `fovDeg` and `aspect` (w / h).
 */
export function fitDistance(
  min: Vector3,
  max: Vector3,
  direction: Vector3,
  fovDeg: number,
  aspect: number,
): number {
  const centre = min.clone().add(max).multiplyScalar(0.5);
  const worldUp = Math.abs(direction.y) > 0.999 ? new Vector3(0, 0, -1) : new Vector3(0, 1, 0);
  const right = new Vector3().crossVectors(worldUp, direction).normalize();
  const up = new Vector3().crossVectors(direction, right).normalize();
  const tanV = Math.tan((fovDeg * Math.PI) / 360);
  const tanH = tanV * aspect;
  let distance = 0;
  for (let i = 0; i < 8; i++) {
    const corner = new Vector3(
      i & 1 ? max.x : min.x,
      i & 2 ? max.y : min.y,
      i & 4 ? max.z : min.z,
    ).sub(centre);
    const depth = corner.dot(direction);
    distance = Math.max(
      distance,
      Math.abs(corner.dot(right)) / tanH + depth,
      Math.abs(corner.dot(up)) / tanV + depth,
    );
  }
  return distance * FIT_MARGIN;
}

/**
 * Zoom of an orthographic camera (frustum one CSS pixel per unit at zoom 1, drei's default)
 * looking along `direction` that fits the box `min`–`max` into `widthPx` × `heightPx`.
 */
export function fitOrthoZoom(
  min: Vector3,
  max: Vector3,
  direction: Vector3,
  widthPx: number,
  heightPx: number,
): number {
  const centre = min.clone().add(max).multiplyScalar(0.5);
  const worldUp = Math.abs(direction.y) > 0.999 ? new Vector3(0, 0, -1) : new Vector3(0, 1, 0);
  const right = new Vector3().crossVectors(worldUp, direction).normalize();
  const up = new Vector3().crossVectors(direction, right).normalize();
  let halfW = 1e-6;
  let halfH = 1e-6;
  for (let i = 0; i < 8; i++) {
    const corner = new Vector3(
      i & 1 ? max.x : min.x,
      i & 2 ? max.y : min.y,
      i & 4 ? max.z : min.z,
    ).sub(centre);
    halfW = Math.max(halfW, Math.abs(corner.dot(right)));
    halfH = Math.max(halfH, Math.abs(corner.dot(up)));
  }
  return Math.min(widthPx / (2 * halfW), heightPx / (2 * halfH)) / FIT_MARGIN;
}
