/**
 * Cooling commands: boundaries (cold plates, heatsinks, lid attaches, convection) on part
 * tops, carrier faces and region faces; the exposed faces' coefficients by orientation; the
 * ambient. A refused edit names the field, the value and the allowed range, and changes
 * nothing. How the solver applies them: docs/MODELS.md "Thermal".
 */
import { collectIds } from '../ids';
import {
  CoolingBoundarySchema,
  CoolingSchema,
  type CoolingBoundary,
  type ExposedFaces,
} from '../schema';
import { CommandError, defineCommand } from './command';
import { checkBoundaryTarget } from './coolingChecks';
import { baseDesign, findById, parseParam, requireFreeId } from './guards';

/** Coolant temperatures a boundary accepts, °C (exclusive; schema.ts CoolingBoundarySchema). */
export const COOLANT_RANGE_C = { above: -100, below: 300 } as const;
/** Ambient temperatures the design accepts, °C (exclusive; schema.ts CoolingSchema). */
export const AMBIENT_RANGE_C = { above: -60, below: 150 } as const;

/** Throws unless `value` is a finite number inside (above, below); `min` makes it inclusive. */
function requireRange(
  field: string,
  value: unknown,
  unit: string,
  range: { above?: number; below?: number; min?: number },
): void {
  const shown = typeof value === 'number' ? `${value} ${unit}` : JSON.stringify(value);
  const parts = [
    range.min !== undefined ? `≥ ${range.min}` : undefined,
    range.above !== undefined ? `> ${range.above}` : undefined,
    range.below !== undefined ? `< ${range.below}` : undefined,
  ].filter(Boolean);
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (range.min === undefined || value >= range.min) &&
    (range.above === undefined || value > range.above) &&
    (range.below === undefined || value < range.below);
  if (!ok)
    throw new CommandError(
      `${field} = ${shown} is out of range: expected ${parts.join(' and ')} ${unit}`,
    );
}

/** Checks a boundary's numbers with their units, then its shape, then its target. */
function checkedBoundary(
  draftDoc: Parameters<typeof checkBoundaryTarget>[0],
  value: CoolingBoundary,
) {
  const where = `cooling boundary "${value?.id ?? '?'}"`;
  const rating = value?.rating;
  if (rating?.kind === 'resistance') {
    requireRange(`${where} rating.kPerW`, rating.kPerW, 'K/W', { above: 0 });
  } else if (rating?.kind === 'htc') {
    requireRange(`${where} rating.wPerM2K`, rating.wPerM2K, 'W/(m²·K)', { above: 0 });
  }
  requireRange(`${where} coolantC`, value?.coolantC, '°C', COOLANT_RANGE_C);
  const boundary = parseParam(CoolingBoundarySchema, value, 'boundary');
  checkBoundaryTarget(draftDoc, boundary);
  return boundary;
}

/** Adds a boundary; its id must be new (ids.ts `ID_PREFIX.boundary`), its target must exist. */
export const addCoolingBoundary = defineCommand(
  'addCoolingBoundary',
  (draft, params: { boundary: CoolingBoundary }) => {
    const base = baseDesign(draft);
    const boundary = checkedBoundary(base, params.boundary);
    requireFreeId(collectIds(base), boundary.id);
    draft.cooling.boundaries.push(boundary);
  },
);

/** Changes any fields of a boundary but its id (name, kind, target, rating, coolant, preset). */
export const updateCoolingBoundary = defineCommand(
  'updateCoolingBoundary',
  (draft, params: { id: string; changes: Partial<Omit<CoolingBoundary, 'id'>> }) => {
    const base = baseDesign(draft);
    const current = findById(base.cooling.boundaries, params.id, 'cooling boundary');
    const next = checkedBoundary(base, { ...current, ...params.changes, id: current.id });
    // A boundary whose numbers are typed in no longer follows its preset.
    if (params.changes.rating !== undefined && params.changes.presetId === undefined) {
      delete next.presetId;
    }
    const index = base.cooling.boundaries.indexOf(current);
    draft.cooling.boundaries[index] = next;
  },
);

/** Removes the boundary with that id. */
export const removeCoolingBoundary = defineCommand(
  'removeCoolingBoundary',
  (draft, params: { id: string }) => {
    const base = baseDesign(draft);
    const current = findById(base.cooling.boundaries, params.id, 'cooling boundary');
    draft.cooling.boundaries.splice(base.cooling.boundaries.indexOf(current), 1);
  },
);

/** Sets the convection coefficients of faces no boundary covers, W/(m²·K); 0 = adiabatic. */
export const setExposedFaces = defineCommand(
  'setExposedFaces',
  (draft, params: Partial<ExposedFaces>) => {
    const next = { ...baseDesign(draft).cooling.exposed };
    for (const key of ['topHtcWm2K', 'bottomHtcWm2K', 'sidesHtcWm2K'] as const) {
      if (params[key] === undefined) continue;
      requireRange(`cooling.exposed.${key}`, params[key], 'W/(m²·K)', { min: 0 });
      next[key] = params[key];
    }
    draft.cooling.exposed = next;
  },
);

/** Sets the ambient of exposed faces, °C. */
export const setAmbient = defineCommand('setAmbient', (draft, params: { ambientC: number }) => {
  requireRange('cooling.ambientC', params.ambientC, '°C', AMBIENT_RANGE_C);
  const base = baseDesign(draft);
  draft.cooling.ambientC = parseParam(
    CoolingSchema,
    { ...base.cooling, ambientC: params.ambientC },
    'cooling',
  ).ambientC;
});
