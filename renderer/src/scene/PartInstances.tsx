/**
 * The components: one InstancedMesh per part (all instances of a part share a box of its
 * size), coloured by category, the selected ones tinted with the accent colour. Picking maps the instance
 * index back to the component id. Shift- or Ctrl-click adds to or removes from the
 * selection; press-and-drag moves the selection (useDragParts), and parts that collide
 * during the drag are drawn in the collision red.
 */
import { memo, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { Color, Matrix4, Quaternion, Vector3, type InstancedMesh } from 'three';
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { toScene } from './coords';
import type { ComponentBox } from './layout';
import type { DragPreview } from '../store/viewStore';
import { groupByPart, stableGroups } from './partGroups';
import { CATEGORY_COLORS, COLLISION_COLOR, SELECTED_FILL_COLOR } from './palette';
import { previewOffsets, useDragPreviewOf } from './dragPreview';
import { useDragParts } from './useDragParts';
import { hitsFiberRoute } from './fibers/routeHit';
import { useStudio, useViewState } from '../ui/studioContext';

const UP = new Vector3(0, 1, 0);

/** Props: the component boxes and the vertical exaggeration. */
export function PartInstances({ boxes, zScale }: { boxes: ComponentBox[]; zScale: number }) {
  const previous = useRef<ComponentBox[][]>([]);
  const groups = useMemo(() => {
    const next = stableGroups(groupByPart(boxes), previous.current);
    previous.current = next;
    return next;
  }, [boxes]);
  // Drags read every box when they start; a getter keeps the groups from re-rendering
  // just because another part moved.
  const latest = useRef(boxes);
  latest.current = boxes;
  const allBoxes = useCallback(() => latest.current, []);
  return (
    <group>
      {groups.map((group) => (
        <PartGroup key={group[0]?.partId} boxes={group} allBoxes={allBoxes} zScale={zScale} />
      ))}
    </group>
  );
}

interface GroupProps {
  /** The instances of one part. */
  readonly boxes: ComponentBox[];
  /** Every component box (snap and collision neighbours), read when a drag starts. */
  readonly allBoxes: () => readonly ComponentBox[];
  readonly zScale: number;
}

const PartGroup = memo(function PartGroup({ boxes, allBoxes, zScale }: GroupProps) {
  const studio = useStudio();
  const selection = useViewState((s) => s.selection);
  const colliding = useViewState((s) => s.collidingIds);
  const ids = useMemo(() => new Set(boxes.map((b) => b.id)), [boxes]);
  const preview = useDragPreviewOf(ids);
  const ref = useRef<InstancedMesh>(null);
  const first = boxes[0];
  const dragHandlers = useDragParts(boxes, allBoxes, zScale);
  const gl = useThree((s) => s.gl);

  // What the instances were last written from; a drag that only moves its preview rewrites
  // just the dragged instances.
  const written = useRef<{ inputs: unknown[]; preview: DragPreview | null } | null>(null);
  const indexOf = useMemo(() => new Map(boxes.map((b, i) => [b.id, i])), [boxes]);

  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    const inputs = [boxes, zScale, selection, colliding, first];
    const last = written.current;
    const onlyPreviewMoved =
      last !== null &&
      last.preview !== null &&
      preview !== null &&
      last.preview.ids === preview.ids &&
      inputs.every((v, i) => v === last.inputs[i]);
    written.current = { inputs, preview };
    const m = new Matrix4();
    const q = new Quaternion();
    const p = new Vector3();
    const one = new Vector3(1, 1, 1);
    const offsetOf = previewOffsets(preview);
    const place = (b: ComponentBox, i: number) => {
      const d = offsetOf(b.id);
      p.set(...toScene(b.x + d.x, b.y + d.y, b.z + b.sizeZ / 2, zScale));
      q.setFromAxisAngle(UP, (b.rotationDeg * Math.PI) / 180);
      mesh.setMatrixAt(i, m.compose(p, q, one));
    };
    if (onlyPreviewMoved) {
      for (const id of preview.ids) {
        const i = indexOf.get(id);
        if (i !== undefined) place(boxes[i]!, i);
      }
    } else {
      const base = new Color(CATEGORY_COLORS[first?.category ?? 'unknown']);
      const lit = base.clone().lerp(new Color(SELECTED_FILL_COLOR), 0.8);
      const red = new Color(COLLISION_COLOR);
      const selected = new Set(selection);
      const hit = new Set(colliding);
      boxes.forEach((b, i) => {
        place(b, i);
        mesh.setColorAt(i, hit.has(b.id) ? red : selected.has(b.id) ? lit : base);
      });
      mesh.count = boxes.length;
      if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    }
    mesh.instanceMatrix.needsUpdate = true;
    mesh.computeBoundingSphere();
    mesh.computeBoundingBox();
  }, [boxes, zScale, selection, colliding, first, preview, indexOf]);

  function onClick(e: ThreeEvent<MouseEvent>) {
    if (e.delta > 4 || e.instanceId === undefined || studio.view.getState().tool !== 'select')
      return;
    if (hitsFiberRoute(e)) return;
    e.stopPropagation();
    const id = boxes[e.instanceId]?.id;
    if (!id) return;
    const current = studio.view.getState().selection;
    if (e.shiftKey || e.ctrlKey || e.metaKey) {
      studio.select(current.includes(id) ? current.filter((s) => s !== id) : [...current, id]);
    } else {
      studio.select([id]);
    }
  }

  function canvasCursor(cursor: string) {
    gl.domElement.style.cursor = cursor;
  }

  if (!first) return null;
  return (
    <instancedMesh
      ref={ref}
      args={[undefined, undefined, boxes.length]}
      onClick={onClick}
      onPointerOver={() => canvasCursor('pointer')}
      onPointerOut={() => canvasCursor('')}
      {...dragHandlers}
      userData={{ componentIds: boxes.map((b) => b.id) }}
    >
      <boxGeometry args={[first.sizeX, first.sizeZ * zScale, first.sizeY]} />
      <meshStandardMaterial roughness={0.55} metalness={0.15} />
    </instancedMesh>
  );
});
