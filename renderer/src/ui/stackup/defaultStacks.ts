/**
 * Starting layers and outline of a carrier added from the Stack-up panel, per kind: starting
 * points the user edits (source: lightpath-estimate, docs/DATA-SOURCES.md "Estimates"; the
 * same build-ups as the example designs, tests/fixtures/examples/stacks.ts).
 * - pcb: one 1.6 mm FR-4 laminate with four 35 µm planes (as newDocument.ts);
 * - substrate: ABF 0.35 / core 0.8 / ABF 0.35 mm (a 10-2-10 organic substrate), on BGA joints;
 * - interposer-2.5d: 0.1 mm silicon with a 50 µm oxide/RDL layer, on C4 bumps;
 * - interposer-3d: 0.1 mm active base die, on micro-bumps.
 */
import { COPPER_FILL } from '../../model/materials';
import type { CarrierKind, Layer } from '../../model/schema';

/** What a new carrier of a kind starts with. */
export interface CarrierStart {
  readonly layers: readonly Layer[];
  /** Joint height below the carrier, mm. */
  readonly standoffMm: number;
  /** Default outline, mm. */
  readonly widthMm: number;
  readonly depthMm: number;
}

const planes = (count: number, thicknessUm: number) => [
  { thicknessUm, fill: COPPER_FILL.plane, count },
];

/** Starting layers, stand-off and outline per carrier kind. */
export const CARRIER_STARTS: Readonly<Record<CarrierKind, CarrierStart>> = {
  pcb: {
    layers: [{ name: 'laminate', material: 'fr4', thicknessMm: 1.6, copper: planes(4, 35) }],
    standoffMm: 0.5,
    widthMm: 100,
    depthMm: 80,
  },
  substrate: {
    layers: [
      { name: 'bottom ABF build-up', material: 'abf', thicknessMm: 0.35, copper: planes(4, 15) },
      { name: 'core', material: 'substrate-core', thicknessMm: 0.8, copper: planes(2, 35) },
      { name: 'top ABF build-up', material: 'abf', thicknessMm: 0.35, copper: planes(4, 15) },
    ],
    standoffMm: 0.5,
    widthMm: 60,
    depthMm: 60,
  },
  'interposer-2.5d': {
    layers: [
      { name: 'silicon interposer', material: 'silicon', thicknessMm: 0.1 },
      { name: 'RDL', material: 'sio2', thicknessMm: 0.05 },
    ],
    standoffMm: 0.08,
    widthMm: 40,
    depthMm: 30,
  },
  'interposer-3d': {
    layers: [{ name: 'active base die', material: 'silicon', thicknessMm: 0.1 }],
    standoffMm: 0.03,
    widthMm: 20,
    depthMm: 20,
  },
};
