/**
 * Factory for a new, empty, valid design: one bare PCB, no components, default cooling.
 * Pure (no clock): the caller passes anything time- or user-dependent.
 */
import { APP_VERSION } from './appVersion';
import { COPPER_FILL, materialByKey } from './materials';
import { FORMAT, FORMAT_VERSION, type Architecture, type Design, type Layer } from './schema';

/** Default board outline, mm: room for a 51.2T switch or a GPU with its scale-out ports. */
export const DEFAULT_BOARD_WIDTH_MM = 250;
export const DEFAULT_BOARD_DEPTH_MM = 200;
/** Finished PCB thickness, mm: the common 0.062 in (1.57 mm) board, rounded (an assumption). */
export const DEFAULT_BOARD_THICKNESS_MM = 1.6;

/** Copper weight of each of the four planes, µm (1 oz copper: 35 µm; an assumption). */
const PLANE_COPPER_UM = 35;
const PLANE_COUNT = 4;

/**
 * The board's single lumped layer: FR-4 with four copper planes; its conductivities follow
 * from the copper fill (layerConductivity.ts → materials.ts `laminateConductivity`, source
 * pcb-effective-k-mixing; plane fill COPPER_FILL.plane).
 */
function defaultBoardLayer(): Layer {
  const fr4 = materialByKey('fr4');
  if (fr4 === undefined) throw new Error('materials.ts lost its "fr4" entry');
  const planes = [{ thicknessUm: PLANE_COPPER_UM, fill: COPPER_FILL.plane, count: PLANE_COUNT }];
  return {
    name: `PCB laminate (${PLANE_COUNT} copper planes)`,
    material: fr4.key,
    thicknessMm: DEFAULT_BOARD_THICKNESS_MM,
    copper: planes,
  };
}

/** Options for a new design; every field has a default. */
export interface NewDocumentOptions {
  /** Design name shown in the title bar; default "Untitled design". */
  readonly name?: string;
  /** Default "npo". */
  readonly architecture?: Architecture;
  /** Default "". */
  readonly author?: string;
}

/**
 * Returns an empty design on a bare 250 × 200 × 1.6 mm PCB with id "board".
 * Cooling (assumptions): 25 °C ambient, inside the ASHRAE TC 9.9 recommended inlet range
 * 18–27 °C; 10 W/(m²·K) on exposed faces, within the 2–25 W/(m²·K) given for free convection
 * in gases by Incropera, Fundamentals of Heat and Mass Transfer, table 1.1.
 */
export function newDocument(options: NewDocumentOptions = {}): Design {
  return {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    appVersion: APP_VERSION,
    units: { length: 'mm', angle: 'deg', temperature: 'C' },
    meta: {
      name: options.name ?? 'Untitled design',
      variant: '',
      architecture: options.architecture ?? 'npo',
      system: '',
      author: options.author ?? '',
      description: '',
    },
    materials: [],
    parts: [],
    carriers: [
      {
        id: 'board',
        name: 'Main board',
        kind: 'pcb',
        originMm: { x: 0, y: 0 },
        widthMm: DEFAULT_BOARD_WIDTH_MM,
        depthMm: DEFAULT_BOARD_DEPTH_MM,
        standoffMm: 0,
        layers: [defaultBoardLayer()],
      },
    ],
    components: [],
    links: [],
    fibers: [],
    keepOuts: [],
    cooling: {
      ambientC: 25,
      exposed: { topHtcWm2K: 10, bottomHtcWm2K: 10, sidesHtcWm2K: 10 },
      boundaries: [],
    },
    comments: [],
    scenarios: [],
  };
}
