/**
 * Orbit / pan / zoom to the cursor (drei OrbitControls) and the camera presets: top, front,
 * side and isometric, framing the whole design or (fit selection) the selected components.
 * The projection is perspective, or orthographic for layout work (view state
 * `isOrthographic`); both cameras are kept and the active one is the default camera.
 */
import { OrbitControls, OrthographicCamera, PerspectiveCamera } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useRef, type ComponentRef } from 'react';
import { Vector3, type OrthographicCamera as OrthoCamera } from 'three';
import { boundsMm, toScene } from './coords';
import { fitDistance, fitOrthoZoom } from './fitCamera';
import type { SceneModel } from './useSceneModel';
import type { CameraPreset } from '../store/viewStore';
import { useStudio, useViewState } from '../ui/studioContext';

const DIRECTIONS: Record<CameraPreset, [number, number, number]> = {
  top: [0, 1, 0.001],
  front: [0, 0.08, 1],
  side: [1, 0.08, 0],
  iso: [0.7, 1.0, 1],
};

type Bounds = [number, number, number, number, number, number];

/** Props: the scene model to frame. */
export function CameraRig({ model }: { model: SceneModel }) {
  const studio = useStudio();
  const controls = useRef<ComponentRef<typeof OrbitControls>>(null);
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const size = useThree((s) => s.size);
  const request = useViewState((s) => s.camera);
  const isOrtho = useViewState((s) => s.isOrthographic);
  const { zScale } = model;
  const boundsKey = model.bounds.join(',');

  useEffect(() => {
    let bounds = boundsKey.split(',').map(Number) as Bounds;
    if (request.isFitSelection) {
      const ids = new Set(studio.view.getState().selection);
      const chosen = model.boxes.filter((b) => ids.has(b.id));
      if (chosen.length > 0) bounds = boundsMm(chosen);
    }
    const [x0, y0, z0, x1, y1, z1] = bounds;
    const a = new Vector3(...toScene(x0, y0, z0, zScale));
    const b = new Vector3(...toScene(x1, y1, z1, zScale));
    const min = a.clone().min(b);
    const max = a.clone().max(b);
    const centre = min.clone().add(max).multiplyScalar(0.5);
    const dir = new Vector3(...DIRECTIONS[request.preset]).normalize();
    const aspect = size.width / Math.max(1, size.height);
    const fov = 'fov' in camera ? (camera.fov as number) : 40;
    const distance = isOrtho
      ? Math.max(500, max.distanceTo(min) * 2)
      : fitDistance(min, max, dir, fov, aspect);
    camera.position.copy(centre).addScaledVector(dir, distance);
    camera.near = isOrtho ? 0.1 : Math.max(0.05, distance / 1000);
    camera.far = distance * 20;
    if (isOrtho)
      (camera as OrthoCamera).zoom = fitOrthoZoom(min, max, dir, size.width, size.height);
    camera.updateProjectionMatrix();
    controls.current?.target.copy(centre);
    controls.current?.update();
    invalidate();
    // Reframe on a new request, a new camera or when the design's extent changes, not on
    // every edit: `bounds` is read through `boundsKey` so an edit inside the extent keeps the view.
  }, [request.nonce, request.preset, boundsKey, zScale, camera, invalidate, size, isOrtho]);

  return (
    <>
      {isOrtho ? (
        <OrthographicCamera makeDefault position={[300, 300, 300]} near={0.1} far={10_000} />
      ) : (
        <PerspectiveCamera
          makeDefault
          fov={40}
          position={[300, 300, 300]}
          near={0.1}
          far={10_000}
        />
      )}
      <OrbitControls
        ref={controls}
        makeDefault
        enableDamping={false}
        zoomToCursor
        screenSpacePanning
      />
    </>
  );
}
