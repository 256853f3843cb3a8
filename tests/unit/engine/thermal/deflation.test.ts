/**
 * The box deflation of the thermal CG (engine/thermal/deflation.ts) on a real stack (the NPO
 * example, coarse mesh): the preconditioner is symmetric, and it inverts the operator exactly
 * on the space of box indicators (M·A·Z·y = Z·y: the bodies' temperature levels are solved in
 * one application, which is what removes the slow modes).
 */
import { describe, expect, test } from 'vitest';
import { buildMesh } from '../../../../renderer/src/engine/thermal/buildMesh';
import {
  buildDeflation,
  deflatedPrecondition,
} from '../../../../renderer/src/engine/thermal/deflation';
import { designToProblem } from '../../../../renderer/src/engine/thermal/designToProblem';
import { buildFineSystem } from '../../../../renderer/src/engine/thermal/fineLevel';
import { applyOperator } from '../../../../renderer/src/engine/thermal/level';
import { meshPreset } from '../../../../renderer/src/engine/thermal/meshPresets';
import { buildHierarchy, vCycle } from '../../../../renderer/src/engine/thermal/multigrid';
import { defaultPartLibrary } from '../../../../renderer/src/model/partLibrary';
import { loadExample } from '../compare/examples';

const library = defaultPartLibrary();
const { problem } = designToProblem(loadExample('switch-npo'), library);
const mesh = buildMesh(problem, meshPreset('coarse'));
const { level } = buildFineSystem(mesh, problem);
const hierarchy = buildHierarchy(level);
const deflation = buildDeflation(level, mesh.owner, problem.boxes.length)!;
const work = new Float64Array(level.n);
const m = (r: Float64Array) => {
  const z = new Float64Array(level.n);
  deflatedPrecondition(deflation, level, (a, b) => vCycle(hierarchy, a, b), r, z, work);
  return z;
};
const dot = (a: Float64Array, b: Float64Array) => a.reduce((s, x, i) => s + x * b[i]!, 0);

/** A reproducible vector, zero on identity rows. */
function vector(seed: number): Float64Array {
  const v = new Float64Array(level.n);
  let s = seed;
  for (let c = 0; c < level.n; c++) {
    s = (s * 16807) % 2147483647;
    v[c] = level.active[c] ? s / 2147483647 - 0.5 : 0;
  }
  return v;
}

describe('box deflation', () => {
  test('one coarse vector per box that holds cells, and E factors', () => {
    expect(deflation).not.toBeNull();
    expect(deflation.m).toBeGreaterThan(100);
    expect(deflation.m).toBeLessThanOrEqual(problem.boxes.length);
  });

  test('the preconditioner is symmetric: sᵀ M r = rᵀ M s', () => {
    const r = vector(1);
    const s = vector(2);
    const a = dot(s, m(r));
    const b = dot(r, m(s));
    expect(Math.abs(a - b) / Math.abs(a)).toBeLessThan(1e-9);
    expect(dot(r, m(r))).toBeGreaterThan(0);
  });

  test('it inverts A exactly on the box indicators: M A Z y = Z y', () => {
    const zy = new Float64Array(level.n);
    for (let c = 0; c < level.n; c++) {
      const g = deflation.group[c]!;
      zy[c] = g >= 0 ? Math.sin(g + 1) * 10 : 0;
    }
    const azy = new Float64Array(level.n);
    applyOperator(level, zy, azy);
    const back = m(azy);
    let err = 0;
    let norm = 0;
    for (let c = 0; c < level.n; c++) {
      err = Math.max(err, Math.abs(back[c]! - zy[c]!));
      norm = Math.max(norm, Math.abs(zy[c]!));
    }
    expect(err / norm).toBeLessThan(1e-8);
  });
});
