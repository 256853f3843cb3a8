/**
 * Whether two thermal problems differ only in their boxes' watts, so a solve of one can reuse
 * the other's mesh, operator, multigrid hierarchy and deflation (thermalSolver.ts `reuse`):
 * same boxes in the same order (extent, conductivity, heat-source flag, and whether each
 * dissipates at all — that refines the mesh), same sinks, ambient and exposed faces. The
 * power ⇄ thermal rounds of one revision are such problems.
 */
import type { ThermalProblem } from './types';

function geometryKey(p: ThermalProblem): string {
  return JSON.stringify({
    boxes: p.boxes.map((b) => [b.minMm, b.maxMm, b.kWmK, b.isHeatSource, b.powerW > 0]),
    ambientC: p.ambientC,
    exposed: p.exposedHtcWm2K,
    sinks: p.sinks,
  });
}

/** True when `a` and `b` differ at most in the boxes' power. */
export function sameGeometry(a: ThermalProblem, b: ThermalProblem): boolean {
  return a.boxes.length === b.boxes.length && geometryKey(a) === geometryKey(b);
}
