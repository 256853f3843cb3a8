/**
 * Picking for review and measure: the first part or carrier surface under a screen point,
 * in model mm, with the component id when the hit is a part. Overlays (lines, sprites,
 * outlines) are skipped; a ray that hits nothing falls back to the ground plane (z = 0).
 */
import { Plane, Vector2, Vector3, type Camera, type Object3D, type Raycaster } from 'three';
import { fromScene } from '../coords';

/** A picked point: global model mm, and the part it lies on (if any). */
export interface SurfacePick {
  readonly pointMm: { readonly x: number; readonly y: number; readonly z: number };
  readonly componentId?: string;
}

const GROUND = new Plane(new Vector3(0, 1, 0), 0);

/** Rounds mm to the micrometre, far below what a pick can resolve, so files stay tidy. */
function roundUm(valueMm: number): number {
  return Math.round(valueMm * 1000) / 1000 || 0;
}

/** Normalised device coordinates of a client point over `canvas`. */
export function toNdc(canvas: HTMLElement, clientX: number, clientY: number): Vector2 {
  const rect = canvas.getBoundingClientRect();
  return new Vector2(
    ((clientX - rect.left) / rect.width) * 2 - 1,
    -((clientY - rect.top) / rect.height) * 2 + 1,
  );
}

/** A visible mesh that is not part of an overlay (pins, measure marks, line meshes). */
function isSurface(object: Object3D): boolean {
  if ((object as Object3D & { isMesh?: boolean }).isMesh !== true) return false;
  for (let o: Object3D | null = object; o; o = o.parent) {
    if (!o.visible || o.userData.isOverlay === true) return false;
  }
  return true;
}

/** The surface under `ndc` seen from `camera`; heights are divided by `zScale` back to mm. */
export function pickSurface(
  raycaster: Raycaster,
  camera: Camera,
  root: Object3D,
  ndc: Vector2,
  zScale: number,
): SurfacePick | null {
  raycaster.setFromCamera(ndc, camera);
  for (const hit of raycaster.intersectObjects(root.children, true)) {
    if (!isSurface(hit.object)) continue;
    const ids = hit.object.userData.componentIds as readonly string[] | undefined;
    const componentId = hit.instanceId !== undefined ? ids?.[hit.instanceId] : undefined;
    const { x, y } = fromScene(hit.point);
    const pointMm = { x: roundUm(x), y: roundUm(y), z: roundUm(hit.point.y / zScale) };
    return componentId ? { pointMm, componentId } : { pointMm };
  }
  const ground = raycaster.ray.intersectPlane(GROUND, new Vector3());
  if (!ground) return null;
  const { x, y } = fromScene(ground);
  return { pointMm: { x: roundUm(x), y: roundUm(y), z: 0 } };
}
