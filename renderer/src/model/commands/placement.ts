/**
 * Placement commands: move and rotate components. Positions are global mm (the
 * component's centre), rotations degrees counter-clockwise about z, normalised to [0, 360).
 */
import { z } from 'zod';
import { MAX_COORDINATE_MM } from '../limits';
import { normalizeAngleDeg, normalizeNumber } from '../numbers';
import { defineCommand } from './command';
import type { Component } from '../schema';
import { findById, indicesOf, parseParam, requireAll } from './guards';

const coordinate = z.number().min(-MAX_COORDINATE_MM).max(MAX_COORDINATE_MM);
const PointSchema = z.object({ x: coordinate, y: coordinate });
const DeltaSchema = z.object({ x: z.number(), y: z.number() });
const AngleSchema = z.number();

/** Sets a centre, writing nothing when it is unchanged (so a no-op move adds no history step). */
function place(component: { positionMm: { x: number; y: number } }, x: number, y: number) {
  if (component.positionMm.x !== x) component.positionMm.x = x;
  if (component.positionMm.y !== y) component.positionMm.y = y;
}

/** Moves one component so its centre is at `positionMm` (global mm). */
export const movePart = defineCommand(
  'movePart',
  (draft, params: { id: string; positionMm: { x: number; y: number } }) => {
    const point = parseParam(PointSchema, params.positionMm, 'positionMm');
    const component = findById(draft.components, params.id, 'component');
    place(component, normalizeNumber(point.x), normalizeNumber(point.y));
  },
);

/** Moves several components by the same offset `deltaMm` (mm), e.g. at the end of a drag. */
export const moveParts = defineCommand(
  'moveParts',
  (draft, params: { ids: readonly string[]; deltaMm: { x: number; y: number } }) => {
    const delta = parseParam(DeltaSchema, params.deltaMm, 'deltaMm');
    requireAll(draft.components, params.ids, 'component');
    for (const index of indicesOf(draft.components, new Set(params.ids))) {
      const component = draft.components[index] as Component;
      const x = normalizeNumber(component.positionMm.x + delta.x);
      const y = normalizeNumber(component.positionMm.y + delta.y);
      parseParam(PointSchema, { x, y }, 'resulting positionMm');
      place(component, x, y);
    }
  },
);

/** Sets one component's rotation to `rotationDeg` (normalised to [0, 360)). */
export const rotatePart = defineCommand(
  'rotatePart',
  (draft, params: { id: string; rotationDeg: number }) => {
    const angle = parseParam(AngleSchema, params.rotationDeg, 'rotationDeg');
    findById(draft.components, params.id, 'component').rotationDeg = normalizeAngleDeg(angle);
  },
);

/**
 * Rotates several components by `deltaDeg` about the centroid of their centres: each
 * centre turns about that point and each rotation grows by `deltaDeg` (normalised).
 * A single component therefore turns in place.
 */
export const rotateParts = defineCommand(
  'rotateParts',
  (draft, params: { ids: readonly string[]; deltaDeg: number }) => {
    const deltaDeg = parseParam(AngleSchema, params.deltaDeg, 'deltaDeg');
    requireAll(draft.components, params.ids, 'component');
    const indices = indicesOf(draft.components, new Set(params.ids));
    const chosen = indices.map((index) => draft.components[index] as Component);
    if (chosen.length === 0) return;
    const cx = chosen.reduce((sum, c) => sum + c.positionMm.x, 0) / chosen.length;
    const cy = chosen.reduce((sum, c) => sum + c.positionMm.y, 0) / chosen.length;
    const radians = (deltaDeg * Math.PI) / 180;
    const cos = Math.cos(radians);
    const sin = Math.sin(radians);
    for (const component of chosen) {
      const dx = component.positionMm.x - cx;
      const dy = component.positionMm.y - cy;
      if (chosen.length > 1) {
        const turned = {
          x: normalizeNumber(cx + dx * cos - dy * sin),
          y: normalizeNumber(cy + dx * sin + dy * cos),
        };
        parseParam(PointSchema, turned, 'resulting positionMm');
        place(component, turned.x, turned.y);
      }
      component.rotationDeg = normalizeAngleDeg(component.rotationDeg + deltaDeg);
    }
  },
);
