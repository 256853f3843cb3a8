/**
 * Box selection: Shift+drag (or drag with the select tool on empty space while holding
 * Shift) draws a rectangle; on release every component whose top centre projects inside it
 * is selected (Ctrl/Cmd held as well adds to the selection). A Shift+click without a drag is
 * left to the parts (toggle). Orbit controls pause during the drag. Renders a DOM rectangle
 * over the canvas; nothing in the scene.
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Vector3 } from 'three';
import { toScene } from './coords';
import type { ComponentBox } from './layout';
import { useStudio } from '../ui/studioContext';

/** Pointer travel that turns a Shift-press into a box selection, CSS px. */
const BOX_THRESHOLD_PX = 4;

type Controls = { enabled: boolean } | null;

/** Props: all component boxes and the vertical exaggeration. */
export function BoxSelect({ boxes, zScale }: { boxes: ComponentBox[]; zScale: number }) {
  const studio = useStudio();
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const controls = useThree((s) => s.controls) as unknown as Controls;

  useEffect(() => {
    const canvas = gl.domElement;
    let start: { x: number; y: number; pointerId: number } | null = null;
    let rect: HTMLDivElement | null = null;

    function bounds(e: PointerEvent) {
      const s = start as { x: number; y: number };
      return {
        left: Math.min(s.x, e.clientX),
        top: Math.min(s.y, e.clientY),
        right: Math.max(s.x, e.clientX),
        bottom: Math.max(s.y, e.clientY),
      };
    }
    function onDown(e: PointerEvent) {
      if (e.button !== 0 || !e.shiftKey) return;
      start = { x: e.clientX, y: e.clientY, pointerId: e.pointerId };
      if (controls) controls.enabled = false;
    }
    function onMove(e: PointerEvent) {
      if (!start || e.pointerId !== start.pointerId) return;
      const b = bounds(e);
      if (!rect && b.right - b.left + b.bottom - b.top < BOX_THRESHOLD_PX) return;
      if (!rect) {
        rect = document.createElement('div');
        rect.className = 'box-select';
        rect.dataset.testid = 'box-select';
        document.body.appendChild(rect);
      }
      Object.assign(rect.style, {
        left: `${b.left}px`,
        top: `${b.top}px`,
        width: `${b.right - b.left}px`,
        height: `${b.bottom - b.top}px`,
      });
    }
    function onUp(e: PointerEvent) {
      if (!start || e.pointerId !== start.pointerId) return;
      const b = bounds(e);
      const isBox = rect !== null;
      rect?.remove();
      rect = null;
      start = null;
      if (controls) controls.enabled = true;
      if (!isBox) return;
      const area = canvas.getBoundingClientRect();
      const p = new Vector3();
      camera.updateMatrixWorld();
      const inside = boxes
        .filter((box) => {
          p.set(...toScene(box.x, box.y, box.z + box.sizeZ, zScale)).project(camera);
          const x = area.left + ((p.x + 1) / 2) * area.width;
          const y = area.top + ((1 - p.y) / 2) * area.height;
          return p.z <= 1 && x >= b.left && x <= b.right && y >= b.top && y <= b.bottom;
        })
        .map((box) => box.id);
      const keep = e.ctrlKey || e.metaKey ? studio.view.getState().selection : [];
      studio.select([...keep, ...inside]);
    }
    canvas.addEventListener('pointerdown', onDown, { capture: true });
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    return () => {
      canvas.removeEventListener('pointerdown', onDown, { capture: true });
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      rect?.remove();
    };
  }, [gl, camera, controls, boxes, zScale, studio]);
  return null;
}
