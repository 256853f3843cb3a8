import { describe, expect, it } from 'vitest';
import {
  CommandError,
  movePart,
  moveParts,
  rotatePart,
  rotateParts,
  runCommand,
} from '../../../renderer/src/model/commands';
import { sampleDesign } from './sampleDesign';

describe('placement commands', () => {
  it('movePart sets the centre and leaves everything else alone', () => {
    const before = sampleDesign();
    const { doc } = runCommand(before, movePart({ id: 'oe1', positionMm: { x: 130.5, y: 70 } }));
    expect(doc.components[1]?.positionMm).toEqual({ x: 130.5, y: 70 });
    expect(doc.components[0]).toBe(before.components[0]);
    expect(before.components[1]?.positionMm).toEqual({ x: 120, y: 75 });
  });

  it('moveParts offsets each part and rounds to 1e-9 mm', () => {
    const { doc } = runCommand(
      sampleDesign(),
      moveParts({ ids: ['u1', 'oe1'], deltaMm: { x: 0.1, y: 0.2 } }),
    );
    expect(doc.components.map((c) => c.positionMm)).toEqual([
      { x: 60.1, y: 75.2 },
      { x: 120.1, y: 75.2 },
    ]);
  });

  it('rotatePart normalises to [0, 360)', () => {
    const doc = sampleDesign();
    expect(
      runCommand(doc, rotatePart({ id: 'u1', rotationDeg: -90 })).doc.components[0]?.rotationDeg,
    ).toBe(270);
    expect(
      runCommand(doc, rotatePart({ id: 'u1', rotationDeg: 720 })).doc.components[0]?.rotationDeg,
    ).toBe(0);
    expect(
      runCommand(doc, rotatePart({ id: 'u1', rotationDeg: -1e-12 })).doc.components[0]?.rotationDeg,
    ).toBe(0);
  });

  it('rotateParts turns a group about its centroid', () => {
    const { doc } = runCommand(sampleDesign(), rotateParts({ ids: ['u1', 'oe1'], deltaDeg: 90 }));
    // centroid (90, 75): u1 at (60, 75) goes to (90, 45); oe1 at (120, 75) to (90, 105).
    expect(doc.components.map((c) => [c.positionMm, c.rotationDeg])).toEqual([
      [{ x: 90, y: 45 }, 90],
      [{ x: 90, y: 105 }, 180],
    ]);
  });

  it('refuses unknown ids and non-finite or out-of-range positions', () => {
    const doc = sampleDesign();
    expect(() => runCommand(doc, movePart({ id: 'nope', positionMm: { x: 0, y: 0 } }))).toThrow(
      CommandError,
    );
    expect(() =>
      runCommand(doc, movePart({ id: 'u1', positionMm: { x: Number.NaN, y: 0 } })),
    ).toThrow(/positionMm.x/);
    expect(() => runCommand(doc, movePart({ id: 'u1', positionMm: { x: 1e9, y: 0 } }))).toThrow(
      CommandError,
    );
    expect(() => runCommand(doc, rotatePart({ id: 'u1', rotationDeg: Infinity }))).toThrow(
      CommandError,
    );
  });
});
