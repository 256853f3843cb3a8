/**
 * Review comment pins in the viewport: one numbered sprite per comment (its number is its
 * place in the document's comment list), amber when open, green when resolved, outlined
 * white when active, drawn over everything at a constant size on screen. The draft being
 * written shows as a "+" pin. Registers a projector so tests can find a pin's pixels.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import { SpriteMaterial, type Camera, type Sprite } from 'three';
import type { CommentAnchor } from '../../model/schema';
import { useDocState, useStudio, useViewState } from '../../ui/studioContext';
import { toScene } from '../coords';
import { toClient } from '../screenProjection';
import { previewOffsets, useDragPreviewOf } from '../dragPreview';
import { anchorPointMm } from './commentAnchors';
import { reviewModelOf } from './reviewModel';
import { PIN_HEAD_PX, PIN_TEXTURE_PX, PIN_TIP_PX, pinTexture } from './pinTexture';

/** Name of the group holding the pins (picking looks only there). */
export const PINS_GROUP_NAME = 'comment-pins';

/** On-screen height of a pin, CSS px. */
export const PIN_HEIGHT_PX = 48;

/** On-screen offset of the head's centre from the anchor, CSS px (y down). */
const HEAD_OFFSET_PX = {
  x:
    ((PIN_HEAD_PX.x - PIN_TIP_PX.x) / PIN_TEXTURE_PX.width) *
    PIN_HEIGHT_PX *
    (PIN_TEXTURE_PX.width / PIN_TEXTURE_PX.height),
  y: ((PIN_HEAD_PX.y - PIN_TIP_PX.y) / PIN_TEXTURE_PX.height) * PIN_HEIGHT_PX,
};

/** Client position of the centre of a comment's pin head, or null when not drawn. */
export type CommentPinProjector = (commentId: string) => { x: number; y: number } | null;

let currentProjector: CommentPinProjector | null = null;

/** The projector of the mounted viewport's pins, if any (for the test API). */
export function commentPinProjector(): CommentPinProjector | null {
  return currentProjector;
}

interface PinSpec {
  readonly key: string;
  readonly label: string;
  readonly status: 'open' | 'resolved';
  readonly isActive: boolean;
  readonly position: [number, number, number];
}

/** The pins of the open document's comments (and of the draft). */
export function CommentPins() {
  const studio = useStudio();
  const comments = useDocState((s) => s.doc.comments);
  const review = studio.review;
  const activeId = useStore(review, (s) => s.activeCommentId);
  const draft = useStore(review, (s) => s.draft);
  const hasPins = comments.length > 0 || draft !== null;
  // The whole document only matters (and re-renders) while there are pins to place.
  const doc = useDocState((s) => (hasPins ? s.doc : null));
  const explode = useViewState((s) => s.explode);
  const { camera, gl, invalidate } = useThree();

  // Pins on parts being dragged follow the drag (dragPreview.ts); others do not re-render.
  const anchoredIds = useMemo(
    () =>
      new Set(comments.flatMap((c) => ('componentId' in c.anchor ? [c.anchor.componentId] : []))),
    [comments],
  );
  const preview = useDragPreviewOf(anchoredIds);

  const pins = useMemo(() => {
    if (!doc) return [];
    const { boxesById, zScale } = reviewModelOf(doc, studio.parts, explode);
    const offsetOf = previewOffsets(preview);
    const place = (anchor: CommentAnchor) => {
      const p = anchorPointMm(anchor, boxesById);
      const d = 'componentId' in anchor ? offsetOf(anchor.componentId) : { x: 0, y: 0 };
      return p ? toScene(p.x + d.x, p.y + d.y, p.z, zScale) : null;
    };
    const out: PinSpec[] = [];
    comments.forEach((c, i) => {
      const position = place(c.anchor);
      if (position) {
        const isActive = c.id === activeId;
        out.push({ key: c.id, label: String(i + 1), status: c.status, isActive, position });
      }
    });
    const draftAt = draft ? place(draft.anchor) : null;
    if (draftAt)
      out.push({ key: '+draft', label: '+', status: 'open', isActive: true, position: draftAt });
    return out;
  }, [doc, studio.parts, explode, comments, activeId, draft, preview]);

  useEffect(() => {
    invalidate();
    const projector: CommentPinProjector = (id) => {
      const pin = pins.find((p) => p.key === id);
      if (!pin) return null;
      camera.updateMatrixWorld();
      const tip = toClient(pin.position, camera, gl.domElement.getBoundingClientRect());
      return tip && { x: tip.x + HEAD_OFFSET_PX.x, y: tip.y + HEAD_OFFSET_PX.y };
    };
    currentProjector = projector;
    return () => {
      if (currentProjector === projector) currentProjector = null;
    };
  }, [pins, camera, gl, invalidate]);

  return (
    <group name={PINS_GROUP_NAME} userData={{ isOverlay: true }}>
      {pins.map((pin) => (
        <Pin key={pin.key} pin={pin} />
      ))}
    </group>
  );
}

/** Sprite scale that draws `heightPx` tall whatever the distance (sizeAttenuation off). */
function spriteScale(camera: Camera, viewportHeightPx: number, heightPx: number): number {
  const p11 = camera.projectionMatrix.elements[5] ?? 1;
  return (heightPx * 2) / (Math.max(1, viewportHeightPx) * p11);
}

function Pin({ pin }: { pin: PinSpec }) {
  const material = useMemo(
    () =>
      new SpriteMaterial({
        map: pinTexture(pin.label, pin.status, pin.isActive),
        depthTest: false,
        transparent: true,
        sizeAttenuation: false,
        toneMapped: false,
      }),
    [pin.label, pin.status, pin.isActive],
  );
  useEffect(() => () => material.dispose(), [material]);
  const aspect = PIN_TEXTURE_PX.width / PIN_TEXTURE_PX.height;
  const ref = useRef<Sprite>(null);
  useFrame(({ camera, size }) => {
    const s = spriteScale(camera, size.height, PIN_HEIGHT_PX);
    ref.current?.scale.set(s * aspect, s, 1);
  });
  return (
    <sprite
      ref={ref}
      material={material}
      position={pin.position}
      center={[PIN_TIP_PX.x / PIN_TEXTURE_PX.width, 1 - PIN_TIP_PX.y / PIN_TEXTURE_PX.height]}
      renderOrder={30}
      userData={{ commentId: pin.key, isOverlay: true }}
    />
  );
}
