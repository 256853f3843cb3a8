/**
 * Factory for a new, empty, valid design: one bare PCB, no components, default cooling.
 * Pure (no clock): the caller passes anything time- or user-dependent.
 */
import { APP_VERSION } from './appVersion';
import { FORMAT, FORMAT_VERSION, type Architecture, type Design, type Layer } from './schema';

/** Default board outline, mm: room for a 51.2T switch or a GPU with its scale-out ports. */
export const DEFAULT_BOARD_WIDTH_MM = 250;
export const DEFAULT_BOARD_DEPTH_MM = 200;
/** Standard finished PCB thickness, mm (IPC-2221 common value, 0.062 in). */
export const DEFAULT_BOARD_THICKNESS_MM = 1.6;

/** Thermal conductivity of FR-4 through the plane, W/(m·K) (DATA.md, handbook value). */
const FR4_K_WMK = 0.3;
/** Thermal conductivity of copper, W/(m·K) (DATA.md, handbook value 390–400). */
const COPPER_K_WMK = 390;
/** Assumed copper: four full planes of 1 oz (35 µm) copper — an assumption, not a source. */
const COPPER_THICKNESS_MM = 4 * 0.035;

/**
 * The board's effective conductivities from its copper fill (DATA.md: "compute it from
 * copper fill"): in-plane the layers conduct in parallel (thickness-weighted mean),
 * through the plane in series (thickness-weighted harmonic mean).
 */
function defaultBoardLayer(): Layer {
  const copperFraction = COPPER_THICKNESS_MM / DEFAULT_BOARD_THICKNESS_MM;
  const dielectricFraction = 1 - copperFraction;
  const kInPlane = copperFraction * COPPER_K_WMK + dielectricFraction * FR4_K_WMK;
  const kThrough = 1 / (copperFraction / COPPER_K_WMK + dielectricFraction / FR4_K_WMK);
  return {
    name: 'PCB laminate (4 copper planes)',
    material: 'fr4',
    thicknessMm: DEFAULT_BOARD_THICKNESS_MM,
    kInPlaneWmK: Math.round(kInPlane * 1000) / 1000,
    kThroughPlaneWmK: Math.round(kThrough * 1000) / 1000,
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
 * Cooling: 25 °C ambient (ASHRAE class A1 recommended inlet range 18–27 °C; assumption)
 * and 10 W/(m²·K) on exposed faces (natural convection in air, handbook range 2–25).
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
    cooling: { ambientC: 25, exposedHtcWm2K: 10, heatsinks: [] },
    comments: [],
    scenarios: [],
  };
}
