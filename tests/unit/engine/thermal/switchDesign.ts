/**
 * A test design built from the schema: a 51.2T switch ASIC with 16 1.6T optical engines
 * (4 per edge) on one organic package substrate (CPO Type A), on a switch PCB, under a
 * liquid cold plate. Real parts (assets/parts), conductivities from model/materials.ts,
 * cooling defaults from model/data/thermal.ts.
 */
import {
  HTC_W_M2K,
  SINK_RESISTANCE_K_PER_W,
  DEFAULT_TEMPS_C,
} from '../../../../renderer/src/model/data/thermal';
import { laminateConductivity, materialByKey } from '../../../../renderer/src/model/materials';
import {
  FORMAT,
  FORMAT_VERSION,
  type Component,
  type Design,
  type Layer,
} from '../../../../renderer/src/model/schema';

function laminate(name: string, key: string, thicknessMm: number, copperFraction: number): Layer {
  const k = laminateConductivity(materialByKey(key)!, copperFraction);
  return {
    name,
    material: key,
    thicknessMm,
    kInPlaneWmK: k.inPlaneWmK,
    kThroughPlaneWmK: k.throughPlaneWmK,
  };
}

/** Options: gap between the package lid edge and the first engine, mm; engines cooled too. */
export interface SwitchDesignOptions {
  gapMm?: number;
  coldPlateOverEngines?: boolean;
  enginePartId?: string;
}

export const BOARD_MM = 240;
export const SUBSTRATE_MM = 150;
export const CENTRE = BOARD_MM / 2;

export function switchDesign({
  gapMm = 6,
  coldPlateOverEngines = false,
  enginePartId = 'oe-1t6',
}: SwitchDesignOptions = {}): Design {
  const subOrigin = CENTRE - SUBSTRATE_MM / 2;
  const engines: Component[] = [];
  const sides = [
    { dx: 0, dy: 1, rot: 270 },
    { dx: 1, dy: 0, rot: 180 },
    { dx: 0, dy: -1, rot: 90 },
    { dx: -1, dy: 0, rot: 0 },
  ];
  // Engines 12 × 16 mm, host edge towards the switch; 16 mm along the edge after rotation.
  sides.forEach((s, si) => {
    for (let n = 0; n < 4; n++) {
      const along = (n - 1.5) * 19;
      const out = 40 + gapMm + 6;
      const x = CENTRE + s.dx * out + (s.dx === 0 ? along : 0);
      const y = CENTRE + s.dy * out + (s.dy === 0 ? along : 0);
      engines.push({
        id: `oe${si * 4 + n}`,
        partId: enginePartId,
        name: `OE${si * 4 + n}`,
        positionMm: { x, y },
        rotationDeg: s.rot,
        mount: { carrierId: 'sub', side: 'top' },
      });
    }
  });
  const asic: Component = {
    id: 'asic',
    partId: 'switch-51t2',
    name: 'U1',
    positionMm: { x: CENTRE, y: CENTRE },
    rotationDeg: 0,
    mount: { carrierId: 'sub', side: 'top' },
  };
  return {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    materials: [],
    parts: [],
    appVersion: '0.1.0',
    units: { length: 'mm', angle: 'deg', temperature: 'C' },
    meta: {
      name: 'thermal test switch',
      variant: 'CPO Type A',
      architecture: 'cpo-a',
      system: '51.2T switch, 16 × 1.6T OE',
      author: '',
      description: '',
    },
    carriers: [
      {
        id: 'board',
        name: 'PCB',
        kind: 'pcb',
        originMm: { x: 0, y: 0 },
        widthMm: BOARD_MM,
        depthMm: BOARD_MM,
        standoffMm: 0,
        layers: [
          laminate('bottom build-up', 'megtron7', 1, 0.06),
          laminate('plane core', 'megtron7', 1.2, 0.1),
          laminate('top build-up', 'megtron7', 1, 0.06),
        ],
      },
      {
        id: 'sub',
        name: 'package substrate',
        kind: 'substrate',
        onCarrierId: 'board',
        originMm: { x: subOrigin, y: subOrigin },
        widthMm: SUBSTRATE_MM,
        depthMm: SUBSTRATE_MM,
        standoffMm: 0.5,
        layers: [
          laminate('bottom ABF', 'abf', 0.35, 0.15),
          laminate('core', 'substrate-core', 0.8, 0.07),
          laminate('top ABF', 'abf', 0.35, 0.15),
        ],
      },
    ],
    components: [asic, ...engines],
    links: [],
    fibers: [],
    keepOuts: [],
    cooling: {
      ambientC: DEFAULT_TEMPS_C['ambient-air'].value,
      exposed: {
        topHtcWm2K: HTC_W_M2K['forced-air'].value,
        bottomHtcWm2K: HTC_W_M2K['forced-air'].value,
        sidesHtcWm2K: HTC_W_M2K['forced-air'].value,
      },
      boundaries: [
        {
          id: 'coldplate',
          name: 'Cold plate',
          kind: 'cold-plate',
          target: {
            kind: 'components',
            componentIds: coldPlateOverEngines ? ['asic', ...engines.map((e) => e.id)] : ['asic'],
          },
          rating: { kind: 'resistance', kPerW: SINK_RESISTANCE_K_PER_W['cold-plate'].value },
          coolantC: DEFAULT_TEMPS_C['coolant-inlet'].value,
        },
      ],
    },
    comments: [],
    scenarios: [],
  };
}
