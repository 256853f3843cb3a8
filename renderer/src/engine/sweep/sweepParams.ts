/**
 * The parameters a sweep can vary, by name (docs/MODELS.md "Comparison and sweeps"). Each
 * edit returns a new document and leaves the input untouched:
 * - oe-distance-mm: optical engines move radially away from their xPU by the value, mm
 *   (moveOpticalEngines.ts); 0 is the design as drawn.
 * - cooling-htc: convection coefficient of exposed faces, cooling.exposedHtcWm2K, W/(m²·K).
 * - cold-plate-resistance: resistanceKPerW of every cold-plate heatsink, K/W.
 * - lane-rate: laneRateGbps of every link, Gb/s line rate (106.25 = 112G PAM4 class,
 *   212.5 = 224G class).
 * - port-speed: lanes of every link = round(value ÷ (lane rate ÷ 1.0625)), i.e. the port's
 *   payload Gb/s over each lane's payload (800 → 8 lanes at 106.25 Gb/s, 3200 → 32).
 * - ambient-c: cooling.ambientC, °C, and the coolant of every air heatsink (air-cooled fins
 *   reject heat to the ambient air; cold plates keep their coolant temperature).
 */
import type { PartLibrary } from '../../model/partSchema';
import type { CoolingBoundary, Design } from '../../model/schema';
import { moveOpticalEngines } from './moveOpticalEngines';

/** A parameter the design cannot take (e.g. a cold-plate sweep on a design without one). */
export class SweepParamError extends Error {
  override readonly name = 'SweepParamError';
}

/** One sweepable parameter. */
export interface SweepParam {
  readonly unit: string;
  readonly description: string;
  /** Applies `value` to a copy of `doc`; throws SweepParamError when it cannot. */
  apply(doc: Design, library: PartLibrary, value: number): Design;
}

/** Line rate over payload rate of the 64b/66b-class encodings the power model uses. */
const LINE_OVER_PAYLOAD = 1.0625;

function positive(name: string, value: number): void {
  if (!(value > 0)) throw new SweepParamError(`${name} must be above 0, got ${value}`);
}

/** Every sweep parameter by name. */
export const SWEEP_PARAMS = {
  'oe-distance-mm': {
    unit: 'mm',
    description: 'move every optical engine radially away from its xPU by the value',
    apply: (doc, library, value) => moveOpticalEngines(doc, library, value),
  },
  'cooling-htc': {
    unit: 'W/(m²·K)',
    description: 'heat-transfer coefficient of every exposed face (cooling.exposed)',
    apply(doc, _library, value) {
      if (!(value >= 0)) throw new SweepParamError(`cooling-htc must be 0 or more, got ${value}`);
      const exposed = { topHtcWm2K: value, bottomHtcWm2K: value, sidesHtcWm2K: value };
      return { ...doc, cooling: { ...doc.cooling, exposed } };
    },
  },
  'cold-plate-resistance': {
    unit: 'K/W',
    description: 'thermal resistance of every cold plate rated by resistance to its coolant',
    apply(doc, _library, value) {
      positive('cold-plate-resistance', value);
      const isPlate = (h: CoolingBoundary) =>
        h.kind === 'cold-plate' && h.rating.kind === 'resistance';
      if (!doc.cooling.boundaries.some(isPlate))
        throw new SweepParamError('the design has no cold plate rated by resistance to vary');
      const boundaries = doc.cooling.boundaries.map((h) =>
        isPlate(h) ? { ...h, rating: { kind: 'resistance' as const, kPerW: value } } : h,
      );
      return { ...doc, cooling: { ...doc.cooling, boundaries } };
    },
  },
  'lane-rate': {
    unit: 'Gb/s',
    description: 'line rate of every lane of every link (106.25 or 212.5 for 112G/224G)',
    apply(doc, _library, value) {
      positive('lane-rate', value);
      if (value > 1000) throw new SweepParamError(`lane-rate must be at most 1000, got ${value}`);
      return { ...doc, links: doc.links.map((l) => ({ ...l, laneRateGbps: value })) };
    },
  },
  'port-speed': {
    unit: 'Gb/s',
    description: 'payload per link (800 to 3200): sets the lanes of every link',
    apply(doc, _library, value) {
      positive('port-speed', value);
      const links = doc.links.map((l) => {
        const lanes = Math.round(value / (l.laneRateGbps / LINE_OVER_PAYLOAD));
        if (lanes < 1 || lanes > 1024)
          throw new SweepParamError(`port-speed ${value} needs ${lanes} lanes on ${l.id} (1–1024)`);
        return { ...l, lanes };
      });
      return { ...doc, links };
    },
  },
  'ambient-c': {
    unit: '°C',
    description: 'ambient temperature, and the coolant of air heatsinks',
    apply(doc, _library, value) {
      if (!(value > -60 && value < 150))
        throw new SweepParamError(`ambient-c must be between -60 and 150, got ${value}`);
      const boundaries = doc.cooling.boundaries.map((h) =>
        h.kind === 'air-heatsink' || h.kind === 'convection' ? { ...h, coolantC: value } : h,
      );
      return { ...doc, cooling: { ...doc.cooling, ambientC: value, boundaries } };
    },
  },
} as const satisfies Record<string, SweepParam>;

/** A sweep parameter name. */
export type SweepParamName = keyof typeof SWEEP_PARAMS;

/** Every parameter name, in the documented order. */
export const SWEEP_PARAM_NAMES = Object.keys(SWEEP_PARAMS) as SweepParamName[];

/** True when `name` is a sweep parameter. */
export function isSweepParamName(name: string): name is SweepParamName {
  return Object.hasOwn(SWEEP_PARAMS, name);
}
