/**
 * Fixed numbers of the generated designs: the board and its front panel, where the xPU sits,
 * the cooling figures (from the data tables, with their sources) and the fixed stamps that
 * keep the text reproducible.
 *
 * Coordinates follow the schema: x right, y away from the viewer (into the box), z up. The
 * front of the box is y = 0; pluggables protrude MODULE_OVERHANG_MM ahead of the faceplate,
 * so the board outline is drawn from the modules' front to keep them on the carrier.
 */
import { DEFAULT_TEMPS_C, SINK_RESISTANCE_K_PER_W } from '../data/thermal';
import { finnedTopResistanceKPerW } from './moduleFins';

/** Fixed timestamp of the review comments, so the files are reproducible. */
export const COMMENT_TIME = '2026-11-20T10:00:00Z';

/** Main board outline, mm (19-inch, 2RU-class switch board). */
export const BOARD = { widthMm: 440, depthMm: 430 } as const;
/** How far an OSFP module or laser source sticks out ahead of its cage (107.8 − 80 mm). */
export const MODULE_OVERHANG_MM = 27.8;
/** y of the faceplate (the cages' front edge). */
export const FACEPLATE_Y = MODULE_OVERHANG_MM;
/** Front-panel column pitch (OSFP cage 23.5 mm + 1.5 mm wall), and the number of columns. */
export const COLUMN_PITCH_MM = 25;
export const COLUMNS = 16;
/** Most cages stacked in one column (2 × 1 stacked cages mounted belly-to-belly). */
export const CAGE_LEVELS = 4;
/** Centre of the xPU package on the board when optics sit around it (NPO, CPO). */
export const XPU_CENTRE = { x: 220, y: 240 } as const;
/**
 * Centre of the xPU in the pluggable variants: nearer the faceplate (40 mm from the cages'
 * host connectors to the package edge of an 80 mm package), to keep the host traces short.
 */
export const PLUGGABLE_XPU_CENTRE = { x: 220, y: 188 } as const;
/** Ambient air inside the box and facility coolant, °C (model/data/thermal.ts DEFAULT_TEMPS_C). */
export const AMBIENT_C = DEFAULT_TEMPS_C['ambient-air'].value;
export const COOLANT_C = DEFAULT_TEMPS_C['coolant-inlet'].value;
/**
 * Liquid cold plate on the xPU package, K/W: the data table's cold-plate resistance
 * (model/data/thermal.ts SINK_RESISTANCE_K_PER_W, source cold-plate-resistance).
 */
export const COLD_PLATE_K_PER_W = SINK_RESISTANCE_K_PER_W['cold-plate'].value;
/**
 * Forced-air finned top of one front-panel OSFP module or laser source, K/W: computed from
 * the fins and the forced-air heat-transfer coefficient (moduleFins.ts).
 */
export const MODULE_HEATSINK_K_PER_W = finnedTopResistanceKPerW();
/** Forced-air convection on faces without a heatsink, W/(m²·K) (lightpath-estimate, 10–100 range). */
export const BOX_AIR_HTC = 30;
/** Per-engine cold-plate branch of NPO, K/W (lightpath-estimate: small 10 × 14 mm contact on the shared loop). */
export const ENGINE_PLATE_K_PER_W = 1;
