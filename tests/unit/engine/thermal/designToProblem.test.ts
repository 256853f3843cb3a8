import { describe, expect, it } from 'vitest';
import { designToProblem } from '../../../../renderer/src/engine/thermal/designToProblem';
import { defaultPartLibrary } from '../../../../renderer/src/model/partLibrary';
import { switchDesign } from './switchDesign';

const library = defaultPartLibrary();
const boxesOf = (boxes: ReturnType<typeof designToProblem>['problem']['boxes'], id: string) =>
  boxes.filter((b) => b.owner.kind === 'component' && b.owner.componentId === id);

describe('design → thermal boxes', () => {
  it('stacks board, joint, substrate and part layers in z with their conductivities and power', () => {
    const design = switchDesign();
    const { problem, skipped } = designToProblem(design, library);
    expect(skipped).toEqual([]);
    const board = problem.boxes.filter(
      (b) => b.owner.kind === 'carrier' && b.owner.carrierId === 'board',
    );
    expect(board.map((b) => [b.minMm.z, b.maxMm.z])).toEqual([
      [0, 1],
      [1, 2.2],
      [2.2, 3.2],
    ]);
    expect(board[0]!.kWmK.x).toBe(design.carriers[0]!.layers[0]!.kInPlaneWmK);
    expect(board[0]!.kWmK.z).toBe(design.carriers[0]!.layers[0]!.kThroughPlaneWmK);
    const joint = problem.boxes.find((b) => b.owner.kind === 'standoff')!;
    expect([joint.minMm.z, joint.maxMm.z]).toEqual([3.2, 3.7]);
    const asic = boxesOf(problem.boxes, 'asic');
    expect(asic).toHaveLength(5);
    expect(asic[0]!.minMm.z).toBeCloseTo(3.7 + 1.5, 9);
    expect(asic.at(-1)!.maxMm.z).toBeCloseTo(3.7 + 1.5 + 5.03, 9);
    expect(asic.reduce((s, b) => s + b.powerW, 0)).toBe(500);
    expect(asic.filter((b) => b.powerW > 0).map((b) => b.name)).toEqual(['U1 / switch die']);
    expect(asic[0]!.maxMm.x - asic[0]!.minMm.x).toBeCloseTo(80, 9);
    expect(problem.sinks).toEqual([
      expect.objectContaining({
        id: 'coldplate',
        face: 'top',
        boxIndices: asic.map((b) => problem.boxes.indexOf(b)),
      }),
    ]);
  });

  it('hangs a bottom-side part below its carrier and stacks a part on another', () => {
    const design = switchDesign();
    design.components[1]!.mount = { carrierId: 'board', side: 'bottom' };
    design.components[2]!.mount = { carrierId: 'sub', side: 'top', onComponentId: 'asic' };
    design.components[2]!.overrides = { powerW: 3 };
    const { problem } = designToProblem(design, library);
    const hanging = boxesOf(problem.boxes, design.components[1]!.id);
    expect(hanging[0]!.maxMm.z).toBeCloseTo(0, 9);
    expect(Math.min(...hanging.map((b) => b.minMm.z))).toBeCloseTo(-1.5, 9);
    const stacked = boxesOf(problem.boxes, design.components[2]!.id);
    expect(stacked[0]!.minMm.z).toBeCloseTo(3.7 + 1.5 + 5.03, 9);
    expect(stacked.reduce((s, b) => s + b.powerW, 0)).toBeCloseTo(3, 12);
  });

  it('turns a part by 90° by swapping its footprint', () => {
    const design = switchDesign();
    const oe = design.components.find((c) => c.rotationDeg === 90)!;
    const [box] = boxesOf(designToProblem(design, library).problem.boxes, oe.id);
    expect(box!.maxMm.x - box!.minMm.x).toBeCloseTo(16, 9);
    expect(box!.maxMm.y - box!.minMm.y).toBeCloseTo(12, 9);
  });
});
