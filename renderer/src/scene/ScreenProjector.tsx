/**
 * Registers a function that maps a component id to the client (CSS pixel) position of the
 * centre of its top face, for the test API (clicking a part in the viewport) and for
 * anything that anchors DOM to parts. Renders nothing.
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Vector3 } from 'three';
import { toScene } from './coords';
import type { SceneModel } from './useSceneModel';

/** Client position of a component, or null when it is unknown or behind the camera. */
export type ComponentProjector = (id: string) => { x: number; y: number } | null;

let current: ComponentProjector | null = null;

/** The projector of the mounted viewport, if any. */
export function componentProjector(): ComponentProjector | null {
  return current;
}

/** Props: the scene model whose components are projected. */
export function ScreenProjector({ model }: { model: SceneModel }) {
  const camera = useThree((s) => s.camera);
  const canvas = useThree((s) => s.gl.domElement);
  useEffect(() => {
    const projector: ComponentProjector = (id) => {
      const box = model.boxes.find((b) => b.id === id);
      if (!box) return null;
      // The camera may have moved since the last frame (a preset request): use where it is now.
      camera.updateMatrixWorld();
      const p = new Vector3(...toScene(box.x, box.y, box.z + box.sizeZ, model.zScale)).project(
        camera,
      );
      if (p.z > 1) return null;
      const rect = canvas.getBoundingClientRect();
      return {
        x: rect.left + ((p.x + 1) / 2) * rect.width,
        y: rect.top + ((1 - p.y) / 2) * rect.height,
      };
    };
    current = projector;
    return () => {
      if (current === projector) current = null;
    };
  }, [model, camera, canvas]);
  return null;
}
