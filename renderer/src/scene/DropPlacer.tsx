/**
 * Dropping a part from the palette onto the viewport: the drop point is cast into the scene,
 * the first carrier slab hit decides the carrier, and the part is placed centred at the
 * cursor on that carrier's top, snapped like a drag (grid, neighbours' edges and centres),
 * as one addComponent command; the new component is selected. Renders nothing.
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Raycaster, Vector2, type Intersection } from 'three';
import { addComponent } from '../model/commands';
import { fromScene } from './coords';
import type { ComponentBox } from './layout';
import { newComponentFor } from './placement';
import { snapCentre } from './snap';
import { boxFeatures } from './snapFeatures';
import { mmPerPixel } from './useDragParts';
import { useStudio } from '../ui/studioContext';

/** MIME type the palette puts the part id under. */
export const PART_DRAG_TYPE = 'application/x-lightpath-part';

/** The carrier a ray hit belongs to (carrier slabs are instanced: CarrierStack.tsx). */
function carrierOf(hit: Intersection): string | undefined {
  const ids = hit.object.userData.carrierIds as readonly string[] | undefined;
  return ids && hit.instanceId !== undefined ? ids[hit.instanceId] : undefined;
}

/** Props: all component boxes (snap neighbours). */
export function DropPlacer({ boxes }: { boxes: ComponentBox[] }) {
  const studio = useStudio();
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const scene = useThree((s) => s.scene);
  const size = useThree((s) => s.size);

  useEffect(() => {
    const canvas = gl.domElement;
    const raycaster = new Raycaster();
    function onOver(e: DragEvent) {
      if (e.dataTransfer?.types.includes(PART_DRAG_TYPE)) {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }
    }
    function onDrop(e: DragEvent) {
      const part = studio.parts.get(e.dataTransfer?.getData(PART_DRAG_TYPE) ?? '');
      if (!part) return;
      e.preventDefault();
      const r = canvas.getBoundingClientRect();
      const ndc = new Vector2(
        ((e.clientX - r.left) / r.width) * 2 - 1,
        -((e.clientY - r.top) / r.height) * 2 + 1,
      );
      raycaster.setFromCamera(ndc, camera);
      const hits = raycaster.intersectObjects(scene.children, true);
      const hit = hits.find((h) => carrierOf(h) !== undefined);
      if (!hit) {
        studio.view.setState({ notice: 'Drop a part onto a carrier' });
        return;
      }
      const raw = fromScene(hit.point);
      const view = studio.view.getState();
      const doc = studio.docs.store.getState().doc;
      const features = boxFeatures(
        {
          id: '',
          partId: part.id,
          name: '',
          category: part.category,
          rotationDeg: 0,
          x: raw.x,
          y: raw.y,
          z: 0,
          sizeX: part.sizeMm.x,
          sizeY: part.sizeMm.y,
          sizeZ: part.sizeMm.z,
        },
        studio.parts,
      );
      const near = boxes
        .filter((b) => Math.hypot(b.x - raw.x, b.y - raw.y) < 60)
        .map((b) => boxFeatures(b, studio.parts));
      const tolerance = 8 * mmPerPixel(camera, hit.point, size.height);
      const at = view.isSnapping
        ? snapCentre(features, raw, near, view.gridPitchMm, tolerance)
        : raw;
      const component = newComponentFor(doc, part, carrierOf(hit) as string, at);
      if (studio.docs.runCommand(addComponent({ component }))) studio.select([component.id]);
    }
    canvas.addEventListener('dragover', onOver);
    canvas.addEventListener('drop', onDrop);
    return () => {
      canvas.removeEventListener('dragover', onOver);
      canvas.removeEventListener('drop', onDrop);
    };
  }, [gl, camera, scene, size, boxes, studio]);
  return null;
}
