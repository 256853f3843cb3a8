/**
 * Orbit / pan / zoom (drei OrbitControls) and the camera presets: top, front, side and
 * isometric, each framing the whole design. Responds to `view.camera` requests.
 */
import { OrbitControls } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useRef, type ComponentRef } from 'react';
import { Vector3 } from 'three';
import { toScene } from './coords';
import type { SceneModel } from './useSceneModel';
import type { CameraPreset } from '../store/viewStore';
import { useViewState } from '../ui/studioContext';

const DIRECTIONS: Record<CameraPreset, [number, number, number]> = {
  top: [0, 1, 0.0001],
  front: [0, 0.08, 1],
  side: [1, 0.08, 0],
  iso: [0.75, 0.85, 1],
};

/** Props: the scene model to frame. */
export function CameraRig({ model }: { model: SceneModel }) {
  const controls = useRef<ComponentRef<typeof OrbitControls>>(null);
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
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
    const centre = new Vector3(...toScene((x0 + x1) / 2, (y0 + y1) / 2, (z0 + z1) / 2, zScale));
    const radius = 0.5 * Math.hypot(x1 - x0, y1 - y0, (z1 - z0) * zScale);
    const fov = 'fov' in camera ? (camera.fov as number) : 40;
    const distance = (radius / Math.sin((fov * Math.PI) / 360)) * 1.02;
    const dir = new Vector3(...DIRECTIONS[request.preset]).normalize();
    camera.position.copy(centre).addScaledVector(dir, distance);
    camera.near = Math.max(0.05, distance / 1000);
    camera.far = distance * 20;
    camera.updateProjectionMatrix();
    controls.current?.target.copy(centre);
    controls.current?.update();
    invalidate();
    // Reframe on a new request or when the design's extent changes, not on every edit:
    // `bounds` is read through `boundsKey` so an edit inside the extent keeps the view.
  }, [request.nonce, request.preset, boundsKey, zScale, camera, invalidate]);

  return <OrbitControls ref={controls} makeDefault enableDamping={false} />;
}
