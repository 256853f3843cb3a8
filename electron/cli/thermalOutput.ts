/**
 * The thermal part of `lightpath analyze`: the `thermal` JSON object (docs/CLI.md) and a
 * readable table. The object is the engine's summary (engine/thermal/thermalSummary.ts) with
 * the mesh preset in front, the same object the report's metrics export carries.
 */
import type { ThermalResult } from '../../renderer/src/engine/thermal';
import { thermalSummary } from '../../renderer/src/engine/thermal/thermalSummary';

/** Part categories listed in the table whatever their margin (the ones an engineer watches). */
const WATCHED = new Set(['xpu', 'optical-engine', 'laser-source', 'pluggable-module']);

/** Hotspots and couplings listed in the table. */
const TABLE_TOP = 5;

/** The `thermal` object of `analyze --json`. */
export function thermalJson(result: ThermalResult) {
  return { preset: result.grid.preset, ...thermalSummary(result) };
}

/** True when a part is over its temperature limit (what `--strict` fails on). */
export function hasOverLimit(result: ThermalResult): boolean {
  return result.components.some((c) => c.marginC < 0);
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

/** The readable thermal section: solver figures, watched parts, hotspots, couplings. */
export function thermalTable(result: ThermalResult): string {
  const drift = new Map(result.optical.map((o) => [o.id, o.ringDriftNm]));
  const shown = result.components.filter((c) => WATCHED.has(c.category) || c.marginC < 0);
  const rows = shown.map((c) => {
    const d = drift.get(c.id);
    return [
      c.id,
      c.category,
      c.maxC.toFixed(1),
      c.meanC.toFixed(1),
      c.limitC.toFixed(0),
      `${c.marginC.toFixed(1)}${c.marginC < 0 ? ' OVER' : ''}`,
      d === undefined ? '—' : d.toFixed(2),
    ];
  });
  const g = result.grid;
  const couplings = [...result.couplings].sort((a, b) => b.kPerW - a.kPerW).slice(0, TABLE_TOP);
  const over = result.components.filter((c) => c.marginC < 0);
  return [
    `thermal: ${g.preset} mesh ${g.nx} × ${g.ny} × ${g.nz} (${g.solidCells} solid cells), ${result.iterations} CG iterations, energy balance ${(result.energyBalance.relativeError * 100).toFixed(4)} %`,
    `max ${result.maxC.toFixed(1)} °C at ambient ${result.ambientC.toFixed(1)} °C; ${over.length} part(s) over their limit`,
    '',
    ...table(
      ['component', 'category', 'max °C', 'mean °C', 'limit °C', 'margin K', 'ring drift nm'],
      rows,
    ),
    ...(shown.length < result.components.length
      ? [`(${result.components.length - shown.length} other components within their limits)`]
      : []),
    '',
    'hotspots (x, y, z mm: °C, part):',
    ...result.hotspots
      .slice(0, TABLE_TOP)
      .map(
        (h) =>
          `  ${h.x.toFixed(1)}, ${h.y.toFixed(1)}, ${h.z.toFixed(2)}: ${h.c.toFixed(1)} °C ${h.ownerId}`,
      ),
    ...(couplings.length > 0
      ? [
          'strongest xPU → optics couplings:',
          ...couplings.map(
            (k) => `  ${k.xpuId} → ${k.opticalId}: ${(k.kPerW * 1000).toFixed(2)} mK/W`,
          ),
        ]
      : []),
    ...result.warnings.map((w) => `warning: ${w}`),
    '',
  ].join('\n');
}
