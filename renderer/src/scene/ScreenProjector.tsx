/**
 * Registers a function that maps a component id to the client (CSS pixel) position of the
 * centre of its top face as drawn (a dragged part where the drag shows it), for the test API
 * (clicking a part in the viewport) and for anything that anchors DOM to parts. Renders
 * nothing.
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { toScene } from './coords';
import { previewOffsets } from './dragPreview';
import { toClient } from './screenProjection';
import { portMarkers } from './portMarkers';
import type { SceneModel } from './useSceneModel';
import { useStudio } from '../ui/studioContext';

/** Client position of a component, or null when it is unknown or behind the camera. */
export type ComponentProjector = (id: string) => { x: number; y: number } | null;

/** Client position of a component's port, or null when unknown or behind the camera. */
export type PortProjector = (id: string, port: string) => { x: number; y: number } | null;

let current: ComponentProjector | null = null;
let currentPort: PortProjector | null = null;

/** The projector of the mounted viewport, if any. */
export function componentProjector(): ComponentProjector | null {
  return current;
}

/** The port projector of the mounted viewport, if any. */
export function portProjector(): PortProjector | null {
  return currentPort;
}

/** Props: the scene model whose components are projected. */
export function ScreenProjector({ model }: { model: SceneModel }) {
  const studio = useStudio();
  const camera = useThree((s) => s.camera);
  const canvas = useThree((s) => s.gl.domElement);
  useEffect(() => {
    function clientOf(x: number, y: number, z: number) {
      // The camera may have moved since the last frame (a preset request): use where it is now.
      camera.updateMatrixWorld();
      return toClient(toScene(x, y, z, model.zScale), camera, canvas.getBoundingClientRect());
    }
    const projector: ComponentProjector = (id) => {
      const box = model.boxes.find((b) => b.id === id);
      // Where it is drawn: a part being dragged is drawn at the pointer (dragPreview.ts).
      const d = previewOffsets(studio.view.getState().dragPreview)(id);
      return box ? clientOf(box.x + d.x, box.y + d.y, box.z + box.sizeZ) : null;
    };
    const ports: PortProjector = (id, port) => {
      const box = model.boxes.find((b) => b.id === id);
      const marker = box
        ? portMarkers([box], studio.parts).find((m) => m.port.id === port)
        : undefined;
      return marker ? clientOf(marker.xMm, marker.yMm, marker.zMm) : null;
    };
    current = projector;
    currentPort = ports;
    return () => {
      if (current === projector) current = null;
      if (currentPort === ports) currentPort = null;
    };
  }, [model, camera, canvas, studio]);
  return null;
}
