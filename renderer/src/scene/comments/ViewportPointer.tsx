/**
 * Pointer input of review mode and the measure tool, on the canvas element ahead of the
 * scene's own handlers: in the comment and measure tools a left click picks a surface point
 * (and part dragging is held off); in any tool a click on a comment pin opens it, and a
 * right click (without a drag, which pans) opens the context menu for what is under it.
 * Renders nothing.
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { startDraft } from '../../store/reviewStore';
import { focusComment } from '../../ui/review/commentOps';
import { useStudio } from '../../ui/studioContext';
import { toScene } from '../coords';
import { toClient } from '../screenProjection';
import { snapMeasurePoint, type Mm3 } from '../measure/measureSnap';
import { PINS_GROUP_NAME } from './CommentPins';
import { pickSurface, toNdc } from './pickSurface';
import type { ReviewModelGetter } from './ReviewScene';

/** Pointer travel under which a press and release count as a click, CSS px. */
const CLICK_SLOP_PX = 4;

/** Props: reads the scene's boxes and exaggeration when a click needs them. */
export function ViewportPointer({ getModel }: { getModel: ReviewModelGetter }) {
  const studio = useStudio();
  const { camera, scene, raycaster, gl } = useThree();

  useEffect(() => {
    const canvas = gl.domElement;
    const review = studio.review;
    let press: { x: number; y: number; button: number } | null = null;
    const toolActive = () => ['comment', 'measure'].includes(studio.view.getState().tool);

    function project(p: Mm3) {
      const { zScale } = getModel();
      return toClient(toScene(p.x, p.y, p.z, zScale), camera, canvas.getBoundingClientRect());
    }

    function pinAt(e: MouseEvent): string | null {
      const pins = scene.getObjectByName(PINS_GROUP_NAME);
      if (!pins || pins.children.length === 0) return null;
      raycaster.setFromCamera(toNdc(canvas, e.clientX, e.clientY), camera);
      for (const hit of raycaster.intersectObjects(pins.children, true)) {
        const id = hit.object.userData.commentId as string | undefined;
        if (id && !id.startsWith('+')) return id;
      }
      return null;
    }

    function pick(e: PointerEvent) {
      const { zScale } = getModel();
      return pickSurface(raycaster, camera, scene, toNdc(canvas, e.clientX, e.clientY), zScale);
    }

    function onDown(e: PointerEvent) {
      press = { x: e.clientX, y: e.clientY, button: e.button };
      if (e.button === 0 && (toolActive() || pinAt(e))) e.stopPropagation();
    }

    function onUp(e: PointerEvent) {
      const start = press;
      press = null;
      if (!start || start.button !== e.button) return;
      const isClick = Math.hypot(e.clientX - start.x, e.clientY - start.y) < CLICK_SLOP_PX;
      if (e.button === 2 && isClick) return openMenu(e);
      if (e.button !== 0) return;
      const pin = pinAt(e);
      if (pin || toolActive()) e.stopPropagation();
      if (!isClick) return;
      if (pin) return focusComment(studio, pin);
      const tool = studio.view.getState().tool;
      if (tool === 'comment') {
        const hit = pick(e);
        if (hit) startDraft(studio, { pointMm: hit.pointMm });
      } else if (tool === 'measure') {
        const hit = pick(e);
        if (!hit) return;
        const box = hit.componentId ? getModel().boxesById.get(hit.componentId) : undefined;
        const snapped = snapMeasurePoint(hit.pointMm, box, project, { x: e.clientX, y: e.clientY });
        const point = hit.componentId ? { ...snapped, componentId: hit.componentId } : snapped;
        const before = review.getState().measure;
        review.setState({ measure: before.length >= 2 ? [point] : [...before, point] });
      }
    }

    function openMenu(e: PointerEvent) {
      const hit = pick(e);
      if (!hit) return;
      const target = hit.componentId
        ? { kind: 'part' as const, componentId: hit.componentId, pointMm: hit.pointMm }
        : { kind: 'space' as const, pointMm: hit.pointMm };
      if (
        target.kind === 'part' &&
        !studio.view.getState().selection.includes(target.componentId)
      ) {
        studio.select([target.componentId]);
      }
      review.setState({ contextMenu: { x: e.clientX, y: e.clientY, target } });
    }

    function onClick(e: MouseEvent) {
      if (toolActive() || pinAt(e)) e.stopPropagation();
    }
    const onContextMenu = (e: Event) => e.preventDefault();

    canvas.addEventListener('pointerdown', onDown, true);
    canvas.addEventListener('pointerup', onUp, true);
    canvas.addEventListener('click', onClick, true);
    canvas.addEventListener('contextmenu', onContextMenu);
    return () => {
      canvas.removeEventListener('pointerdown', onDown, true);
      canvas.removeEventListener('pointerup', onUp, true);
      canvas.removeEventListener('click', onClick, true);
      canvas.removeEventListener('contextmenu', onContextMenu);
    };
  }, [studio, camera, scene, raycaster, gl, getModel]);
  return null;
}
