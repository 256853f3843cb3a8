/**
 * Pointer input of the rule-finding markers: with the select tool, a left click on a marker
 * (without Shift, Ctrl or Cmd, which keep box and toggle selection) selects its finding's
 * parts and makes that finding active; hovering a marker reports it for the tooltip. Markers
 * are picked by distance on screen, not by raycasting points. Markers are drawn over
 * everything, so a press on one goes to the marker only: it is taken in the capture phase on
 * the canvas's parent, before the canvas's own listeners (comment pins, orbit controls, box
 * select) and the scene's handlers (part picking and dragging) see it.
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { Studio } from '../../store/studio';
import { MARKER_SIZE_PX } from './markerMaterial';

/** How far from a marker's centre a press still hits it, CSS px. */
export const HIT_RADIUS_PX = MARKER_SIZE_PX / 2 + 3;

/** Pointer travel under which a press and release count as a click, CSS px. */
const CLICK_SLOP_PX = 4;

/** What the pointer handling needs of the drawn markers. */
export interface MarkerPointerTarget {
  /** Index of the marker under a client point, and that marker's client position. */
  markerAt(x: number, y: number): { marker: number; x: number; y: number } | null;
  onClick(marker: number): void;
  onHover(hit: { marker: number; x: number; y: number } | null): void;
}

/** Installs the handlers while markers are drawn (`target` null: nothing drawn). */
export function useMarkerPointer(studio: Studio, target: MarkerPointerTarget | null): void {
  const canvas = useThree((s) => s.gl.domElement);
  useEffect(() => {
    const host = canvas.parentElement;
    if (!target || !host) return;
    let press: { x: number; y: number; marker: number } | null = null;
    let hovered: number | null = null;
    const hit = (e: MouseEvent) => {
      if (e.target !== canvas || e.button !== 0 || e.shiftKey || e.ctrlKey || e.metaKey)
        return null;
      return studio.view.getState().tool === 'select'
        ? target.markerAt(e.clientX, e.clientY)
        : null;
    };
    function onDown(e: PointerEvent) {
      onLeave();
      const found = hit(e);
      press = found ? { x: e.clientX, y: e.clientY, marker: found.marker } : null;
      if (found) e.stopPropagation();
    }
    function onUp(e: PointerEvent) {
      const start = press;
      press = null;
      if (!start || e.button !== 0) return;
      e.stopPropagation();
      if (Math.hypot(e.clientX - start.x, e.clientY - start.y) < CLICK_SLOP_PX)
        target!.onClick(start.marker);
    }
    function onClick(e: MouseEvent) {
      if (hit(e)) e.stopPropagation();
    }
    function onMove(e: PointerEvent) {
      const found =
        e.buttons === 0 && studio.view.getState().tool === 'select'
          ? target!.markerAt(e.clientX, e.clientY)
          : null;
      const marker = found?.marker ?? null;
      if (marker === hovered) return;
      hovered = marker;
      canvas.style.cursor = found ? 'pointer' : '';
      target!.onHover(found);
    }
    function onLeave() {
      if (hovered === null) return;
      hovered = null;
      canvas.style.cursor = '';
      target!.onHover(null);
    }
    host.addEventListener('pointerdown', onDown, true);
    host.addEventListener('pointerup', onUp, true);
    host.addEventListener('click', onClick, true);
    canvas.addEventListener('pointermove', onMove);
    canvas.addEventListener('pointerleave', onLeave);
    canvas.addEventListener('wheel', onLeave, { passive: true });
    return () => {
      host.removeEventListener('pointerdown', onDown, true);
      host.removeEventListener('pointerup', onUp, true);
      host.removeEventListener('click', onClick, true);
      canvas.removeEventListener('pointermove', onMove);
      canvas.removeEventListener('pointerleave', onLeave);
      canvas.removeEventListener('wheel', onLeave);
      if (hovered !== null) target.onHover(null);
    };
  }, [studio, canvas, target]);
}
