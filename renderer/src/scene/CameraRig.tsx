/**
 * Orbit / pan / zoom (drei OrbitControls) and the camera presets: top, front, side and
 * isometric, each framing the whole design. Responds to `view.camera` requests.
 */
import { OrbitControls } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useRef, type ComponentRef } from 'react';
import { Vector3 } from 'three';
import { toScene } from './coords';
import { fitDistance } from './fitCamera';
import type { SceneModel } from './useSceneModel';
import type { CameraPreset } from '../store/viewStore';
import { useViewState } from '../ui/studioContext';

const DIRECTIONS: Record<CameraPreset, [number, number, number]> = {
  top: [0, 1, 0.001],
  front: [0, 0.08, 1],
  side: [1, 0.08, 0],
  iso: [0.7, 1.0, 1],
};

/** Props: the scene model to frame. */
export function CameraRig({ model }: { model: SceneModel }) {
  const controls = useRef<ComponentRef<typeof OrbitControls>>(null);
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const size = useThree((s) => s.size);
  const request = useViewState((s) => s.camera);
  const { zScale } = model;
  const boundsKey = model.bounds.join(',');

  useEffect(() => {
    const [x0, y0, z0, x1, y1, z1] = boundsKey.split(',').map(Number) as number[] as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const a = new Vector3(...toScene(x0, y0, z0, zScale));
    const b = new Vector3(...toScene(x1, y1, z1, zScale));
    const min = a.clone().min(b);
    const max = a.clone().max(b);
    const centre = min.clone().add(max).multiplyScalar(0.5);
    const fov = 'fov' in camera ? (camera.fov as number) : 40;
    const dir = new Vector3(...DIRECTIONS[request.preset]).normalize();
    const distance = fitDistance(min, max, dir, fov, size.width / Math.max(1, size.height));
    camera.position.copy(centre).addScaledVector(dir, distance);
    camera.near = Math.max(0.05, distance / 1000);
    camera.far = distance * 20;
    camera.updateProjectionMatrix();
    controls.current?.target.copy(centre);
    controls.current?.update();
    invalidate();
    // Reframe on a new request or when the design's extent changes, not on every edit:
    // `bounds` is read through `boundsKey` so an edit inside the extent keeps the view.
  }, [request.nonce, request.preset, boundsKey, zScale, camera, invalidate, size]);

  return <OrbitControls ref={controls} makeDefault enableDamping={false} />;
}
