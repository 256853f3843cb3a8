/**
 * The memory a thermal solve may use, and the refusal of a mesh that would exceed it before
 * anything is allocated for it.
 *
 * Limit: MAX_SOLVER_BYTES = 1.5 GiB of typed arrays per solve, a third of the 4 GiB a
 * Chromium renderer or worker may hold (V8's heap and its ArrayBuffers share that), so the
 * studio keeps room for the document, the scene and the previous result. Cost per cell:
 * BYTES_PER_CELL = 130 B, from the thermal bench's typed-array peak (docs/BENCHMARKS.md
 * "Thermal solver", scaling: 94 B per cell at 256², 98 B at 512², with the deflation and
 * W-cycle vectors), rounded up for the result's field and slices and the couplings' extra
 * right-hand sides. The cap is thus about 12 million cells.
 */
import { MESH_PRESETS } from './meshPresets';
import type { MeshPreset } from './types';

export const MAX_SOLVER_BYTES = 1.5 * 2 ** 30;
export const BYTES_PER_CELL = 130;
export const MAX_THERMAL_CELLS = Math.floor(MAX_SOLVER_BYTES / BYTES_PER_CELL);

const FINEST_FIRST: MeshPreset['name'][] = ['fine', 'normal', 'coarse'];
const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GB`;
const count = (n: number) => n.toLocaleString('en');

/**
 * Throws when `cells` exceed the cap: the message names the mesh, its cells and memory, the
 * limit, and the next coarser preset with its cells when one fits (`cellsOf` counts a
 * preset's cells without building it).
 */
export function checkMeshBudget(
  cells: number,
  grid: MeshPreset | 'explicit',
  cellsOf: (preset: MeshPreset) => number,
): void {
  if (cells <= MAX_THERMAL_CELLS) return;
  const name = grid === 'explicit' ? 'explicit' : grid.name;
  const what = `the ${name} mesh of this design would hold ${count(cells)} cells (about ${gb(cells * BYTES_PER_CELL)}), over the ${count(MAX_THERMAL_CELLS)} cells (${gb(MAX_SOLVER_BYTES)}) a thermal solve may use`;
  // The next coarser preset that fits (for explicit lines, the finest preset that fits).
  const coarser =
    grid === 'explicit' ? FINEST_FIRST : FINEST_FIRST.slice(FINEST_FIRST.indexOf(grid.name) + 1);
  for (const p of coarser) {
    const n = cellsOf(MESH_PRESETS[p]);
    if (n <= MAX_THERMAL_CELLS) throw new Error(`${what}; use the ${p} mesh (${count(n)} cells)`);
  }
  throw new Error(`${what}; even the coarse mesh is too large: split the design`);
}
