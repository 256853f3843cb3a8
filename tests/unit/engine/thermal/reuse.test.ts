/**
 * Reuse of a finished solve when only the watts change (thermalSolver.ts `reuse`,
 * sameGeometry.ts): the power ⇄ thermal rounds skip the mesh, operator and hierarchy and
 * give the field a fresh solve gives, to the tolerance; another geometry is not reused.
 */
import { describe, expect, test } from 'vitest';
import { designToProblem } from '../../../../renderer/src/engine/thermal/designToProblem';
import { meshPreset } from '../../../../renderer/src/engine/thermal/meshPresets';
import { sameGeometry } from '../../../../renderer/src/engine/thermal/sameGeometry';
import { ThermalSolver } from '../../../../renderer/src/engine/thermal/thermalSolver';
import { defaultPartLibrary } from '../../../../renderer/src/model/partLibrary';
import { switchDesign } from './switchDesign';

const library = defaultPartLibrary();
const design = switchDesign({ coldPlateOverEngines: true });
const ids = design.components.map((c) => c.id);
const watts = (scale: number) => new Map(ids.map((id, i) => [id, (5 + (i % 7)) * scale]));
const problemAt = (scale: number) =>
  designToProblem(design, library, { powerW: watts(scale) }).problem;
const preset = meshPreset('coarse');

describe('thermal solve reuse', () => {
  const first = new ThermalSolver(problemAt(1), preset).solve();
  const changed = problemAt(1.3);

  test('problems that differ only in watts have the same geometry; a moved box does not', () => {
    expect(sameGeometry(problemAt(1), changed)).toBe(true);
    const moved = problemAt(1);
    moved.boxes[moved.boxes.length - 1]!.minMm.x += 1;
    expect(sameGeometry(problemAt(1), moved)).toBe(false);
  });

  test('a reused solve skips the set-up steps and gives the field of a fresh solve', () => {
    const stepsOf = (solver: ThermalSolver) => {
      let steps = 0;
      while (!solver.solved && !solver.failed) {
        solver.step();
        steps++;
      }
      return steps;
    };
    const fresh = new ThermalSolver(changed, preset);
    const freshSteps = stepsOf(fresh);
    const reused = new ThermalSolver(changed, preset, { reuse: first });
    const reusedSteps = stepsOf(reused);
    expect(reused.solved).toBe(true);
    // Mesh, operator and hierarchy: three steps in one; the same iterations.
    expect(reusedSteps).toBe(freshSteps - 2);
    expect(reused.iterations).toBe(fresh.iterations);
    expect(reused.system!.level).toBe(first.system!.level);
    let worst = 0;
    let peak = 0;
    for (let c = 0; c < fresh.riseK!.length; c++) {
      worst = Math.max(worst, Math.abs(reused.riseK![c]! - fresh.riseK![c]!));
      peak = Math.max(peak, Math.abs(fresh.riseK![c]!));
    }
    expect(worst / peak).toBeLessThan(1e-6);
  });

  test('a solve of another geometry builds its own operator', () => {
    const moved = problemAt(1.3);
    moved.boxes[moved.boxes.length - 1]!.maxMm.z += 0.5;
    const other = new ThermalSolver(moved, preset, { reuse: first }).solve();
    expect(other.solved).toBe(true);
    expect(other.system!.level).not.toBe(first.system!.level);
  });
});
