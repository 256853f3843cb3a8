/**
 * The document envelope of a generated design, its main board and the placement helper
 * every builder uses.
 */
import { APP_VERSION } from '../appVersion';
import { FORMAT, FORMAT_VERSION, type Architecture, type Component, type Design } from '../schema';
import { switchBoardLayers } from './stacks';
import { AMBIENT_C, BOARD, BOX_AIR_HTC, COLUMNS, COLUMN_PITCH_MM } from './templateConstants';
import type { TemplateContext } from './templateContext';
import { portSpeedLabel } from './words';

/** x of front-panel column `i` (0 = leftmost) of `columns` centred on the board. */
export function columnX(i: number, columns: number = COLUMNS): number {
  return BOARD.widthMm / 2 + (i - (columns - 1) / 2) * COLUMN_PITCH_MM;
}

/** A component on carrier `carrierId` (top side unless stacked on `onComponentId`). */
export function place(
  id: string,
  partId: string,
  name: string,
  x: number,
  y: number,
  rotationDeg: number,
  carrierId: string,
  onComponentId?: string,
): Component {
  const mount = onComponentId
    ? { carrierId, side: 'top' as const, onComponentId }
    : { carrierId, side: 'top' as const };
  return { id, partId, name, positionMm: { x, y }, rotationDeg, mount };
}

/** The main board carrier. */
export function mainBoard(): Design['carriers'][number] {
  return {
    id: 'board',
    name: 'Switch main board (20-layer Megtron 7-class, 3.2 mm)',
    kind: 'pcb',
    originMm: { x: 0, y: 0 },
    widthMm: BOARD.widthMm,
    depthMm: BOARD.depthMm,
    standoffMm: 0,
    layers: switchBoardLayers(),
  };
}

/** The xPU's short name: "51.2T switch", "14.4T GPU". */
export function systemShortName(ctx: TemplateContext): string {
  return `${ctx.params.capacityTbps}T ${ctx.params.xpu.kind === 'switch' ? 'switch' : 'GPU'}`;
}

/** One line naming the system the design lays out. */
export function systemLine(ctx: TemplateContext): string {
  const { params, xpu } = ctx;
  const family = ctx.own.includes(xpu) ? '' : (/\(([^)]*)\)/.exec(xpu.name)?.[1] ?? '');
  const about = `${family ? `${family}, ` : ''}~${params.xpu.powerW} W`;
  const rateClass = params.laneRateGbps === 106.25 ? '112G' : '224G';
  const lanes = `${ctx.portCount} × ${portSpeedLabel(ctx.portGbps)} ports = ${ctx.totalLanes} lanes of ${params.laneRateGbps} Gb/s PAM4 (${rateClass}-class SerDes)`;
  return params.xpu.kind === 'switch'
    ? `${params.capacityTbps} Tb/s Ethernet switch: one ${xpu.id} ASIC (${about}), ${lanes}`
    : `${params.capacityTbps} Tb/s GPU I/O: one ${xpu.id} GPU (${about}), ${lanes}`;
}

/** Document envelope with the given variant label and empty content lists. */
export function envelope(
  ctx: TemplateContext,
  architecture: Architecture,
  variant: string,
): Design {
  const rate = ctx.params.laneRateGbps === 106.25 ? '' : ', 224G';
  return {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    appVersion: APP_VERSION,
    units: { length: 'mm', angle: 'deg', temperature: 'C' },
    meta: {
      name: `${systemShortName(ctx)}${rate} — ${variant}`,
      variant,
      architecture,
      system: systemLine(ctx),
      author: 'Lightpath Studio examples',
      description: '',
    },
    materials: [],
    parts: ctx.own,
    carriers: [mainBoard()],
    components: [],
    links: [],
    fibers: [],
    keepOuts: [],
    cooling: {
      ambientC: AMBIENT_C,
      exposed: { topHtcWm2K: BOX_AIR_HTC, bottomHtcWm2K: BOX_AIR_HTC, sidesHtcWm2K: BOX_AIR_HTC },
      boundaries: [],
    },
    comments: [],
    scenarios: [
      { id: 'hot-inlet', name: 'Hot inlet air (45 °C)', params: { 'cooling.ambientC': 45 } },
    ],
  };
}
