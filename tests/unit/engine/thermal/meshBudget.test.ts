/**
 * A mesh over the thermal solve's memory (engine/thermal/meshBudget.ts) is refused before it
 * is allocated, naming the mesh, its cells and memory, the limit and the next coarser preset
 * that fits (issue 14 item 6).
 */
import { describe, expect, test } from 'vitest';
import {
  checkMeshBudget,
  MAX_THERMAL_CELLS,
} from '../../../../renderer/src/engine/thermal/meshBudget';
import { meshPreset } from '../../../../renderer/src/engine/thermal/meshPresets';
import { solveThermal } from '../../../../renderer/src/engine/thermal/analyzeThermal';
import { defaultPartLibrary } from '../../../../renderer/src/model/partLibrary';
import { switchDesign } from './switchDesign';

const cellsOf = (sizes: Record<string, number>) => (p: { name: string }) => sizes[p.name]!;

describe('mesh budget', () => {
  test('a mesh within the cap passes', () => {
    expect(() => checkMeshBudget(MAX_THERMAL_CELLS, meshPreset('fine'), cellsOf({}))).not.toThrow();
  });

  test('a fine mesh over the cap is refused with the normal mesh offered', () => {
    const sizes = { fine: 20_000_000, normal: 4_000_000, coarse: 600_000 };
    expect(() => checkMeshBudget(20_000_000, meshPreset('fine'), cellsOf(sizes))).toThrow(
      /the fine mesh of this design would hold 20,000,000 cells \(about 2\.42 GB\), over the [\d,]+ cells \(1\.50 GB\) a thermal solve may use; use the normal mesh \(4,000,000 cells\)/,
    );
  });

  test('the next coarser preset that fits is offered, and none when even coarse is too large', () => {
    const sizes = { fine: 90e6, normal: 30e6, coarse: 5e6 };
    expect(() => checkMeshBudget(90e6, meshPreset('fine'), cellsOf(sizes))).toThrow(
      /use the coarse mesh \(5,000,000 cells\)/,
    );
    expect(() =>
      checkMeshBudget(
        90e6,
        meshPreset('fine'),
        cellsOf({ fine: 90e6, normal: 50e6, coarse: 20e6 }),
      ),
    ).toThrow(/even the coarse mesh is too large/);
  });

  test('the solver refuses an explicit grid over the cap with the error, allocating nothing', () => {
    const run = () =>
      solveThermal(switchDesign(), defaultPartLibrary(), {
        preset: 'normal',
        couplings: false,
        inPlaneCells: 4096,
      });
    expect(run).toThrow(/explicit mesh of this design would hold [\d,]+ cells.*use the fine mesh/);
  });
});
